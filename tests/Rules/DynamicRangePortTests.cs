using System.Threading.Tasks;
using PortLint.Analyzers;
using PortLint.Rules;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;

namespace PortLint.Tests.Rules
{
    /// <summary>PORT001: a server binds a fixed port in the dynamic range 49152-65535.</summary>
    public sealed class DynamicRangePortTests
    {
        private const string Both = "the dynamic range 49152-65535 (IANA, Windows, macOS) and Linux's ephemeral range 32768-60999";
        private const string Dynamic = "the dynamic range 49152-65535 (IANA, Windows, macOS)";
        private const string WindowsBlock = "; Windows often reserves 50000-50059 outright";

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Port001(int location, string port, string api, string ranges)
            => Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(location).WithArguments(port, api, ranges);

        [Fact]
        public Task TcpListener_LiteralPort_InWindowsBlock()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:50000|}).Start();
}", Port001(0, "50000", "TcpListener(IPAddress, int)", Both + WindowsBlock));

        [Fact]
        public Task TcpListener_PortAboveLinuxRange_NamesOnlyDynamicRange()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Loopback, {|#0:61000|});
}", Port001(0, "61000", "TcpListener(IPAddress, int)", "the dynamic range 49152-65535 (IANA, Windows, macOS)"));

        [Fact]
        public Task UrlSink_LocalhostPort()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app) => app.Urls.Add(""http://localhost:{|#0:55555|}"");
}", Port001(0, "55555", "WebApplication.Urls.Add", Both));

        [Fact]
        public Task UdpClient_PortAndAddressFamily()
            => Verify.VerifyAsync(@"
using System.Net.Sockets;
class C
{
    UdpClient M() => new UdpClient({|#0:60001|}, AddressFamily.InterNetwork);
}", Port001(0, "60001", "UdpClient(int, AddressFamily)", Both));

        [Fact]
        public Task KestrelListen_EveryOverload()
            => Verify.VerifyAsync(@"
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions o)
    {
        o.Listen(IPAddress.Any, {|#0:61001|});
        o.Listen(IPAddress.Any, {|#1:61002|}, listen => { });
        o.ListenLocalhost({|#2:61003|});
        o.ListenAnyIP({|#3:61004|}, listen => { });
        o.Listen(new IPEndPoint(IPAddress.Any, {|#4:61005|}));
    }
}",
                Port001(0, "61001", "KestrelServerOptions.Listen(IPAddress, int)", Dynamic),
                Port001(1, "61002", "KestrelServerOptions.Listen(IPAddress, int, Action<ListenOptions>)", Dynamic),
                Port001(2, "61003", "KestrelServerOptions.ListenLocalhost(int)", Dynamic),
                Port001(3, "61004", "KestrelServerOptions.ListenAnyIP(int, Action<ListenOptions>)", Dynamic),
                Port001(4, "61005", "KestrelServerOptions.Listen(IPEndPoint)", Dynamic));

        [Fact]
        public Task ConfiguredRanges_ReplaceTheDefaultAndNameTheOption()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        new TcpListener(IPAddress.Any, {|#0:8080|});
        new TcpListener(IPAddress.Any, 50000);
    }
}",
                "dotnet_code_quality.PORT001.port_ranges = 8000-8999\ndotnet_code_quality.PORT002.port_ranges = none",
                Port001(0, "8080", "TcpListener(IPAddress, int)", "the range 8000-8999 set in dotnet_code_quality.PORT001.port_ranges"));

        [Fact]
        public Task AllowedPorts_RuleSpecificAndGlobal()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        new TcpListener(IPAddress.Any, 50051);
        new TcpListener(IPAddress.Any, 60005);
        new TcpListener(IPAddress.Any, {|#0:60011|});
    }
}",
                "dotnet_code_quality.allowed_ports = 50051\ndotnet_code_quality.PORT001.allowed_ports = 60000-60010",
                Port001(0, "60011", "TcpListener(IPAddress, int)", Both));

        [Theory]
        [InlineData("dotnet_code_quality.PORT001.port_ranges = 60000-")]
        [InlineData("dotnet_code_quality.PORT001.port_ranges = 70000-80000")]
        [InlineData("dotnet_code_quality.PORT001.port_ranges = 60000-50000")]
        [InlineData("dotnet_code_quality.PORT001.port_ranges = ,")]
        [InlineData("dotnet_code_quality.PORT001.port_ranges =")]
        [InlineData("dotnet_code_quality.allowed_ports = fifty")]
        public Task MalformedOptions_FallBackToTheDefaults(string option)
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:50000|});
}", option, Port001(0, "50000", "TcpListener(IPAddress, int)", Both + WindowsBlock));

        [Fact]
        public async Task DiagnosticProperties_DescribeTheBindingSite()
        {
            const string source = @"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app) => app.Run(""http://[::1]:{|#0:50001|}/"");
}";
            await Verify.VerifyAsync(source, Port001(0, "50001", "WebApplication.Run", Both + WindowsBlock));

            // The properties the code fixes rely on.
            var diagnostic = await Infrastructure.DiagnosticCollector.SingleAsync(new FixedServerPortAnalyzer(), source);
            Assert.Equal("AspNetCoreUrl", diagnostic.Properties[DiagnosticProperties.Sink]);
            Assert.Equal("50001", diagnostic.Properties[DiagnosticProperties.Port]);
            Assert.Equal("true", diagnostic.Properties[DiagnosticProperties.InUrl]);
            Assert.Equal("[::1]", diagnostic.Properties[DiagnosticProperties.Host]);
        }
    
        [Fact]
        public Task GatedCommonNames_LookAlikeReceiversAreSilent_AliasedAndDeclaredReceiversAreFound()
            => Verify.VerifyAsync(@"
using System.Net;
using K = Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions;
class FakeServer { public void Listen(IPAddress a, int p) { } public void Run(string url) { } }
class C
{
    void M(K aliased, Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions declared, FakeServer fake)
    {
        aliased.Listen(IPAddress.Any, {|#0:50001|});
        declared.Listen(IPAddress.Any, {|#1:50002|});
        fake.Listen(IPAddress.Any, 50003);
        var other = new FakeServer();
        other.Run(""http://localhost:50004"");
    }
}",
                Port001(0, "50001", "KestrelServerOptions.Listen(IPAddress, int)", Both + WindowsBlock),
                Port001(1, "50002", "KestrelServerOptions.Listen(IPAddress, int)", Both + WindowsBlock));
    }
}
