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
    /// Grpc.Core 2.46.5: a <c>Server</c> binds each <c>ServerPort(host, port, credentials)</c> in its <c>Ports</c> when it starts.
    /// <c>ServerPort.PickUnused</c> (0) lets the OS pick; the bound port is read back from <c>ServerPort.BoundPort</c>.
    /// <c>Channel</c> is the client and binds nothing.
    /// </summary>
    public sealed class GrpcCoreTests
    {
        private const string ServerPortApi = "ServerPort(string, int, ServerCredentials)";
        private const string PortsAddApi = "ServerPortCollection.Add(string, int, ServerCredentials)";

        private static DiagnosticResult Port001(int location, string port, string api = ServerPortApi, string ranges = Both)
            => Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(location).WithArguments(port, api, ranges);

        private static DiagnosticResult Port002(int location, string port, string api = ServerPortApi)
            => Verify.Diagnostic(Descriptors.LinuxEphemeralRangePort).WithLocation(location).WithArguments(port, api, Linux);

        private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
            => Verify.VerifyAsync(source, editorConfig: null, test => test.ReferenceAssemblies = LibraryReferences.GrpcCore, expected);

        // ---- new ServerPort(string host, int port, ServerCredentials credentials) ----

        [Fact]
        public Task ServerPort_PortsAdd_Literal()
            => VerifyAsync(@"
using Grpc.Core;
class Program
{
    static void Main()
    {
        var server = new Server();
        server.Ports.Add(new ServerPort(""localhost"", {|#0:50051|}, ServerCredentials.Insecure));
        server.Start();
    }
}", Port001(0, "50051", ranges: Both + WindowsBlock));

        [Fact]
        public Task ServerPort_PortsCollectionInitializer_Const()
            => VerifyAsync(@"
using Grpc.Core;
class GreeterHost
{
    const int Port = 55555;
    const string Host = ""0.0.0.0"";
    public Server Create() => new Server
    {
        Ports = { new ServerPort(Host, {|#0:Port|}, ServerCredentials.Insecure) },
    };
}", Port001(0, "55555"));

        [Fact]
        public Task ServerPort_NamedArguments_TargetTypedNew_AndLocal()
            => VerifyAsync(@"
using Grpc.Core;
class C
{
    void M(Server server)
    {
        int port = 61000;
        ServerPort a = new(""127.0.0.1"", {|#0:port|}, ServerCredentials.Insecure);
        var b = new ServerPort(port: {|#1:55556|}, host: ""[::]"", credentials: ServerCredentials.Insecure);
        var c = new ServerPort(""localhost"", {|#2:40000|}, ServerCredentials.Insecure);
        server.Ports.Add(a);
        server.Ports.Add(b);
        server.Ports.Add(c);
    }
}",
                Port001(0, "61000", ranges: Dynamic),
                Port001(1, "55556"),
                Port002(2, "40000"));

        [Fact]
        public Task ServerPortCollection_Add_HostPortCredentials()
            => VerifyAsync(@"
using Grpc.Core;
class C
{
    int M(Server server) => server.Ports.Add(""localhost"", {|#0:55555|}, ServerCredentials.Insecure);
}", Port001(0, "55555", PortsAddApi));

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
        public Task PickUnusedAndZero_AndTheBoundPortRead_AreNotReported()
            => VerifyAsync(@"
using System;
using System.Linq;
using Grpc.Core;
class C
{
    void M()
    {
        var server = new Server
        {
            Ports = { new ServerPort(""localhost"", ServerPort.PickUnused, ServerCredentials.Insecure) },
        };
        server.Ports.Add(new ServerPort(""127.0.0.1"", 0, ServerCredentials.Insecure));
        server.Ports.Add(""127.0.0.1"", ServerPort.PickUnused, ServerCredentials.Insecure);
        server.Start();
        int bound = server.Ports.First().BoundPort;
        Console.WriteLine(""gRPC server listening on port "" + bound);
    }
}");

        [Fact]
        public Task Channel_IsAClient_AndIsNotReported()
            => VerifyAsync(@"
using Grpc.Core;
class C
{
    void M()
    {
        var a = new Channel(""localhost"", 50051, ChannelCredentials.Insecure);
        var b = new Channel(""127.0.0.1:55555"", ChannelCredentials.Insecure);
        var c = new Channel(host: ""localhost"", port: 55556, credentials: ChannelCredentials.Insecure);
        a.ShutdownAsync().Wait();
        b.ShutdownAsync().Wait();
        c.ShutdownAsync().Wait();
    }
}");

        [Fact]
        public Task PortFromConfigurationOrEnvironment_IsNotReported()
            => VerifyAsync(@"
using System;
using Grpc.Core;
class C
{
    void M(Server server, string[] args)
    {
        int fromEnv = int.Parse(Environment.GetEnvironmentVariable(""GRPC_PORT"") ?? ""0"");
        server.Ports.Add(new ServerPort(""localhost"", fromEnv, ServerCredentials.Insecure));
        server.Ports.Add(new ServerPort(""localhost"", int.Parse(args[0]), ServerCredentials.Insecure));
    }
}");

        [Fact]
        public Task LookAlikeType_InAnotherNamespace_IsNotReported()
            => VerifyAsync(@"
namespace Fakes
{
    public sealed class ServerCredentials
    {
        public static readonly ServerCredentials Insecure = new ServerCredentials();
    }

    public sealed class ServerPort
    {
        public ServerPort(string host, int port, ServerCredentials credentials) { }
    }

    class C
    {
        object M() => new ServerPort(""localhost"", 50051, ServerCredentials.Insecure);
    }
}");

        [Fact]
        public Task LogStringsAndComments_AreNotReported()
            => VerifyAsync(@"
using System;
using Grpc.Core;
class C
{
    void M(Server server)
    {
        // server.Ports.Add(new ServerPort(""localhost"", 50051, ServerCredentials.Insecure));
        Console.WriteLine(""Greeter server listening on localhost:50051 (new ServerPort(\""localhost\"", 50051, ...))"");
        server.Ports.Add(new ServerPort(""localhost"", ServerPort.PickUnused, ServerCredentials.Insecure));
    }
}");
    }
}
