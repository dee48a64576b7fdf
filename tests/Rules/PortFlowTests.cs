using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Analyzers;
using PortLint.Rules;
using PortLint.Tests.Infrastructure;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;

namespace PortLint.Tests.Rules
{
    /// <summary>
    /// Ports that reach a catalogued API through the project's own methods, constructors, local functions and initializers
    /// (derived sinks, issue 11): reported where the constant is passed, with the path in the message.
    /// </summary>
    public sealed class PortFlowTests
    {
        private const string Both = "the dynamic range 49152-65535 (IANA, Windows, macOS) and Linux's ephemeral range 32768-60999";

        private static DiagnosticResult Port001(int location, string port, string path)
            => Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(location).WithArguments(port, path, Both);

        private static DiagnosticResult Port005(int location, string port, string path)
            => Verify.Diagnostic(Descriptors.TestFixedPort).WithLocation(location).WithArguments(port, path);

        private static System.Action<Verify.Test> WithFile(string path, string source)
            => test => test.TestState.Sources.Add((path, source));

        private static System.Action<Verify.Test> InTests(params (string Path, string Source)[] files)
            => test =>
            {
                test.TestState.AdditionalReferences.Add(TestFrameworkReferences.For(TestFramework.Xunit));
                foreach (var file in files)
                {
                    test.TestState.Sources.Add(file);
                }
            };

        private const string Listener = "TcpListener(IPAddress, int)";

        // --- Methods: one, two and three levels, in one file and across files ----------------------------------------

        [Fact]
        public Task Method_NamedArgument()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class Harness
{
    static void StartServer(string name, int port) => new TcpListener(IPAddress.Loopback, port).Start();

    void Test() => StartServer(port: {|#0:51337|}, name: ""echo"");
}", Port001(0, "51337", "Harness.StartServer(string, int), then " + Listener));

        [Fact]
        public Task Method_TwoLevels_AcrossFiles()
            => Verify.VerifyAsync(@"
class Tests
{
    void Test() => new Servers().StartEcho({|#0:51337|});
}", editorConfig: null, WithFile("/Servers.cs", @"
using System.Net;
using System.Net.Sockets;
class Servers
{
    public void StartEcho(int port) => Listen(IPAddress.Loopback, port);

    private static void Listen(IPAddress address, int port) => new TcpListener(address, port).Start();
}"), Port001(0, "51337", "Servers.StartEcho(int), then Servers.Listen(IPAddress, int), then " + Listener));

        [Fact]
        public Task Method_ThreeLevels_ThreeFiles()
            => Verify.VerifyAsync(@"
class Tests
{
    void Test() => Level1.Start({|#0:51337|});
}", editorConfig: null, test =>
            {
                test.TestState.Sources.Add(("/Level1.cs", "static class Level1 { public static void Start(int port) => Level2.Start(port); }"));
                test.TestState.Sources.Add(("/Level2.cs", "static class Level2 { public static void Start(int p) => Level3.Bind(p); }"));
                test.TestState.Sources.Add(("/Level3.cs", "using System.Net; using System.Net.Sockets; static class Level3 { public static void Bind(int port) { var l = new TcpListener(IPAddress.Any, port); l.Start(); } }"));
            }, Port001(0, "51337", "Level1.Start(int), then Level2.Start(int), then Level3.Bind(int), then " + Listener));

        [Fact]
        public Task Method_DeeperThanTheBound_NotFollowed()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
static class Chain
{
    static void L6(int p) => L5(p);
    static void L5(int p) => L4(p);
    static void L4(int p) => L3(p);
    static void L3(int p) => L2(p);
    static void L2(int p) => L1(p);
    static void L1(int p) => new TcpListener(IPAddress.Any, p).Start();

    static void Five() => L5({|#0:51337|});
    static void Six() => L6(51338);
}", Port001(0, "51337", "Chain.L5(int), then Chain.L4(int), then Chain.L3(int), then Chain.L2(int), then Chain.L1(int), then " + Listener));

        [Fact]
        public Task Method_Recursive_ReportedOnce()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class Harness
{
    static TcpListener Start(int port, int attempts)
    {
        if (attempts > 0)
        {
            return Start(port, attempts - 1);
        }

        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        return listener;
    }

    static void Ping(int port) => Pong(port);
    static void Pong(int port) { Ping(port); new TcpListener(IPAddress.Loopback, port).Start(); }

    void Test()
    {
        Start({|#0:51337|}, 3);
        Ping({|#1:51338|});
    }
}", Port001(0, "51337", "Harness.Start(int, int), then " + Listener),
    Port001(1, "51338", "Harness.Ping(int), then Harness.Pong(int), then " + Listener));

        [Fact]
        public Task Method_PortShifted_ConstantArgument()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class Harness
{
    static void StartPair(int basePort)
    {
        new TcpListener(IPAddress.Loopback, basePort + 1).Start();
    }

    void Test(int configured)
    {
        StartPair({|#0:51337|});
        StartPair(configured);
    }
}", Port001(0, "51338", "Harness.StartPair(int), then " + Listener));

        [Fact]
        public Task Method_Generic()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class Host<TState>
{
    public static void Start<TOptions>(int port, TOptions options) => new TcpListener(IPAddress.Loopback, port).Start();
}
class Tests
{
    void Test() => Host<string>.Start({|#0:51337|}, 1.5);
}", Port001(0, "51337", "Host.Start(int, TOptions), then " + Listener));

        [Fact]
        public Task LocalFunction()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class Tests
{
    void Test()
    {
        Start({|#0:51337|});

        static void Start(int port) => new TcpListener(IPAddress.Loopback, port).Start();
    }
}", Port001(0, "51337", "Start(int), then " + Listener));

        [Fact]
        public Task Lambda_AssignedToALocal()
            => Verify.VerifyAsync(@"
using System;
using System.Net;
using System.Net.Sockets;
class Tests
{
    void Test(Action<int> elsewhere)
    {
        Func<int, TcpListener> start = port =>
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return listener;
        };
        Action<int> log = port => Console.WriteLine(port);

        start({|#0:51337|});
        start.Invoke({|#1:51338|});
        log(51339);
        elsewhere(51340);
    }
}", Port001(0, "51337", "start(int), then " + Listener), Port001(1, "51338", "start(int), then " + Listener));

        [Fact]
        public Task Method_UrlParameter()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
static class Hosting
{
    public static void Serve(WebApplication app, string url) => app.Urls.Add(url);
}
class Tests
{
    void Test(WebApplication app) => Hosting.Serve(app, ""http://127.0.0.1:{|#0:51337|}"");
}", Port001(0, "51337", "Hosting.Serve(WebApplication, string), then WebApplication.Urls.Add"));

        [Fact]
        public Task Method_PortInsideAUrl()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
static class Hosting
{
    public static void Serve(WebApplication app, int port) => app.Urls.Add($""http://127.0.0.1:{port}"");
    public static void ServeLocal(IWebHostBuilder builder, int port) => builder.UseUrls(""http://localhost:"" + port + ""/"");
    public static void ServeItem(WebApplication app, int id) => app.Urls.Add($""http://127.0.0.1:5000/{id}"");
    public static void ServeText(WebApplication app, string port) => app.Urls.Add($""http://127.0.0.1:{port}"");
}
class Tests
{
    void Test(WebApplication app, IWebHostBuilder builder)
    {
        Hosting.Serve(app, {|#0:51337|});
        Hosting.ServeLocal(builder, {|#1:51338|});
        Hosting.ServeItem(app, 51339);
        Hosting.Serve(app, 0);
    }
}", Port001(0, "51337", "Hosting.Serve(WebApplication, int), then WebApplication.Urls.Add"),
    Port001(1, "51338", "Hosting.ServeLocal(IWebHostBuilder, int), then IWebHostBuilder.UseUrls"));

        [Fact]
        public Task Method_EndPointFromParameter()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
static class Udp
{
    public static Socket Bind(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
        return socket;
    }
}
class Tests
{
    void Test() => Udp.Bind({|#0:51337|});
}", Port001(0, "51337", "Udp.Bind(int), then Socket.Bind(EndPoint)"));

        // --- Constructors: fields set from parameters, base and this initializers, primary constructors ---------------

        [Fact]
        public Task Constructor_FieldCarrier_BoundLater()
            => Verify.VerifyAsync(@"
class Tests
{
    void Test() => new EchoServer({|#0:51337|}).Start();
}", editorConfig: null, WithFile("/EchoServer.cs", @"
using System.Net;
using System.Net.Sockets;
sealed class EchoServer
{
    private readonly int _port;
    private TcpListener? _listener;

    public EchoServer(int port)
    {
        _port = port;
    }

    public int Port { get; }

    public void Start()
    {
        _listener = new TcpListener(IPAddress.Loopback, _port);
        _listener.Start();
    }
}"), Port001(0, "51337", "EchoServer(int), then " + Listener));

        [Fact]
        public Task Constructor_PropertyCarrier_TargetTypedNew()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
sealed class EchoServer
{
    public EchoServer(int port) => Port = port;

    public int Port { get; }

    public void Start() => new TcpListener(IPAddress.Loopback, Port).Start();
}
class Tests
{
    EchoServer _server = new({|#0:51337|});
}", Port001(0, "51337", "EchoServer(int), then " + Listener));

        [Fact]
        public Task Constructor_FieldWrittenByAMethodToo_NotFollowed()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
sealed class EchoServer
{
    private int _port;

    public EchoServer(int port) => _port = port;

    public void Retry() => _port = 0;

    public void Start() => new TcpListener(IPAddress.Loopback, _port).Start();
}
class Tests
{
    void Test() => new EchoServer(51337).Start();
}");

        [Fact]
        public Task Constructor_BaseInitializer()
            => Verify.VerifyAsync(@"
class ProxyTests : ProxyTestBase
{
    public ProxyTests() : base({|#0:51337|})
    {
    }
}", editorConfig: null, WithFile("/ProxyTestBase.cs", @"
using System.Net.Sockets;
abstract class ProxyTestBase
{
    protected ProxyTestBase(int port)
    {
        Listener = TcpListener.Create(port);
        Listener.Start();
    }

    protected TcpListener Listener { get; }
}"), Port001(0, "51337", "ProxyTestBase(int), then TcpListener.Create(int)"));

        [Fact]
        public Task Constructor_ThisInitializer()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
sealed class EchoServer
{
    private readonly TcpListener _listener;

    public EchoServer() : this({|#0:51337|})
    {
    }

    public EchoServer(int port) => _listener = new TcpListener(IPAddress.Loopback, port);
}", Port001(0, "51337", "EchoServer(int), then " + Listener));

        [Fact]
        public Task PrimaryConstructor_Class()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
sealed class EchoServer(int port)
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, port);

    public void Start() => _listener.Start();
}
class Tests
{
    void Test() => new EchoServer({|#0:51337|}).Start();
}", Port001(0, "51337", "EchoServer(int), then " + Listener));

        [Fact]
        public Task PrimaryConstructor_CapturedInMethod_AndBaseCall()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class ServerBase(int port)
{
    public void Start() => new TcpListener(IPAddress.Loopback, port).Start();
}
sealed class EchoServer() : ServerBase({|#0:51337|});
", Port001(0, "51337", "ServerBase(int), then " + Listener));

        [Fact]
        public Task Record_PositionalProperty()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
sealed record EchoServer(string Name, int Port)
{
    public TcpListener Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Start();
        return listener;
    }
}
class Tests
{
    void Test() => new EchoServer(""echo"", {|#0:51337|}).Start();
}", Port001(0, "51337", "EchoServer(string, int), then " + Listener));

        // --- Values the declaration holds: default values and test data ------------------------------------------------

        [Fact]
        public Task OptionalParameter_DefaultValue()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class Harness
{
    public static void StartServer(int port = {|#0:51337|}) => new TcpListener(IPAddress.Loopback, port).Start();

    void Test()
    {
        StartServer();
        StartServer({|#1:51338|});
    }
}", Port001(0, "51337", "Harness.StartServer(int), then " + Listener), Port001(1, "51338", "Harness.StartServer(int), then " + Listener));

        [Fact]
        public Task Theory_InlineData()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
using Xunit;
public class ServerTests
{
    [Theory]
    [InlineData(""tcp"", {|#0:51337|})]
    [InlineData(""udp"", {|#1:5000|})]
    [InlineData(""none"", 0)]
    public void Binds(string name, int port) => new TcpListener(IPAddress.Loopback, port).Start();
}", editorConfig: null, InTests(),
    Port001(0, "51337", "ServerTests.Binds(string, int), then " + Listener), Port005(1, "5000", "ServerTests.Binds(string, int), then " + Listener));

        [Fact]
        public Task Theory_InlineData_HelperInAnotherFile_AndADefaultThere()
            => Verify.VerifyAsync(@"
using Xunit;
public class ServerTests
{
    [Theory]
    [InlineData({|#0:51337|})]
    public void Binds(int port) => Harness.Start(port);

    [Fact]
    public void BindsTheDefault() => Harness.Start();
}", editorConfig: null, InTests(("/Harness.cs", @"
using System.Net;
using System.Net.Sockets;
public static class Harness
{
    public static void Start(int port = {|#1:51338|}) => new TcpListener(IPAddress.Loopback, port).Start();
}")),
    Port001(0, "51337", "ServerTests.Binds(int), then Harness.Start(int), then " + Listener),
    Port001(1, "51338", "Harness.Start(int), then " + Listener));

        [Fact]
        public Task StaticReadonlyPortOfAnotherFile_PassedToAWrapper()
            => Verify.VerifyAsync(@"
class Tests
{
    void Test() => Harness.Start({|#0:Ports.Echo|});
}", editorConfig: null, test =>
            {
                test.TestState.Sources.Add(("/Ports.cs", "static class Ports { public static readonly int Echo = 51337; }"));
                test.TestState.Sources.Add(("/Harness.cs", "using System.Net; using System.Net.Sockets; static class Harness { public static void Start(int port) => new TcpListener(IPAddress.Loopback, port).Start(); }"));
            }, Port001(0, "51337", "Harness.Start(int), then " + Listener));

        [Fact]
        public Task Theory_NUnitTestCase_MSTestDataRow()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
public class ServerTests
{
    [NUnit.Framework.TestCase({|#0:51337|}, ExpectedResult = true)]
    public bool NUnitBinds(int port) { new TcpListener(IPAddress.Loopback, port).Start(); return true; }

    [Microsoft.VisualStudio.TestTools.UnitTesting.DataRow({|#1:51338|})]
    public void MSTestBinds(int port) => new TcpListener(IPAddress.Loopback, port).Start();

    [Look.Alike.InlineData(51339)]
    public void NotATheory(int port) => new TcpListener(IPAddress.Loopback, port).Start();
}
namespace NUnit.Framework { public sealed class TestCaseAttribute : System.Attribute { public TestCaseAttribute(params object[] arguments) { } public object? ExpectedResult { get; set; } } }
namespace Microsoft.VisualStudio.TestTools.UnitTesting { public sealed class DataRowAttribute : System.Attribute { public DataRowAttribute(params object[] data) { } } }
namespace Look.Alike { public sealed class InlineDataAttribute : System.Attribute { public InlineDataAttribute(params object[] data) { } } }
", Port001(0, "51337", "ServerTests.NUnitBinds(int), then " + Listener), Port001(1, "51338", "ServerTests.MSTestBinds(int), then " + Listener));

        // --- Not reported ------------------------------------------------------------------------------------------------

        [Fact]
        public Task Wrapper_SendsThePortToAClient_NotASink()
            => Verify.VerifyAsync(@"
using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
static class Clients
{
    public static void Connect(int port) => new TcpClient().Connect(IPAddress.Loopback, port);
    public static void Send(UdpClient udp, int port) => udp.Send(new byte[1], 1, new IPEndPoint(IPAddress.Loopback, port));
    public static HttpClient Http(int port) => new HttpClient { BaseAddress = new Uri(""http://127.0.0.1:"" + port) };
    public static void Log(int port) => Console.WriteLine($""listening on http://127.0.0.1:{port}"");
}
class Tests
{
    void Test(UdpClient udp)
    {
        Clients.Connect(51337);
        Clients.Send(udp, 51337);
        Clients.Http(51337);
        Clients.Log(51337);
    }
}");

        [Fact]
        public Task NonConstantOrZero_NotReported()
            => Verify.VerifyAsync(@"
using System;
using System.Net;
using System.Net.Sockets;
class Harness
{
    static void StartServer(int port) => new TcpListener(IPAddress.Loopback, port).Start();

    void Test(int configured)
    {
        StartServer(configured);
        StartServer(0);
        StartServer(int.Parse(Environment.GetEnvironmentVariable(""PORT"") ?? ""0""));
        StartServer(new Random().Next(50000, 60000));
    }
}");

        [Fact]
        public Task VirtualAndInterfaceMethods_NotFollowed()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
interface IServer { void Start(int port); }
class Server : IServer
{
    public void Start(int port) => new TcpListener(IPAddress.Loopback, port).Start();
    public virtual void StartVirtual(int port) => new TcpListener(IPAddress.Loopback, port).Start();
}
class Tests
{
    void Test(IServer server, Server concrete)
    {
        server.Start(51337);
        concrete.StartVirtual(51338);
        System.Action<int> start = concrete.Start;
        start(51339);
    }
}");

        [Fact]
        public Task LookAlikeMethodOfTheSameName_NotReported()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
namespace Real { static class Harness { public static void StartServer(int port) => new TcpListener(IPAddress.Loopback, port).Start(); } }
namespace Other { static class Harness { public static void StartServer(int port) => System.Console.WriteLine(port); } }
class Tests
{
    void Test()
    {
        Other.Harness.StartServer(51337);
        // Real.Harness.StartServer(51338);
        var text = ""Real.Harness.StartServer(51339)"";
    }
}");

        [Fact]
        public Task PartialClass_SinkInOnePart_CallInTheOther()
            => Verify.VerifyAsync(@"
partial class Harness
{
    void Test() => StartServer({|#0:51337|});
}", editorConfig: null, WithFile("/Harness.Server.cs", @"
using System.Net;
using System.Net.Sockets;
partial class Harness
{
    private int _port;

    private void StartServer(int port) => new TcpListener(IPAddress.Loopback, port).Start();
}"), Port001(0, "51337", "Harness.StartServer(int), then " + Listener));

        [Fact]
        public Task Method_OneLevel()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class Harness
{
    static TcpListener StartServer(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        return listener;
    }

    void Test() => StartServer({|#0:51337|});
}", Port001(0, "51337", "Harness.StartServer(int), then TcpListener(IPAddress, int)"));
    }
}
