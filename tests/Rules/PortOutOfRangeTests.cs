using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Rules;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;

namespace PortLint.Tests.Rules
{
    /// <summary>PORT003: a port outside 0-65535 at a binding API or in any IPEndPoint.</summary>
    public sealed class PortOutOfRangeTests
    {
        private static DiagnosticResult Port003(int location, string port, string api)
            => Verify.Diagnostic(Descriptors.PortOutOfRange).WithLocation(location).WithArguments(port, api);

        [Fact]
        public Task TcpListener_70000()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:70000|});
}", Port003(0, "70000", "TcpListener(IPAddress, int)"));

        [Fact]
        public Task TcpListener_MinusOne()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:-1|});
}", Port003(0, "-1", "TcpListener(IPAddress, int)"));

        [Fact]
        public Task TcpListener_IntMaxValue()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:int.MaxValue|});
}", Port003(0, "2147483647", "TcpListener(IPAddress, int)"));

        [Fact]
        public Task Kestrel_Listen_65536()
            => Verify.VerifyAsync(@"
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions o) => o.Listen(IPAddress.Loopback, {|#0:65536|});
}", Port003(0, "65536", "KestrelServerOptions.Listen(IPAddress, int)"));

        [Fact]
        public Task IPEndPoint_Unused()
            => Verify.VerifyAsync(@"
using System.Net;
class C
{
    object M() => new IPEndPoint(IPAddress.Loopback, {|#0:65536|});
}", Port003(0, "65536", "IPEndPoint(IPAddress, int)"));

        [Fact]
        public Task IPEndPoint_UsedByClientConnect()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M(TcpClient client) => client.Connect(new IPEndPoint(IPAddress.Loopback, {|#0:65536|}));
}", Port003(0, "65536", "IPEndPoint(IPAddress, int)"));

        [Fact]
        public Task IPEndPoint_LongAddressOverload_TargetTyped()
            => Verify.VerifyAsync(@"
using System.Net;
class C
{
    void M()
    {
        IPEndPoint ep = new(0x0100007FL, {|#0:-5|});
    }
}", Port003(0, "-5", "IPEndPoint(long, int)"));

        [Fact]
        public Task SocketBind_OutOfRangeEndPoint_ReportedOnce()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M(Socket socket) => socket.Bind(new IPEndPoint(IPAddress.Any, {|#0:70000|}));
}", Port003(0, "70000", "IPEndPoint(IPAddress, int)"));

        [Fact]
        public Task SocketBind_OutOfRangeEndPointLocal_ReportedOnce()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M(Socket socket)
    {
        var ep = new IPEndPoint(IPAddress.Any, {|#0:70000|});
        socket.Bind(ep);
    }
}", Port003(0, "70000", "IPEndPoint(IPAddress, int)"));

        [Fact]
        public Task TcpListener_OutOfRangeEndPoint_ReportedOnce()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    TcpListener M() => new TcpListener(new IPEndPoint(IPAddress.Any, {|#0:100000|}));
}", Port003(0, "100000", "IPEndPoint(IPAddress, int)"));

        [Fact]
        public Task UseUrls_HugePort_DoesNotOverflow()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(""http://localhost:{|#0:99999999999|}"");
}", Port003(0, "99999999999", "IWebHostBuilder.UseUrls"));

        [Fact]
        public Task UseUrls_Port70000()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(""http://localhost:{|#0:70000|}"");
}", Port003(0, "70000", "IWebHostBuilder.UseUrls"));

        [Fact]
        public Task UrlsAdd_Port70000()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app) => app.Urls.Add(""http://localhost:{|#0:70000|}"");
}", Port003(0, "70000", "WebApplication.Urls.Add"));

        [Fact]
        public Task Port65535_IsPort001NotPort003()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        new TcpListener(IPAddress.Any, {|#0:65535|});
        new IPEndPoint(IPAddress.Any, 65535);
    }
}", Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(0).WithArguments("65535", "TcpListener(IPAddress, int)", "the dynamic range 49152-65535 (IANA, Windows, macOS)"));

        [Fact]
        public Task OutOfRange_IsNotSilencedByAllowedPorts()
            => Verify.VerifyAsync(
                @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:70000|});
}",
                "dotnet_code_quality.allowed_ports = 0-65535\n",
                Port003(0, "70000", "TcpListener(IPAddress, int)"));
    }
}
