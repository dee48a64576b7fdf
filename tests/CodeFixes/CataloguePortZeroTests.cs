using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.CodeFixes;
using PortLint.Tests.Infrastructure;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.CodeFixVerifier<PortLint.Analyzers.FixedServerPortAnalyzer, PortLint.CodeFixes.FixedServerPortCodeFixProvider>;

namespace PortLint.Tests.CodeFixes
{
    /// <summary>
    /// The port-0 fix is offered where the sink catalogue says the API accepts port 0 (WireMock.Net, Testcontainers' host port)
    /// and not where it does not (Orleans, HTTP.sys) or cannot know (a project's own API in <c>server_apis</c>); the fixed code
    /// compiles against the library's real reference assemblies.
    /// </summary>
    public sealed class CataloguePortZeroTests
    {
        private const string Key = FixedServerPortCodeFixProvider.UsePortZeroKey;

        [Fact]
        public Task WireMock_Start_PortBecomesZero()
            => RunAsync(@"
using WireMock.Server;
class C
{
    WireMockServer M() => WireMockServer.Start({|PORT001:55555|});
}", @"
using WireMock.Server;
class C
{
    WireMockServer M() => WireMockServer.Start(0);
}", LibraryReferences.WireMock);

        [Fact]
        public Task WireMock_Start_ClientUrlReadsServerPort()
            => RunAsync(@"
using System.Net.Http;
using WireMock.Server;
class C
{
    void M()
    {
        var server = WireMockServer.Start({|PORT001:55556|});
        using var http = new HttpClient();
        http.GetAsync(""http://localhost:55556/ping"");
    }
}", @"
using System.Net.Http;
using WireMock.Server;
class C
{
    void M()
    {
        var server = WireMockServer.Start(0);
        var serverPort = server.Port;
        using var http = new HttpClient();
        http.GetAsync($""http://localhost:{serverPort}/ping"");
    }
}", LibraryReferences.WireMock);

        [Fact]
        public Task Testcontainers_HostPort_BecomesZero()
            => RunAsync(@"
using DotNet.Testcontainers.Builders;
class C
{
    object M() => new ContainerBuilder(""redis:7"").WithPortBinding({|PORT001:56379|}, 6379).Build();
}", @"
using DotNet.Testcontainers.Builders;
class C
{
    object M() => new ContainerBuilder(""redis:7"").WithPortBinding(0, 6379).Build();
}", LibraryReferences.Testcontainers);

        [Fact]
        public Task Orleans_SiloPort_HasNoPortZeroFix()
            => RunAsync(@"
using Orleans.Hosting;
class C
{
    void M(ISiloBuilder silo) => silo.ConfigureEndpoints(siloPort: {|PORT001:51111|}, gatewayPort: 30000);
}", null, HostingReferences.Orleans);

        [Fact]
        public Task HttpSys_HasNoPortZeroFix()
            => Verify.VerifyNoFixAsync(@"
using Microsoft.AspNetCore.Server.HttpSys;
class C
{
    void M(HttpSysOptions o) => o.UrlPrefixes.Add(""http://localhost:{|PORT001:55555|}"");
}", Key);

        [Fact]
        public async Task AProjectsOwnApi_HasNoPortZeroFix_ButTheConfigurationFix()
        {
            const string Source = @"
namespace Acme { public static class FakeServer { public static void Start(int port) { } } }
class C
{
    void M() => Acme.FakeServer.Start({|PORT001:51000|});
}";
            const string Option = "root = true\n\n[*.cs]\ndotnet_code_quality.server_apis = M:Acme.FakeServer.Start(System.Int32):port\n";
            var portZero = await Verify.CreateAsync(Source, Source, Key, FixReferences.None);
            portZero.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", Option));
            await portZero.RunAsync(CancellationToken.None);

            var configuration = await Verify.CreateAsync(Source, @"
namespace Acme { public static class FakeServer { public static void Start(int port) { } } }
class C
{
    void M() => Acme.FakeServer.Start(int.TryParse(System.Environment.GetEnvironmentVariable(""C_PORT""), out var cPort) ? cPort : 51000);
}", FixedServerPortCodeFixProvider.ReadPortFromConfigurationKey, FixReferences.None);
            configuration.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", Option));
            await configuration.RunAsync(CancellationToken.None);
        }

        private static async Task RunAsync(string source, string? fixedSource, ReferenceAssemblies references)
        {
            var test = await Verify.CreateAsync(source, fixedSource ?? source, Key, FixReferences.None);
            test.ReferenceAssemblies = references;
            await test.RunAsync(CancellationToken.None);
        }
    }
}
