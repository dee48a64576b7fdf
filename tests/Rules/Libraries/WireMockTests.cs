using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Tests.Infrastructure;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;
using static PortLint.Tests.Infrastructure.RangeTexts;
using static PortLint.Tests.Infrastructure.ExpectedPorts;

namespace PortLint.Tests.Rules.Libraries
{
    /// <summary>
    /// WireMock.Net 1.25.0: the mock HTTP server binds the port or URLs given to <c>WireMockServer.Start</c>,
    /// <c>WireMockServer.StartWithAdminInterface</c> or <c>WireMockServerSettings.Port</c> / <c>.Urls</c>.
    /// Port 0 or no port makes WireMock pick a free port, read back from <c>server.Port</c> / <c>server.Urls</c>.
    /// </summary>
    public sealed class WireMockTests
    {
        private const string StartPort = "WireMockServer.Start(int?, bool, bool)";
        private const string StartUrls = "WireMockServer.Start(string[])";
        private const string AdminPort = "WireMockServer.StartWithAdminInterface(int?, bool, bool)";
        private const string AdminUrls = "WireMockServer.StartWithAdminInterface(string[])";
        private const string SettingsPort = "WireMockServerSettings.Port";
        private const string SettingsUrls = "WireMockServerSettings.Urls";

        private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
            => Verify.VerifyAsync(source, editorConfig: null, test => test.ReferenceAssemblies = LibraryReferences.WireMock, expected);

        // ---- WireMockServer.Start(int? port = 0, bool useSSL = false, bool useHttp2 = false) ----

        [Fact]
        public Task Start_LiteralPort_FixtureProperty()
            => VerifyAsync(@"
using System;
using WireMock.Server;
public sealed class WireMockFixture : IDisposable
{
    public WireMockServer Server { get; } = WireMockServer.Start({|#0:55555|});
    public void Dispose() => Server.Stop();
}", Port001(0, "55555", StartPort));

        [Fact]
        public Task Start_ConstPort_NamedArgumentsAndSsl()
            => VerifyAsync(@"
using WireMock.Server;
class Fixture
{
    public const int Port = 50954;
    public WireMockServer Http() => WireMockServer.Start(port: {|#0:Port|});
    public WireMockServer Https() => WireMockServer.Start({|#1:Port + 1|}, useSSL: true);
    public WireMockServer Grpc() => WireMockServer.Start(useHttp2: true, port: {|#2:61000|});
}",
                Port001(0, "50954", StartPort),
                Port001(1, "50955", StartPort),
                Port001(2, "61000", StartPort, Dynamic));

        [Fact]
        public Task Start_LocalAssignedOnce_AndLinuxRange()
            => VerifyAsync(@"
using WireMock.Server;
class C
{
    void M()
    {
        int port = 50051;
        var server = WireMockServer.Start({|#0:port|});
        var other = WireMockServer.Start({|#1:40000|});
        server.Stop();
        other.Stop();
    }
}",
                Port001(0, "50051", StartPort, Both + WindowsBlock),
                Port002(1, "40000", StartPort));

        // ---- WireMockServer.Start(params string[] urls) ----

        [Fact]
        public Task Start_Urls_OneAndSeveral()
            => VerifyAsync(@"
using WireMock.Server;
class C
{
    void M()
    {
        var one = WireMockServer.Start(""http://localhost:{|#0:55555|}"");
        var two = WireMockServer.Start(""http://*:{|#1:55556|}"", ""https://127.0.0.1:{|#2:61001|}/"");
        one.Stop();
        two.Stop();
    }
}",
                Port001(0, "55555", StartUrls),
                Port001(1, "55556", StartUrls),
                Port001(2, "61001", StartUrls, Dynamic));

        [Fact]
        public Task Start_Urls_ConstAndInterpolatedAndArray()
            => VerifyAsync(@"
using WireMock.Server;
class C
{
    const string Url = ""http://localhost:55555"";
    const int Port = 55557;
    void M()
    {
        WireMockServer.Start({|#0:Url|});
        WireMockServer.Start($""http://localhost:{{|#1:Port|}}"");
        WireMockServer.Start(new[] { ""http://localhost:{|#2:55558|}"" });
    }
}",
                Port001(0, "55555", StartUrls),
                Port001(1, "55557", StartUrls),
                Port001(2, "55558", StartUrls));

        // ---- WireMockServer.StartWithAdminInterface(int? port = 0, ...) and (params string[] urls) ----

        [Fact]
        public Task StartWithAdminInterface_Port_InAHostedService()
            => VerifyAsync(@"
using WireMock.Server;
class WireMockHostedService
{
    private WireMockServer _wireMock;
    public void Start() => _wireMock = WireMockServer.StartWithAdminInterface(port: {|#0:59095|});
    public void StartTls() => _wireMock = WireMockServer.StartWithAdminInterface({|#1:59096|}, true);
    public void Stop() => _wireMock?.Stop();
}",
                Port001(0, "59095", AdminPort),
                Port001(1, "59096", AdminPort));

        [Fact]
        public Task StartWithAdminInterface_Urls()
            => VerifyAsync(@"
using WireMock.Server;
class C
{
    WireMockServer M() => WireMockServer.StartWithAdminInterface(""http://+:{|#0:55555|}"", ""http://localhost:{|#1:62000|}"");
}",
                Port001(0, "55555", AdminUrls),
                Port001(1, "62000", AdminUrls, Dynamic));

        [Fact]
        public Task StartWithAdminInterfaceAndReadStaticMappings_Urls()
            => VerifyAsync(@"
using WireMock.Server;
class C
{
    WireMockServer M() => WireMockServer.StartWithAdminInterfaceAndReadStaticMappings(""http://localhost:{|#0:55555|}"");
}", Port001(0, "55555", "WireMockServer.StartWithAdminInterfaceAndReadStaticMappings(string[])"));

        // ---- WireMockServer.Start(WireMockServerSettings) with WireMockServerSettings.Port / .Urls ----

        [Fact]
        public Task Settings_Port_ObjectInitializer()
            => VerifyAsync(@"
using WireMock.Server;
using WireMock.Settings;
public class ProxyWireMockFixture
{
    public const int Port = 50954;
    public WireMockServer Server { get; } = WireMockServer.Start(new WireMockServerSettings { Port = {|#0:Port|}, StartAdminInterface = true });
}", Port001(0, "50954", SettingsPort));

        [Fact]
        public Task Settings_Port_OfTheProjectsOwnSubclass_AndNotOfAPlainOwnType()
            => VerifyAsync(@"
using WireMock.Server;
using WireMock.Settings;
class FixtureSettings : WireMockServerSettings { }
class HostUrlDetails { public int Port { get; set; } }
class C
{
    WireMockServer M()
    {
        var details = new HostUrlDetails { Port = 50955 };
        return WireMockServer.Start(new FixtureSettings { Port = {|#0:50956|} });
    }
}", Port001(0, "50956", SettingsPort));

        [Fact]
        public Task Settings_Port_Assignment_VarReceiver()
            => VerifyAsync(@"
using WireMock.Server;
using WireMock.Settings;
class C
{
    WireMockServer M()
    {
        var settings = new WireMockServerSettings();
        settings.Port = {|#0:55555|};
        return WireMockServer.Start(settings);
    }
}", Port001(0, "55555", SettingsPort));

        [Fact]
        public Task Settings_Urls_ObjectInitializerAndAssignment()
            => VerifyAsync(@"
using WireMock.Server;
using WireMock.Settings;
class C
{
    void M()
    {
        var first = new WireMockServerSettings
        {
            Urls = new[] { ""http://localhost:{|#0:55555|}"" },
        };
        var second = new WireMockServerSettings();
        second.Urls = new string[] { ""http://*:{|#1:55556|}"", ""http://127.0.0.1:{|#2:55557|}"" };
        WireMockServer.Start(first);
        WireMockServer.Start(second);
    }
}",
                Port001(0, "55555", SettingsUrls),
                Port001(1, "55556", SettingsUrls),
                Port001(2, "55557", SettingsUrls));

        [Fact]
        public Task Settings_ConfigureLambda()
            => VerifyAsync(@"
using WireMock.Server;
class C
{
    void M()
    {
        var a = WireMockServer.Start(s => s.Port = {|#0:55555|});
        var b = WireMockServer.Start(s =>
        {
            s.Urls = new[] { ""http://localhost:{|#1:55556|}"" };
            s.StartAdminInterface = true;
        });
        a.Stop();
        b.Stop();
    }
}",
                Port001(0, "55555", SettingsPort),
                Port001(1, "55556", SettingsUrls));

        // ---- Control: the analyzer runs with this reference set (so the negatives' silence means something) ----

        [Fact]
        public Task Control_TcpListenerIsReportedWithThisReferenceSet()
            => VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:55555|}).Start();
}", Port001(0, "55555", "TcpListener(IPAddress, int)", Both));

        // ---- Negatives ----

        [Fact]
        public Task NoPort_PortZero_AndNull_AreNotReported()
            => VerifyAsync(@"
using WireMock.Server;
using WireMock.Settings;
class C
{
    void M()
    {
        WireMockServer.Start();
        WireMockServer.Start(0);
        WireMockServer.Start(port: null, useSSL: true);
        WireMockServer.StartWithAdminInterface();
        WireMockServer.StartWithAdminInterface(0);
        WireMockServer.Start(""http://127.0.0.1:0"");
        WireMockServer.Start(new WireMockServerSettings());
        WireMockServer.Start(new WireMockServerSettings { Port = 0 });
        WireMockServer.Start(s => s.Port = null);
    }
}");

        [Fact]
        public Task ReadingTheBoundPortAndUrl_AndTheHttpClient_AreNotReported()
            => VerifyAsync(@"
using System;
using System.Net.Http;
using WireMock.Server;
class C
{
    void M()
    {
        var server = WireMockServer.Start();
        int port = server.Port;
        int first = server.Ports[0];
        string url = server.Url;
        string[] urls = server.Urls;
        var client = new HttpClient { BaseAddress = new Uri(server.Url) };
        var fixedClient = new HttpClient { BaseAddress = new Uri(""http://localhost:55555"") };
        Console.WriteLine($""{port} {first} {url} {urls.Length} {client.BaseAddress} {fixedClient.BaseAddress}"");
    }
}");

        [Fact]
        public Task PortFromConfigurationOrEnvironment_IsNotReported()
            => VerifyAsync(@"
using System;
using Microsoft.Extensions.Configuration;
using WireMock.Server;
using WireMock.Settings;
class C
{
    void M(IConfiguration configuration)
    {
        WireMockServer.Start(configuration.GetValue<int>(""WireMock:Port""));
        WireMockServer.Start(int.Parse(Environment.GetEnvironmentVariable(""WIREMOCK_PORT"") ?? ""0""));
        WireMockServer.Start(configuration[""WireMock:Url""]);
        WireMockServer.Start(new WireMockServerSettings { Port = configuration.GetValue<int?>(""WireMock:Port"") });
    }
}");

        [Fact]
        public Task LookAlikeType_InAnotherNamespace_IsNotReported()
            => VerifyAsync(@"
namespace Fakes
{
    public sealed class WireMockServer
    {
        public static WireMockServer Start(int port) => new WireMockServer();
        public static WireMockServer Start(params string[] urls) => new WireMockServer();
    }

    public sealed class WireMockServerSettings
    {
        public int Port { get; set; }
    }

    class C
    {
        void M()
        {
            WireMockServer.Start(55555);
            WireMockServer.Start(""http://localhost:55555"");
            var settings = new WireMockServerSettings { Port = 55555 };
        }
    }
}");

        [Fact]
        public Task LogStringsAndComments_AreNotReported()
            => VerifyAsync(@"
using System;
using WireMock.Server;
class C
{
    void M()
    {
        // var server = WireMockServer.Start(55555);
        /* WireMockServer.Start(""http://localhost:55555""); */
        var server = WireMockServer.Start();
        Console.WriteLine(""WireMock.Net server listening at http://localhost:55555 (was WireMockServer.Start(55555))"");
        Console.WriteLine(""WireMock.Net server listening at {0}"", server.Urls[0]);
    }
}");
    }
}
