using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.CodeFixes;
using PortLint.Tests.Infrastructure;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.CodeFixVerifier<PortLint.Analyzers.FixedServerPortAnalyzer, PortLint.CodeFixes.FixedServerPortCodeFixProvider>;

namespace PortLint.Tests.CodeFixes
{
    /// <summary>
    /// Fix All in document, project and solution: two documents in the first project and one in a second. Fix All in
    /// document needs one pass per document, in project one per project, in solution one.
    /// </summary>
    public sealed class FixAllTests
    {
        private const string First = @"
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class First
{
    void M(KestrelServerOptions options)
    {
        options.ListenLocalhost({|PORT001:50000|});
        options.ListenLocalhost({|PORT002:40000|}, _ => { });
        new TcpListener(IPAddress.Any, {|PORT001:50001|}).Start();
    }
}";

        private const string FirstPortZero = @"
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class First
{
    void M(KestrelServerOptions options)
    {
        options.Listen(IPAddress.Loopback, 0);
        options.Listen(IPAddress.Loopback, 0, _ => { });
        new TcpListener(IPAddress.Any, 0).Start();
    }
}";

        private const string Second = @"
using Microsoft.AspNetCore.Server.Kestrel.Core;
class Second
{
    void M(KestrelServerOptions options)
    {
        options.ListenLocalhost({|PORT001:50010|});
        options.ListenAnyIP({|PORT001:50011|});
    }
}";

        /// <summary>Both fixes add <c>using System.Net;</c>: Fix All must add it once.</summary>
        private const string SecondPortZero = @"
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class Second
{
    void M(KestrelServerOptions options)
    {
        options.Listen(IPAddress.Loopback, 0);
        options.ListenAnyIP(0);
    }
}";

        private const string Third = @"
using System.Net.Sockets;
class Third
{
    UdpClient M() => new UdpClient({|PORT001:50020|});
}";

        private const string ThirdPortZero = @"
using System.Net.Sockets;
class Third
{
    UdpClient M() => new UdpClient(0);
}";

        [Fact]
        public async Task PortZero_DocumentProjectSolution()
        {
            var test = await Verify.CreateAsync(First, null, FixedServerPortCodeFixProvider.UsePortZeroKey);
            test.TestState.Sources.Add(("/0/Second.cs", Second));
            test.TestState.AdditionalProjects["Other"].Sources.Add(("/Other/Third.cs", Third));
            test.FixedState.Sources.Add(FirstPortZero);
            test.FixedState.Sources.Add(("/0/Second.cs", SecondPortZero));
            test.FixedState.AdditionalProjects["Other"].Sources.Add(("/Other/Third.cs", ThirdPortZero));

            test.NumberOfFixAllInDocumentIterations = 3;
            test.NumberOfFixAllInProjectIterations = 2;
            test.NumberOfFixAllIterations = 1;
            await test.RunAsync();
        }

        [Fact]
        public async Task Configuration_SameMember_DistinctLocalsCompileAfterFixAll()
        {
            var test = await Verify.CreateAsync(@"
using System.Net;
using System.Net.Sockets;
class EchoServer
{
    void Start()
    {
        new TcpListener(IPAddress.Any, {|PORT001:50000|}).Start();
        if (true)
        {
            new TcpListener(IPAddress.Any, {|PORT001:50001|}).Start();
        }

        var udp = new UdpClient({|PORT002:40000|});
    }
}", @"
using System.Net;
using System.Net.Sockets;
class EchoServer
{
    void Start()
    {
        new TcpListener(IPAddress.Any, int.TryParse(System.Environment.GetEnvironmentVariable(""ECHO_SERVER_PORT""), out var echoServerPort) ? echoServerPort : 50000).Start();
        if (true)
        {
            new TcpListener(IPAddress.Any, int.TryParse(System.Environment.GetEnvironmentVariable(""ECHO_SERVER_2_PORT""), out var echoServer2Port) ? echoServer2Port : 50001).Start();
        }

        var udp = new UdpClient(int.TryParse(System.Environment.GetEnvironmentVariable(""UDP_PORT""), out var udpPort) ? udpPort : 40000);
    }
}", FixedServerPortCodeFixProvider.ReadPortFromConfigurationKey, FixReferences.None);
            await test.RunAsync();
        }

        [Fact]
        public async Task RewiredPortZero_DocumentAndProject_FixedCodeCompiles()
        {
            const string Fixture = @"
using System.Net;
using System.Net.Sockets;
class Fixture
{
    private const int Port = 51360;
    private TcpListener _listener;

    public void Start()
    {
        _listener = new TcpListener(IPAddress.Loopback, {|PORT001:Port|});
        _listener.Start();
        var udp = new UdpClient({|PORT001:51361|});
        udp.Send(new byte[1], 1, new IPEndPoint(IPAddress.Loopback, 51361));
    }

    public TcpClient Ping() => new TcpClient(""127.0.0.1"", Port);
}";
            const string FixtureFixed = @"
using System.Net;
using System.Net.Sockets;
class Fixture
{
    private int Port;
    private TcpListener _listener;

    public void Start()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        var udp = new UdpClient(0);
        var udpPort = ((IPEndPoint)udp.Client.LocalEndPoint!).Port;
        udp.Send(new byte[1], 1, new IPEndPoint(IPAddress.Loopback, udpPort));
    }

    public TcpClient Ping() => new TcpClient(""127.0.0.1"", Port);
}";
            const string Echo = @"
using System.Net;
using System.Net.Sockets;
class Echo
{
    void M()
    {
        var endpoint = new IPEndPoint(IPAddress.Loopback, {|PORT001:51362|});
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(endpoint);
        socket.Listen(1);
        new TcpClient().Connect(endpoint);
    }
}";
            const string EchoFixed = @"
using System.Net;
using System.Net.Sockets;
class Echo
{
    void M()
    {
        var endpoint = new IPEndPoint(IPAddress.Loopback, 0);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(endpoint);
        endpoint = (IPEndPoint)socket.LocalEndPoint!;
        socket.Listen(1);
        new TcpClient().Connect(endpoint);
    }
}";
            var test = await Verify.CreateAsync(Fixture, null, FixedServerPortCodeFixProvider.UsePortZeroKey, FixReferences.None);
            test.TestState.Sources.Add(("/0/Echo.cs", Echo));
            test.FixedState.Sources.Add(FixtureFixed);
            test.FixedState.Sources.Add(("/0/Echo.cs", EchoFixed));
            test.NumberOfFixAllInDocumentIterations = 2;
            test.NumberOfFixAllInProjectIterations = 1;
            test.NumberOfFixAllIterations = 1;
            await test.RunAsync();
        }
    }
}
