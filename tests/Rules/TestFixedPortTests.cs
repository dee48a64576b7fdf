using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PortLint.CodeFixes;
using PortLint.Rules;
using PortLint.Tests.Infrastructure;
using Xunit;
using FixVerify = PortLint.Tests.Infrastructure.CodeFixVerifier<PortLint.Analyzers.FixedServerPortAnalyzer, PortLint.CodeFixes.FixedServerPortCodeFixProvider>;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;

namespace PortLint.Tests.Rules
{
    /// <summary>
    /// PORT005: in a compilation that references a test framework, a server binds a fixed port that PORT001-PORT003 leave
    /// alone (outside their ranges, inside 1-65535). Not outside test code, not for port 0, not for clients.
    /// </summary>
    public sealed class TestFixedPortTests
    {
        private const string TcpListenerApi = "TcpListener(IPAddress, int)";

        private const string TcpListenerSource = @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Loopback, {|#0:PORT|});
}";

        private static DiagnosticResult Port005(int location, string port, string api)
            => Verify.Diagnostic(Descriptors.TestFixedPort).WithLocation(location).WithArguments(port, api);

        private static string TcpListenerWith(long port) => TcpListenerSource.Replace("PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        private static string Unmarked(string source) => source.Replace("{|#0:", string.Empty).Replace("|}", string.Empty);

        /// <summary>Runs the analyzer on <paramref name="source"/> compiled with a reference to <paramref name="framework"/>.</summary>
        private static Task VerifyInTestsAsync(string source, params DiagnosticResult[] expected)
            => VerifyInTestsAsync(source, TestFramework.Xunit, editorConfig: null, expected);

        private static Task VerifyInTestsAsync(string source, TestFramework framework, string? editorConfig, params DiagnosticResult[] expected)
            => Verify.VerifyAsync(source, editorConfig, test => test.TestState.AdditionalReferences.Add(TestFrameworkReferences.For(framework)), expected);

        // --- Reported in test code -------------------------------------------------------------------------------------

        [Fact]
        public Task TcpListener_FixedPort()
            => VerifyInTestsAsync(TcpListenerWith(5000), Port005(0, "5000", TcpListenerApi));

        [Fact]
        public Task Descriptor_IsInfo()
            => VerifyInTestsAsync(TcpListenerWith(5000), Port005(0, "5000", TcpListenerApi).WithSeverity(DiagnosticSeverity.Info));

        [Theory]
        [InlineData(nameof(TestFramework.Xunit))]
        [InlineData(nameof(TestFramework.NUnit))]
        [InlineData(nameof(TestFramework.MSTest))]
        [InlineData(nameof(TestFramework.TUnit))]
        public Task EveryTestFramework(string framework)
            => VerifyInTestsAsync(TcpListenerWith(8080), System.Enum.Parse<TestFramework>(framework), editorConfig: null, Port005(0, "8080", TcpListenerApi));

        [Theory]
        [InlineData(1)]
        [InlineData(80)]
        [InlineData(32767)]
        public Task Boundaries_BelowTheRanges(int port)
            => VerifyInTestsAsync(TcpListenerWith(port), Port005(0, port.ToString(System.Globalization.CultureInfo.InvariantCulture), TcpListenerApi));

        [Fact]
        public Task UdpClient_IntPort()
            => VerifyInTestsAsync(@"
using System.Net.Sockets;
class C
{
    UdpClient M() => new UdpClient({|#0:5000|});
}", Port005(0, "5000", "UdpClient(int)"));

        [Fact]
        public Task SocketBind_IPEndPoint()
            => VerifyInTestsAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M(Socket socket) => socket.Bind(new IPEndPoint(IPAddress.Loopback, {|#0:5000|}));
}", Port005(0, "5000", "Socket.Bind(EndPoint)"));

        [Fact]
        public Task SocketBind_EndPointHeldInALocal()
            => VerifyInTestsAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M(Socket socket)
    {
        var endPoint = new IPEndPoint(IPAddress.Loopback, {|#0:5000|});
        socket.Bind(endPoint);
    }
}", Port005(0, "5000", "Socket.Bind(EndPoint)"));

        [Fact]
        public Task WebApplicationUrls_Localhost()
            => VerifyInTestsAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app) => app.Urls.Add(""http://localhost:{|#0:5000|}"");
}", Port005(0, "5000", "WebApplication.Urls.Add"));

        [Fact]
        public Task Kestrel_ListenAndListenLocalhost()
            => VerifyInTestsAsync(@"
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options)
    {
        options.Listen(IPAddress.Loopback, {|#0:5000|});
        options.ListenLocalhost({|#1:5001|});
    }
}", Port005(0, "5000", "KestrelServerOptions.Listen(IPAddress, int)"), Port005(1, "5001", "KestrelServerOptions.ListenLocalhost(int)"));

        [Fact]
        public Task UseUrls_PortInUrl()
            => VerifyInTestsAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(""http://127.0.0.1:{|#0:5000|}"");
}", Port005(0, "5000", "IWebHostBuilder.UseUrls"));

        [Fact]
        public Task ConstantPort()
            => VerifyInTestsAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    private const int Port = 8080;
    void M() => new TcpListener(IPAddress.Loopback, {|#0:Port|});
}", Port005(0, "8080", TcpListenerApi));

        [Fact]
        public Task OtherRuleOptions_DoNotAllowIt()
            => VerifyInTestsAsync(
                TcpListenerWith(5000),
                TestFramework.Xunit,
                "dotnet_code_quality.PORT001.allowed_ports = 5000\ndotnet_code_quality.PORT002.allowed_ports = 5000\n",
                Port005(0, "5000", TcpListenerApi));

        [Fact]
        public Task NarrowedPort002Range_LeavesTheRestToPort005()
            => VerifyInTestsAsync(TcpListenerWith(40000), TestFramework.Xunit, "dotnet_code_quality.PORT002.port_ranges = none\n", Port005(0, "40000", TcpListenerApi));

        // --- Not reported ----------------------------------------------------------------------------------------------

        [Fact]
        public Task WithoutTestFramework_IsNotReported()
            => Verify.VerifyAsync(Unmarked(TcpListenerWith(5000)));

        [Fact]
        public Task WithoutTestFramework_Kestrel_IsNotReported()
            => Verify.VerifyAsync(@"
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options, IWebHostBuilder builder)
    {
        options.Listen(IPAddress.Loopback, 5000);
        builder.UseUrls(""http://127.0.0.1:5000"");
    }
}");

        [Fact]
        public Task PortZero_IsNotReported()
            => VerifyInTestsAsync(@"
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder, Socket socket)
    {
        new TcpListener(IPAddress.Loopback, 0);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        builder.UseUrls(""http://127.0.0.1:0"");
    }
}");

        [Fact]
        public Task DynamicRange_IsPort001Only()
            => VerifyInTestsAsync(TcpListenerWith(55000), ExpectedPorts.Port001(0, "55000", TcpListenerApi));

        [Fact]
        public Task LinuxEphemeralRange_IsPort002Only()
            => VerifyInTestsAsync(TcpListenerWith(40000), ExpectedPorts.Port002(0, "40000", TcpListenerApi));

        [Fact]
        public Task OutOfRange_IsPort003Only()
            => VerifyInTestsAsync(
                TcpListenerWith(70000),
                Verify.Diagnostic(Descriptors.PortOutOfRange).WithLocation(0).WithArguments("70000", TcpListenerApi));

        [Fact]
        public Task Port001AllowedPort_InItsRange_IsNotPort005()
            => VerifyInTestsAsync(Unmarked(TcpListenerWith(50000)), TestFramework.Xunit, "dotnet_code_quality.PORT001.allowed_ports = 50000\n");

        [Fact]
        public Task Clients_AreNotReported()
            => VerifyInTestsAsync(@"
using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
class C
{
    void M(TcpClient client, Socket socket, byte[] buffer)
    {
        client.Connect(""localhost"", 5000);
        socket.Connect(new IPEndPoint(IPAddress.Loopback, 5000));
        socket.SendTo(buffer, new IPEndPoint(IPAddress.Loopback, 5000));
        var http = new HttpClient { BaseAddress = new Uri(""http://127.0.0.1:5000"") };
    }
}");

        [Fact]
        public Task LookAlikeTcpListener_InAnotherNamespace()
            => VerifyInTestsAsync(@"
namespace Fake
{
    class TcpListener
    {
        public TcpListener(System.Net.IPAddress a, int port) { }
    }

    class C
    {
        void M() => new TcpListener(System.Net.IPAddress.Loopback, 5000);
    }
}");

        [Fact]
        public Task Port_FromConfiguration()
            => VerifyInTestsAsync(@"
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
class C
{
    void M(IConfiguration config) => new TcpListener(IPAddress.Loopback, config.GetValue<int>(""Port"", 5000));
}");

        [Theory]
        [InlineData("dotnet_code_quality.allowed_ports = 5000\n")]
        [InlineData("dotnet_code_quality.PORT005.allowed_ports = 4000-6000\n")]
        public Task AllowedPorts_AreNotReported(string editorConfig)
            => VerifyInTestsAsync(Unmarked(TcpListenerWith(5000)), TestFramework.Xunit, editorConfig);

        [Fact]
        public Task LogStringsAndComments_AreNotReported()
            => VerifyInTestsAsync(@"
using System;
class C
{
    // new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 5000);
    void M() => Console.WriteLine(""listening on http://127.0.0.1:5000"");
}");

        // --- Code fix --------------------------------------------------------------------------------------------------

        [Fact]
        public async Task CodeFix_InTestCode_FirstActionIsUsePortZero()
        {
            var test = await FixVerify.CreateAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Loopback, {|PORT005:5000|}).Start();
}", @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Loopback, 0).Start();
}", FixedServerPortCodeFixProvider.UsePortZeroKey, FixReferences.TestFramework);
            test.CodeActionIndex = 0;
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(FixedServerPortCodeFixProvider.UsePortZeroTitle, action.Title);
            await test.RunAsync();
        }
    }
}
