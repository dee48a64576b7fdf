using System.Threading.Tasks;
using PortLint.CodeFixes;
using PortLint.Tests.Infrastructure;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.CodeFixVerifier<PortLint.Analyzers.FixedServerPortAnalyzer, PortLint.CodeFixes.FixedServerPortCodeFixProvider>;

namespace PortLint.Tests.CodeFixes
{
    /// <summary>"Use port 0 (the OS picks a free port)" for PORT001, PORT002 and PORT004: before and after, per sink and notation.</summary>
    public sealed class UsePortZeroTests
    {
        private const string Key = FixedServerPortCodeFixProvider.UsePortZeroKey;

        [Fact]
        public Task TcpListener_Literal()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT001:50000|});
}", @"
using System.Net;
using System.Net.Sockets;
class C
{
    TcpListener M() => new TcpListener(IPAddress.Loopback, 0);
}", Key, FixReferences.None);

        [Fact]
        public Task TcpListener_ConstElsewhere_ChangesBindingSiteNotConstant()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
static class Ports
{
    public const int Grpc = 50051;
}
class C
{
    void M() => new TcpListener(IPAddress.Any, {|PORT001:Ports.Grpc|}).Start();
}", @"
using System.Net;
using System.Net.Sockets;
static class Ports
{
    public const int Grpc = 50051;
}
class C
{
    void M() => new TcpListener(IPAddress.Any, 0).Start();
}", Key, FixReferences.None);

        [Fact]
        public Task TcpListenerCreate_Linux_Port002()
            => Verify.VerifyAsync(@"
using System.Net.Sockets;
class C
{
    TcpListener M() => TcpListener.Create({|PORT002:40000|});
}", @"
using System.Net.Sockets;
class C
{
    TcpListener M() => TcpListener.Create(0);
}", Key, FixReferences.None);

        [Fact]
        public Task UdpClient_ConstantExpression()
            => Verify.VerifyAsync(@"
using System.Net.Sockets;
class C
{
    const int Base = 50000;
    UdpClient M() => new UdpClient({|PORT001:Base + 10|});
}", @"
using System.Net.Sockets;
class C
{
    const int Base = 50000;
    UdpClient M() => new UdpClient(0);
}", Key, FixReferences.None);

        [Fact]
        public Task TcpListener_Local()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        var port = 50000;
        var listener = new TcpListener(IPAddress.Loopback, {|PORT001:port|});
        listener.Start();
        System.Console.WriteLine(port);
    }
}", @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        var port = 0;
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        port = ((IPEndPoint)listener.LocalEndpoint).Port;
        System.Console.WriteLine(port);
    }
}", Key, FixReferences.None);

        [Fact]
        public Task SocketBind_EndPoint()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M(Socket socket) => socket.Bind(new IPEndPoint(IPAddress.Loopback, {|PORT001:55000|}));
}", @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M(Socket socket) => socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
}", Key, FixReferences.None);

        /// <remarks>
        /// The analyzer reports a held endpoint's port while it looks at the IPEndPoint creation, so the diagnostic is local
        /// and the Testing library's local-diagnostic check stays on.
        /// </remarks>
        [Fact]
        public async Task SocketBind_EndPointInReadonlyField()
        {
            var test = await Verify.CreateAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    private static readonly IPEndPoint EndPoint = new IPEndPoint(IPAddress.Loopback, {|PORT001:55000|});
    void M(Socket socket) => socket.Bind(EndPoint);
}", @"
using System.Net;
using System.Net.Sockets;
class C
{
    private static readonly IPEndPoint EndPoint = new IPEndPoint(IPAddress.Loopback, 0);
    void M(Socket socket) => socket.Bind(EndPoint);
}", Key, FixReferences.None);
            await test.RunAsync();
        }

        [Fact]
        public Task KestrelListen_And_ListenAnyIP()
            => Verify.VerifyAsync(@"
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options)
    {
        options.Listen(IPAddress.Loopback, {|PORT001:50000|});
        options.ListenAnyIP({|PORT001:50001|});
    }
}", @"
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options)
    {
        options.Listen(IPAddress.Loopback, 0);
        options.ListenAnyIP(0);
    }
}", Key);

        [Fact]
        public Task KestrelListenLocalhost_WithoutCallback_UsingPresent()
            => Verify.VerifyAsync(@"
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options) => options.ListenLocalhost({|PORT001:50000|});
}", @"
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options) => options.Listen(IPAddress.Loopback, 0);
}", Key);

        [Fact]
        public Task KestrelListenLocalhost_WithCallback_AddsUsing()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options) => options.ListenLocalhost({|PORT001:50000|}, listen => listen.Protocols = HttpProtocols.Http2);
}", @"
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options) => options.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
}", Key);

        [Fact]
        public Task KestrelListenLocalhost_TopLevelStatements_AddsUsingAfterSystemOnes()
            => Verify.VerifyProgramAsync(@"using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(options => options.ListenLocalhost({|PORT001:50000|}));
Console.WriteLine();
", @"using System;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
Console.WriteLine();
", Key);

        [Fact]
        public Task KestrelListenLocalhost_NamedArguments()
            => Verify.VerifyAsync(@"
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options) => options.ListenLocalhost(port: {|PORT001:50000|}, configure: _ => { });
}", @"
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options) => options.Listen(IPAddress.Loopback, port: 0, configure: _ => { });
}", Key);

        [Fact]
        public Task Port004_ListenLocalhostZero()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options) => options.ListenLocalhost({|PORT004:0|});
}", @"
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options) => options.Listen(IPAddress.Loopback, 0);
}", Key);

        [Fact]
        public Task Port004_UrlLocalhostZero()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(""http://localhost:{|PORT004:0|}"");
}", @"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(""http://127.0.0.1:0"");
}", Key);

        [Fact]
        public Task UseUrls_Localhost()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(""http://localhost:{|PORT001:50000|}"");
}", @"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(""http://127.0.0.1:0"");
}", Key);

        [Fact]
        public Task UrlsAdd_OtherHostsKeepTheirHost()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app)
    {
        app.Urls.Add(""http://*:{|PORT001:50000|}"");
        app.Urls.Add(""https://0.0.0.0:{|PORT002:40000|}/api"");
        app.Urls.Add(""http://[::1]:{|PORT001:50002|}"");
    }
}", @"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app)
    {
        app.Urls.Add(""http://*:0"");
        app.Urls.Add(""https://0.0.0.0:0/api"");
        app.Urls.Add(""http://[::1]:0"");
    }
}", Key);

        [Fact]
        public Task UseUrls_SemicolonList_BothUrls()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(""http://localhost:{|PORT001:50000|};https://localhost:{|PORT001:50001|}"");
}", @"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(""http://127.0.0.1:0;https://127.0.0.1:0"");
}", Key);

        [Fact]
        public Task Url_InterpolatedConstHole_BecomesPlainLiteral()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
static class Ports
{
    public const int Web = 50000;
}
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls($""http://localhost:{{|PORT001:Ports.Web|}}"");
}", @"
using Microsoft.AspNetCore.Hosting;
static class Ports
{
    public const int Web = 50000;
}
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(""http://127.0.0.1:0"");
}", Key);

        [Fact]
        public Task Url_InterpolatedWithOtherHole_KeepsTheHole()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder, string path) => builder.UseUrls($""http://localhost:{|PORT001:50000|}/{path}"");
}", @"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder, string path) => builder.UseUrls($""http://127.0.0.1:0/{path}"");
}", Key);

        [Fact]
        public Task Url_Concatenation_Merged()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
static class Ports
{
    public const int Web = 50000;
}
class C
{
    void M(WebApplication app) => app.Urls.Add(""http://localhost:"" + {|PORT001:Ports.Web|});
}", @"
using Microsoft.AspNetCore.Builder;
static class Ports
{
    public const int Web = 50000;
}
class C
{
    void M(WebApplication app) => app.Urls.Add(""http://127.0.0.1:0"");
}", Key);

        [Fact]
        public Task Url_ConstStringElsewhere_BindingSiteGetsTheLiteral()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
static class Urls
{
    public const string Main = ""http://localhost:50000"";
}
class C
{
    void M(WebApplication app) => app.Run({|PORT001:Urls.Main|});
}", @"
using Microsoft.AspNetCore.Builder;
static class Urls
{
    public const string Main = ""http://localhost:50000"";
}
class C
{
    void M(WebApplication app) => app.Run(""http://127.0.0.1:0"");
}", Key);

        [Fact]
        public Task Url_UnknownHost_NoPortZeroFix()
            => Verify.VerifyNoFixAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder, string host) => builder.UseUrls($""http://{host}:{|PORT001:50000|}"");
}", Key);

        [Fact]
        public Task HttpListener_NoPortZeroFix()
            => Verify.VerifyNoFixAsync(@"
using System.Net;
class C
{
    void M(HttpListener listener) => listener.Prefixes.Add(""http://+:{|PORT001:52000|}/"");
}", Key, FixReferences.None);

        /// <summary>Review finding: a raw string literal is not merged with the constant after it (that broke the literal).</summary>
        [Fact]
        public Task RawStringConcatenation_StaysValid()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    const int Port = 50000;
    void M(WebApplication app) => app.Urls.Add(""""""http://127.0.0.1:"""""" + {|PORT001:Port|});
}", @"
using Microsoft.AspNetCore.Builder;
class C
{
    const int Port = 50000;
    void M(WebApplication app) => app.Urls.Add(""""""http://127.0.0.1:"""""" + 0);
}", Key);

        /// <summary>Review finding: a using added to a file with no usings goes after <c>#define</c>, which must come first.</summary>
        [Fact]
        public Task ListenLocalhost_FileStartingWithDefine_UsingGoesAfterIt()
            => Verify.VerifyAsync(@"#define TRACE_PORTS
class C
{
    void M(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions options) => options.ListenLocalhost({|PORT001:50000|});
}
", @"#define TRACE_PORTS
using System.Net;

class C
{
    void M(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions options) => options.Listen(IPAddress.Loopback, 0);
}
", Key);
    }
}
