using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Rules;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;

namespace PortLint.Tests.Rules
{
    /// <summary>PORT001 on every way a fixed port can be written and every binding API it can reach.</summary>
    public sealed class PortNotationTests
    {
        private const string Dynamic = "the dynamic range 49152-65535 (IANA, Windows, macOS)";
        private const string Both = Dynamic + " and Linux's ephemeral range 32768-60999";
        private const string WindowsBlock = "; Windows often reserves 50000-50059 outright";
        private const string Both50000 = Both + WindowsBlock;
        private const string TcpListenerApi = "TcpListener(IPAddress, int)";

        private static DiagnosticResult Port001(int location, string port, string api, string ranges = Both50000)
            => Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(location).WithArguments(port, api, ranges);

        // ---- integer notations ----

        [Fact]
        public Task ConstLocal()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        const int Port = 50000;
        new TcpListener(IPAddress.Any, {|#0:Port|});
    }
}", Port001(0, "50000", TcpListenerApi));

        [Fact]
        public Task ConstFieldInAnotherClass()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
static class Ports
{
    public const int Api = 50000;
}
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:Ports.Api|});
}", Port001(0, "50000", TcpListenerApi));

        [Fact]
        public Task ConstantExpression()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:50000 + 123|});
}", Port001(0, "50123", TcpListenerApi, Both));

        [Fact]
        public Task HexLiteral()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:0xC350|});
}", Port001(0, "50000", TcpListenerApi));

        [Fact]
        public Task FieldInitializer()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    private readonly TcpListener _l = new TcpListener(IPAddress.Any, {|#0:50000|});
}", Port001(0, "50000", TcpListenerApi));

        [Fact]
        public Task TargetTypedNew()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        TcpListener l = new(IPAddress.Any, {|#0:50000|});
    }
}", Port001(0, "50000", TcpListenerApi));

        [Fact]
        public Task TargetTypedNew_WithADirectiveBeforeItsArguments()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        // No watched word in the arguments: only the `new` leads to these creations.
        UdpClient u = new
#pragma warning disable CS0618
            ({|#0:50000|});
#pragma warning restore CS0618
        UdpClient v = new /* target-typed */ ({|#1:50001|});
    }
}", Port001(0, "50000", "UdpClient(int)"), Port001(1, "50001", "UdpClient(int)"));

        [Fact]
        public Task TopLevelStatements()
            => Verify.VerifyAsync(
                @"
using System.Net;
using System.Net.Sockets;

int port = 50000;
var listener = new TcpListener(IPAddress.Any, {|#0:port|});
listener.Start();
new TcpListener(IPAddress.Any, {|#1:51000|}).Start();
",
                editorConfig: null,
                test => test.TestState.OutputKind = OutputKind.ConsoleApplication,
                Port001(0, "50000", TcpListenerApi),
                Port001(1, "51000", TcpListenerApi, Both));

        [Fact]
        public Task LocalAssignedOnce()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        int port = 50000;
        new TcpListener(IPAddress.Any, {|#0:port|}).Start();
    }
}", Port001(0, "50000", TcpListenerApi));

        [Fact]
        public Task LocalDeclaredThenAssignedOnce()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        int port;
        port = 52000;
        new TcpListener(IPAddress.Any, {|#0:port|}).Start();
    }
}", Port001(0, "52000", TcpListenerApi, Both));

        [Fact]
        public Task ReadonlyFieldAssignedOnceInConstructor()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    private readonly int _port;
    C() { _port = 50000; }
    TcpListener M() => new TcpListener(IPAddress.Any, {|#0:_port|});
}", Port001(0, "50000", TcpListenerApi));

        [Fact]
        public Task NamedArguments_OutOfOrder()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    TcpListener M() => new TcpListener(port: {|#0:50000|}, localaddr: IPAddress.Any);
}", Port001(0, "50000", TcpListenerApi));

        // ---- URL notations ----

        [Fact]
        public Task StringConstantUrl()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    const string Url = ""http://localhost:50000"";
    void M(WebApplication app) => app.Urls.Add({|#0:Url|});
}", Port001(0, "50000", "WebApplication.Urls.Add"));

        [Fact]
        public Task InterpolatedString_ConstIntHole()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    const int Port = 50000;
    void M(WebApplication app) => app.Urls.Add($""http://localhost:{{|#0:Port|}}"");
}", Port001(0, "50000", "WebApplication.Urls.Add"));

        [Fact]
        public Task InterpolatedString_NonConstantHost()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app, string host) => app.Urls.Add($""http://{host}:{|#0:50000|}"");
}", Port001(0, "50000", "WebApplication.Urls.Add"));

        [Fact]
        public Task Concatenation_StringPlusInt()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app) => app.Urls.Add(""http://localhost:"" + {|#0:50000|});
}", Port001(0, "50000", "WebApplication.Urls.Add"));

        [Fact]
        public Task Concatenation_ConstStrings()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    const string Host = ""http://localhost"";
    const string Url = Host + "":50000"";
    void M(WebApplication app)
    {
        app.Urls.Add(Host + "":{|#0:50001|}"");
        app.Urls.Add({|#1:Url|});
    }
}", Port001(0, "50001", "WebApplication.Urls.Add"), Port001(1, "50000", "WebApplication.Urls.Add"));

        [Fact]
        public Task UrlLocal_BuiltByConcatenationAndInterpolation_ReportedAtTheReference()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    const int Port = 50007;

    void M(WebApplication app)
    {
        string url = ""http://localhost:"" + 50006;
        var interpolated = $""http://localhost:{Port}"";
        app.Urls.Add({|#0:url|});
        app.Urls.Add({|#1:interpolated|});
    }
}",
                Port001(0, "50006", "WebApplication.Urls.Add"),
                Port001(1, "50007", "WebApplication.Urls.Add"));

        [Fact]
        public Task UrlLocal_AssignedTwice_NotReported()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app, bool b)
    {
        var url = ""http://localhost:50006"";
        if (b) url = ""http://localhost:5000"";
        app.Urls.Add(url);
    }
}");

        [Fact]
        public Task NamedArgument_Urls()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(urls: ""http://localhost:{|#0:50000|}"");
}", Port001(0, "50000", "IWebHostBuilder.UseUrls"));

        [Fact]
        public Task NamedArgument_UrlsArray()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(urls: new[] { ""http://localhost:{|#0:50000|}"", ""http://localhost:5000"" });
}", Port001(0, "50000", "IWebHostBuilder.UseUrls"));

        [Fact]
        public Task SeveralUrlsInOneUseUrls()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(""http://localhost:{|#0:50000|}"", ""http://localhost:5000"", ""https://localhost:{|#1:61000|}"");
}", Port001(0, "50000", "IWebHostBuilder.UseUrls"), Port001(1, "61000", "IWebHostBuilder.UseUrls", Dynamic));

        [Fact]
        public Task SemicolonSeparatedList_TwoDynamicPorts()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(""http://localhost:{|#0:50000|};http://localhost:5000; https://*:{|#1:50001|}"");
}", Port001(0, "50000", "IWebHostBuilder.UseUrls"), Port001(1, "50001", "IWebHostBuilder.UseUrls"));

        [Fact]
        public Task VerbatimAndRawStrings()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app)
    {
        app.Urls.Add(@""http://localhost:{|#0:50000|}"");
        app.Urls.Add(""""""http://localhost:{|#1:50001|}"""""");
    }
}", Port001(0, "50000", "WebApplication.Urls.Add"), Port001(1, "50001", "WebApplication.Urls.Add"));

        [Theory]
        [InlineData("http://[::1]:")]
        [InlineData("http://*:")]
        [InlineData("http://0.0.0.0:")]
        [InlineData("https://my-host.example:")]
        public Task UrlHosts(string prefix)
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app) => app.Urls.Add(""PREFIX{|#0:50000|}/path"");
}".Replace("PREFIX", prefix), Port001(0, "50000", "WebApplication.Urls.Add"));

        [Fact]
        public Task HttpListenerPrefix_Plus()
            => Verify.VerifyAsync(@"
using System.Net;
class C
{
    void M(HttpListener listener) => listener.Prefixes.Add(""http://+:{|#0:50000|}/"");
}", Port001(0, "50000", "HttpListener.Prefixes.Add"));

        [Fact]
        public Task UseSetting_ServerUrlsKeyAndLiteralKey()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder)
    {
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, ""http://*:{|#0:50000|}"");
        builder.UseSetting(""urls"", ""http://*:{|#1:50001|}"");
    }
}", Port001(0, "50000", "IWebHostBuilder.UseSetting(\"urls\")"), Port001(1, "50001", "IWebHostBuilder.UseSetting(\"urls\")"));

        [Fact]
        public Task WebApplicationBuilder_WebHost_UseUrlsAndUseSetting()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(WebApplicationBuilder builder)
    {
        builder.WebHost.UseUrls(""http://localhost:{|#0:50000|}"");
        builder.WebHost.UseSetting(""urls"", ""http://localhost:{|#1:50001|}"");
    }
}", Port001(0, "50000", "IWebHostBuilder.UseUrls"), Port001(1, "50001", "IWebHostBuilder.UseSetting(\"urls\")"));

        [Fact]
        public Task WebApplication_RunAndRunAsync()
            => Verify.VerifyAsync(@"
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app) => app.Run(""http://localhost:{|#0:50000|}"");
    Task N(WebApplication app) => app.RunAsync(url: ""http://localhost:{|#1:50001|}"");
}", Port001(0, "50000", "WebApplication.Run"), Port001(1, "50001", "WebApplication.RunAsync"));

        [Fact]
        public Task ServerAddressesFeature_AddressesAdd()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
class C
{
    void M(IServer server) => server.Features.Get<IServerAddressesFeature>()!.Addresses.Add(""http://localhost:{|#0:50000|}"");
}", Port001(0, "50000", "IServerAddressesFeature.Addresses.Add"));

        // ---- endpoints and other binding APIs ----

        [Fact]
        public Task ListenerServerBind_InlineEndPoint()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M(TcpListener listener) => listener.Server.Bind(new IPEndPoint(IPAddress.Any, {|#0:50000|}));
}", Port001(0, "50000", "Socket.Bind(EndPoint)"));

        [Fact]
        public Task SocketBind_EndPointLocal()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M(Socket socket)
    {
        var ep = new IPEndPoint(IPAddress.Any, {|#0:50000|});
        socket.Bind(ep);
    }
}", Port001(0, "50000", "Socket.Bind(EndPoint)"));

        [Fact]
        public Task HeldEndPoint_ReportedOnceAtItsPort_ForEachWayItIsHeld()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    private readonly IPEndPoint _assignedInConstructor;
    private static readonly IPEndPoint Shared = new IPEndPoint(IPAddress.Any, {|#0:50010|});

    C() => _assignedInConstructor = new IPEndPoint(IPAddress.Any, {|#1:50011|});

    void M(Socket socket)
    {
        var local = new IPEndPoint(IPAddress.Any, {|#2:50012|});
        socket.Bind(local);
        socket.Bind(local);
        socket.Bind(Shared);
        var listener = new TcpListener(_assignedInConstructor);
    }
}",
                Port001(0, "50010", "Socket.Bind(EndPoint)"),
                Port001(1, "50011", "TcpListener(IPEndPoint)"),
                Port001(2, "50012", "Socket.Bind(EndPoint)"));

        [Fact]
        public Task HeldEndPoint_NotBound_OrAssignedTwice_NotReported()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M(Socket socket, bool b)
    {
        var remote = new IPEndPoint(IPAddress.Loopback, 50013);
        socket.Connect(remote);
        socket.SendTo(new byte[1], remote);

        var twice = new IPEndPoint(IPAddress.Any, 50014);
        if (b) twice = new IPEndPoint(IPAddress.Any, 5000);
        socket.Bind(twice);
    }
}");

        /// <summary>Review finding: a target-typed <c>new(...)</c> names no type where it stands; every position is found.</summary>
        [Fact]
        public Task TargetTypedNew_InEveryPosition()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    private readonly UdpClient _assigned;
    private UdpClient? _lazy;
    private readonly IPEndPoint _endPoint;
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);

    public UdpClient Property { get; } = new({|#0:50020|});

    C(bool flag, int mode)
    {
        _assigned = new({|#1:50021|});
        _lazy ??= new({|#2:50022|});
        UdpClient conditional = flag ? new({|#3:50023|}) : new({|#4:50024|});
        UdpClient switched = mode switch { 1 => new({|#5:50025|}), _ => new(0) };
        _endPoint = new(IPAddress.Any, {|#6:50026|});
        _socket.Bind(_endPoint);
    }

    UdpClient Make() => new({|#7:50027|});

    UdpClient MakeToo()
    {
        return new({|#8:50028|});
    }
}",
                Port001(0, "50020", "UdpClient(int)"),
                Port001(1, "50021", "UdpClient(int)"),
                Port001(2, "50022", "UdpClient(int)"),
                Port001(3, "50023", "UdpClient(int)"),
                Port001(4, "50024", "UdpClient(int)"),
                Port001(5, "50025", "UdpClient(int)"),
                Port001(6, "50026", "Socket.Bind(EndPoint)"),
                Port001(7, "50027", "UdpClient(int)"),
                Port001(8, "50028", "UdpClient(int)"));

        /// <summary>Review finding: a constant concatenation too long to split into pieces is still read as one constant.</summary>
        [Fact]
        public Task LongConstantConcatenation_StillRead()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    const string A = ""a"";
    void M(WebApplication app) => app.Urls.Add(""http://"" + A + A + A + A + A + A + A + A + A + A + A + A + A + A + A + A + A + A + A + A + "":{|#0:50030|}"");
}", Port001(0, "50030", "WebApplication.Urls.Add"));

        [Fact]
        public Task Kestrel_ListenEndPoint()
            => Verify.VerifyAsync(@"
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options) => options.Listen(new IPEndPoint(IPAddress.Any, {|#0:50000|}));
}", Port001(0, "50000", "KestrelServerOptions.Listen(IPEndPoint)"));

        [Fact]
        public Task TcpListener_Create()
            => Verify.VerifyAsync(@"
using System.Net.Sockets;
class C
{
    TcpListener M() => TcpListener.Create({|#0:50000|});
}", Port001(0, "50000", "TcpListener.Create(int)"));

        [Fact]
        public Task UdpClient_PortAndFamily()
            => Verify.VerifyAsync(@"
using System.Net.Sockets;
class C
{
    UdpClient M() => new UdpClient({|#0:50000|}, AddressFamily.InterNetwork);
}", Port001(0, "50000", "UdpClient(int, AddressFamily)"));

        [Fact]
        public Task UdpClient_EndPoint()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    UdpClient M() => new UdpClient(new IPEndPoint(IPAddress.Any, {|#0:50000|}));
}", Port001(0, "50000", "UdpClient(IPEndPoint)"));

        [Fact]
        public Task UseKestrel_Listen()
            => Verify.VerifyAsync(@"
using System.Net;
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder webHost) => webHost.UseKestrel(o => o.Listen(IPAddress.Any, {|#0:50000|}));
}", Port001(0, "50000", "KestrelServerOptions.Listen(IPAddress, int)"));

        [Fact]
        public Task Kestrel_ListenLocalhostWithConfigure()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions o) => o.ListenLocalhost({|#0:50000|}, listen => listen.UseHttps());
}", Port001(0, "50000", "KestrelServerOptions.ListenLocalhost(int, Action<ListenOptions>)"));

        // ---- incomplete code ----

        [Fact]
        public Task Incomplete_CreationMissingParenthesis()
            => Verify.VerifyAsync(
                @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        var l = new TcpListener(IPAddress.Any, {|#0:50000|}
    }
}",
                editorConfig: null,
                test => test.CompilerDiagnostics = CompilerDiagnostics.None,
                Port001(0, "50000", TcpListenerApi));

        [Fact]
        public Task Incomplete_UrlsAddMissingParenthesis()
            => Verify.VerifyAsync(
                @"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app)
    {
        app.Urls.Add(""http://localhost:{|#0:50000|}""
    }
}",
                editorConfig: null,
                test => test.CompilerDiagnostics = CompilerDiagnostics.None,
                Port001(0, "50000", "WebApplication.Urls.Add"));

        [Fact]
        public Task Incomplete_CompilerErrorsAreExpected()
            => Verify.VerifyAsync(
                @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        var l = new TcpListener(IPAddress.Any, {|#0:50000|}{|#1:|}
    }
}",
                Port001(0, "50000", TcpListenerApi),
                DiagnosticResult.CompilerError("CS1026").WithLocation(1),
                DiagnosticResult.CompilerError("CS1002").WithLocation(1));

        [Fact]
        public Task Incomplete_HalfTypedCodeDoesNotCrash()
            => Verify.VerifyAsync(
                @"
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(WebApplication app, IWebHostBuilder builder, KestrelServerOptions o, Socket s)
    {
        new TcpListener(IPAddress.Any, );
        new TcpListener(, 50000);
        new TcpListener(IPAddress.Any, 50000, 1);
        new TcpListener(IPAddress.Any, ""50000"");
        new UdpClient(50000,
        TcpListener.Create();
        TcpListener.Create(;
        new IPEndPoint(IPAddress.Any, 
        new IPEndPoint(, 70000);
        s.Bind(new IPEndPoint(
        s.Bind(;
        o.Listen(;
        o.ListenLocalhost(port: );
        builder.UseUrls(""http://localhost:
        builder.UseUrls(;
        builder.UseSetting(""urls"", );
        builder.UseSetting(, ""http://localhost:50000"");
        app.Urls.Add($""http://localhost:{
        app.Urls.Add(undefined + ""http://localhost:50000"");
        app.Run(""http://localhost:"" + );
        undefined.Listen(IPAddress.Any, 50000);
        new Undefined(IPAddress.Any, 50000);
    }
}",
                editorConfig: null,
                test => test.CompilerDiagnostics = CompilerDiagnostics.None);
    }
}
