using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Rules;
using PortLint.Tests.Infrastructure;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;
using static PortLint.Tests.Infrastructure.RangeTexts;

namespace PortLint.Tests.Rules.Libraries
{
    /// <summary>
    /// NetMQ 4.0.4.5: <c>NetMQSocket.Bind(string address)</c> listens on a <c>tcp://host:port</c> address (any socket type:
    /// ResponseSocket, PublisherSocket, RouterSocket...). Port <c>0</c> or <c>*</c> lets the OS pick;
    /// <c>BindRandomPort("tcp://host")</c> binds such a port and returns it, and <c>Options.LastEndpoint</c> reads the endpoint back.
    /// <c>Connect</c> is the client side; <c>inproc://</c> addresses are not network ports.
    /// </summary>
    public sealed class NetMQTests
    {
        private const string BindApi = "NetMQSocket.Bind(string)";

        private static DiagnosticResult Port001(int location, string port, string api = BindApi, string ranges = Both)
            => Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(location).WithArguments(port, api, ranges);

        private static DiagnosticResult Port002(int location, string port, string api = BindApi)
            => Verify.Diagnostic(Descriptors.LinuxEphemeralRangePort).WithLocation(location).WithArguments(port, api, Linux);

        private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
            => Verify.VerifyAsync(source, editorConfig: null, test => test.ReferenceAssemblies = LibraryReferences.NetMQ, expected);

        // ---- NetMQSocket.Bind(string address) ----

        [Fact]
        public Task ResponseSocket_BindsWildcardHost()
            => VerifyAsync(@"
using NetMQ;
using NetMQ.Sockets;
class Program
{
    static void Main()
    {
        using (var server = new ResponseSocket())
        {
            server.Bind(""tcp://*:{|#0:55555|}"");
            string message = server.ReceiveFrameString();
            server.SendFrame(""World"");
        }
    }
}", Port001(0, "55555"));

        [Fact]
        public Task PublisherAndRouter_LoopbackAndLinuxRange()
            => VerifyAsync(@"
using NetMQ.Sockets;
class C
{
    void M()
    {
        using var publisher = new PublisherSocket();
        publisher.Bind(""tcp://127.0.0.1:{|#0:55556|}"");
        using var router = new RouterSocket();
        router.Bind(""tcp://localhost:{|#1:40000|}"");
        using var pull = new PullSocket();
        pull.Bind(""tcp://[::1]:{|#2:61000|}"");
    }
}",
                Port001(0, "55556"),
                Port002(1, "40000"),
                Port001(2, "61000", ranges: Dynamic));

        [Fact]
        public Task ConstUrl_Interpolation_Concatenation_Local_AndNamedArgument()
            => VerifyAsync(@"
using NetMQ;
using NetMQ.Sockets;
class Broker
{
    const string Frontend = ""tcp://*:55555"";
    const int BackendPort = 55556;
    void Run(NetMQSocket socket)
    {
        using var frontend = new RouterSocket();
        frontend.Bind({|#0:Frontend|});
        using var backend = new DealerSocket();
        backend.Bind($""tcp://*:{{|#1:BackendPort|}}"");
        using var monitor = new PublisherSocket();
        monitor.Bind(""tcp://*:"" + {|#2:55557|});
        var address = ""tcp://127.0.0.1:55558"";
        socket.Bind({|#3:address|});
        socket.Bind(address: ""tcp://*:{|#4:55559|}"");
    }
}",
                Port001(0, "55555"),
                Port001(1, "55556"),
                Port001(2, "55557"),
                Port001(3, "55558"),
                Port001(4, "55559"));

        [Fact]
        public Task Constructor_ConnectionString_Binds()
            => VerifyAsync(@"
using NetMQ.Sockets;
class C
{
    void M()
    {
        using var a = new ResponseSocket(""@tcp://localhost:{|#0:55555|}"");
        using var b = new PublisherSocket(""tcp://*:{|#1:55556|}"");
        using var c = new DealerSocket(""@tcp://*:{|#2:55557|}"");
    }
}",
                Port001(0, "55555", "ResponseSocket(string?)"),
                Port001(1, "55556", "PublisherSocket(string?)"),
                Port001(2, "55557", "DealerSocket(string?)"));

        [Fact]
        public Task InterfaceReceiver_AndThreadSafeSockets()
            => VerifyAsync(@"
using NetMQ;
using NetMQ.Sockets;
class C
{
    void M(INetMQSocket socket)
    {
        socket.Bind(""tcp://*:{|#0:55555|}"");
        using var server = new ServerSocket();
        server.Bind(""tcp://*:{|#1:55556|}"");
    }
}",
                Port001(0, "55555", "INetMQSocket.Bind(string)"),
                Port001(1, "55556", "ThreadSafeSocket.Bind(string)"));

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
        public Task Connect_IsAClient_AndIsNotReported()
            => VerifyAsync(@"
using NetMQ;
using NetMQ.Sockets;
class C
{
    void M()
    {
        using var client = new RequestSocket();
        client.Connect(""tcp://localhost:55555"");
        client.SendFrame(""Hello"");
        using var subscriber = new SubscriberSocket();
        subscriber.Connect(""tcp://127.0.0.1:55556"");
        subscriber.Subscribe(""topic"");
        using var dealer = new DealerSocket("">tcp://localhost:55557"");
        using var sub2 = new SubscriberSocket(""tcp://localhost:55558"");
    }
}");

        [Fact]
        public Task RandomPort_Wildcard_Zero_InProc_AndUnbind_AreNotReported()
            => VerifyAsync(@"
using System;
using NetMQ.Sockets;
class C
{
    void M()
    {
        using var server = new ResponseSocket();
        int port = server.BindRandomPort(""tcp://*"");
        Console.WriteLine($""bound tcp://*:{port} ({server.Options.LastEndpoint})"");
        using var a = new PublisherSocket();
        a.Bind(""tcp://127.0.0.1:*"");
        a.Bind(""tcp://127.0.0.1:0"");
        using var b = new RouterSocket();
        b.Bind(""inproc://backend"");
        b.Bind(""inproc://55555"");
        b.Unbind(""tcp://*:55555"");
    }
}");

        [Fact]
        public Task AddressFromConfigurationOrEnvironment_IsNotReported()
            => VerifyAsync(@"
using System;
using NetMQ.Sockets;
class C
{
    void M(string[] args)
    {
        using var server = new ResponseSocket();
        server.Bind(Environment.GetEnvironmentVariable(""ZMQ_BIND"") ?? ""tcp://*:0"");
        server.Bind(""tcp://*:"" + args[0]);
        server.Bind($""tcp://*:{int.Parse(args[1])}"");
    }
}");

        [Fact]
        public Task LookAlikeType_InAnotherNamespace_IsNotReported()
            => VerifyAsync(@"
namespace Fakes
{
    public class NetMQSocket
    {
        public void Bind(string address) { }
    }

    public sealed class ResponseSocket : NetMQSocket { }

    class C
    {
        void M() => new ResponseSocket().Bind(""tcp://*:55555"");
    }
}");

        [Fact]
        public Task LogStringsAndComments_AreNotReported()
            => VerifyAsync(@"
using System;
using NetMQ.Sockets;
class C
{
    void M()
    {
        using var server = new ResponseSocket();
        // server.Bind(""tcp://*:55555"");
        int port = server.BindRandomPort(""tcp://*"");
        Console.WriteLine(""was tcp://*:55555, now tcp://*:"" + port);
    }
}");
    }
}
