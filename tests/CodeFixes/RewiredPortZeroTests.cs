using System.Threading.Tasks;
using PortLint.CodeFixes;
using PortLint.Tests.Infrastructure;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.CodeFixVerifier<PortLint.Analyzers.FixedServerPortAnalyzer, PortLint.CodeFixes.FixedServerPortCodeFixProvider>;

namespace PortLint.Tests.CodeFixes
{
    /// <summary>
    /// "Use port 0" reads the bound port back and rewires the other uses of the old port (issue 10): the carrier local,
    /// constant or field, the endpoint passed to a client, the same port written again later in the method. Where it cannot,
    /// the port-0 action moves behind configuration under another key.
    /// </summary>
    public sealed class RewiredPortZeroTests
    {
        private const string Key = FixedServerPortCodeFixProvider.UsePortZeroKey;
        private const string UnwiredKey = FixedServerPortCodeFixProvider.UsePortZeroUnwiredKey;

        [Fact]
        public Task TcpListener_ConstLocal_ClientReadsBoundPort()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        const int port = 51337;
        var listener = new TcpListener(IPAddress.Loopback, {|PORT001:port|});
        listener.Start();
        using var client = new TcpClient(""127.0.0.1"", port);
    }
}", @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        int port = 0;
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var client = new TcpClient(""127.0.0.1"", port);
    }
}", Key, FixReferences.None);

        [Fact]
        public Task TcpListener_LiteralWrittenAgain_ReadBackLocal()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        var listener = new TcpListener(IPAddress.Loopback, {|PORT001:51337|});
        listener.Start();
        using var client = new TcpClient();
        client.Connect(""127.0.0.1"", 51337);
        System.Threading.Thread.Sleep(51337);
    }
}", @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var listenerPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var client = new TcpClient();
        client.Connect(""127.0.0.1"", listenerPort);
        System.Threading.Thread.Sleep(51337);
    }
}", Key, FixReferences.None);

        [Fact]
        public Task UdpClient_LiteralInClientEndpoint()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        using var server = new UdpClient(new IPEndPoint(IPAddress.Loopback, {|PORT001:51338|}));
        using var client = new UdpClient();
        client.Send(new byte[1], 1, new IPEndPoint(IPAddress.Loopback, 51338));
    }
}", @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        using var server = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var serverPort = ((IPEndPoint)server.Client.LocalEndPoint!).Port;
        using var client = new UdpClient();
        client.Send(new byte[1], 1, new IPEndPoint(IPAddress.Loopback, serverPort));
    }
}", Key, FixReferences.None);

        [Fact]
        public Task Socket_EndpointPassedToBindAndConnect_ClientGetsBoundEndpoint()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        var endpoint = new IPEndPoint(IPAddress.Loopback, {|PORT001:51339|});
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(endpoint);
        listener.Listen(1);
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(endpoint);
    }
}", @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        var endpoint = new IPEndPoint(IPAddress.Loopback, 0);
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(endpoint);
        endpoint = (IPEndPoint)listener.LocalEndPoint!;
        listener.Listen(1);
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(endpoint);
    }
}", Key, FixReferences.None);

        [Fact]
        public Task Fixture_ConstFieldUsedByStartAndPing_BecomesInstanceFieldAssignedAtStart()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class EchoFixture
{
    private const int Port = 51342;
    private TcpListener _listener;

    public void Start()
    {
        _listener = new TcpListener(IPAddress.Loopback, {|PORT001:Port|});
        _listener.Start();
    }

    public void Ping()
    {
        using var client = new TcpClient(""127.0.0.1"", Port);
    }
}", @"
using System.Net;
using System.Net.Sockets;
class EchoFixture
{
    private int Port;
    private TcpListener _listener;

    public void Start()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
    }

    public void Ping()
    {
        using var client = new TcpClient(""127.0.0.1"", Port);
    }
}", Key, FixReferences.None);

        [Fact]
        public Task Fixture_StaticStart_FieldBecomesStatic()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
static class Server
{
    const int Port = 51343;
    static TcpListener listener;

    public static void Start()
    {
        listener = new TcpListener(IPAddress.Loopback, {|PORT001:Port|});
        listener.Start();
    }

    public static TcpClient Connect() => new TcpClient(""127.0.0.1"", Server.Port);
}", @"
using System.Net;
using System.Net.Sockets;
static class Server
{
    static int Port;
    static TcpListener listener;

    public static void Start()
    {
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static TcpClient Connect() => new TcpClient(""127.0.0.1"", Server.Port);
}", Key, FixReferences.None);

        [Fact]
        public Task Kestrel_UrlWrittenAgainInClient_ReadsAppUrls()
            => Verify.VerifyAsync(@"
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
class C
{
    async Task M()
    {
        var app = WebApplication.CreateBuilder().Build();
        app.Urls.Add({|PORT001:""http://127.0.0.1:51340""|});
        await app.StartAsync();
        using var http = new HttpClient();
        await http.GetStringAsync(""http://127.0.0.1:51340/ping"");
    }
}".Replace("{|PORT001:\"http://127.0.0.1:51340\"|}", "\"http://127.0.0.1:{|PORT001:51340|}\""), @"
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
class C
{
    async Task M()
    {
        var app = WebApplication.CreateBuilder().Build();
        app.Urls.Add(""http://127.0.0.1:0"");
        await app.StartAsync();
        var appPort = new System.Uri(app.Urls.First()).Port;
        using var http = new HttpClient();
        await http.GetStringAsync($""http://127.0.0.1:{appPort}/ping"");
    }
}", Key);

        [Fact]
        public Task Kestrel_ListenLocalhostConstField_ClientUrlHole()
            => Verify.VerifyAsync(@"
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
class Tests
{
    private const int Port = 51341;

    async Task M()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.ConfigureKestrel(o => o.ListenLocalhost({|PORT001:Port|}));
        var app = builder.Build();
        await app.StartAsync().WaitAsync(System.TimeSpan.FromSeconds(10));
        using var http = new HttpClient();
        await http.GetStringAsync($""http://localhost:{Port}/ping"");
    }
}", @"
using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
class Tests
{
    private int Port;

    async Task M()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        await app.StartAsync().WaitAsync(System.TimeSpan.FromSeconds(10));
        Port = new Uri(System.Linq.Enumerable.First(app.Urls)).Port;
        using var http = new HttpClient();
        await http.GetStringAsync($""http://localhost:{Port}/ping"");
    }
}", Key);

        [Fact]
        public Task Kestrel_UrlHoleOfConstLocal_ClientHoleReadsBoundPort()
            => Verify.VerifyAsync(@"
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
class C
{
    async Task M()
    {
        const int port = 51349;
        var app = WebApplication.CreateBuilder().Build();
        app.Urls.Add($""http://127.0.0.1:{{|PORT001:port|}}"");
        await app.StartAsync().ConfigureAwait(false);
        using var http = new HttpClient { BaseAddress = new System.Uri($""http://127.0.0.1:{port}/"") };
    }
}", @"
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
class C
{
    async Task M()
    {
        int port = 0;
        var app = WebApplication.CreateBuilder().Build();
        app.Urls.Add(""http://127.0.0.1:0"");
        await app.StartAsync().ConfigureAwait(false);
        port = new System.Uri(System.Linq.Enumerable.First(app.Urls)).Port;
        using var http = new HttpClient { BaseAddress = new System.Uri($""http://127.0.0.1:{port}/"") };
    }
}", Key);

        [Fact]
        public Task PortUsedInAnotherMemberAsLiteral_PortZeroNotFirstAndUnderItsOwnKey()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void Start() => new TcpListener(IPAddress.Loopback, {|PORT001:51344|}).Start();

    TcpClient Connect() => new TcpClient(""127.0.0.1"", 51344);
}", @"
using System.Net;
using System.Net.Sockets;
class C
{
    void Start() => new TcpListener(IPAddress.Loopback, 0).Start();

    TcpClient Connect() => new TcpClient(""127.0.0.1"", 51344);
}", UnwiredKey, FixReferences.None);

        [Fact]
        public Task PortUsedInAnotherMember_NoRewiredPortZero()
            => Verify.VerifyNoFixAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void Start() => new TcpListener(IPAddress.Loopback, {|PORT001:51344|}).Start();

    TcpClient Connect() => new TcpClient(""127.0.0.1"", 51344);
}", Key, FixReferences.None);

        [Fact]
        public async Task PortWrittenInAnotherFile_NoRewiredPortZero()
        {
            const string Source = @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        var listener = new TcpListener(IPAddress.Loopback, {|PORT001:51351|});
        listener.Start();
    }
}";
            const string Client = @"
class Client
{
    const string Url = ""http://127.0.0.1:51351/"";
}";
            var test = await Verify.CreateAsync(Source, Source, Key, FixReferences.None);
            test.TestState.Sources.Add(("/0/Client.cs", Client));
            test.FixedState.Sources.Add(("/0/Client.cs", Client));
            await test.RunAsync();
        }

        [Fact]
        public Task PublicConstUsedElsewhere_NoRewiredPortZero()
            => Verify.VerifyNoFixAsync(@"
using System.Net;
using System.Net.Sockets;
public static class Ports
{
    public const int Echo = 51345;
}
class C
{
    void M()
    {
        var listener = new TcpListener(IPAddress.Loopback, {|PORT001:Ports.Echo|});
        listener.Start();
        using var client = new TcpClient(""127.0.0.1"", Ports.Echo);
    }
}", Key, FixReferences.None);

        [Fact]
        public Task ConstUsedInCaseLabel_NoRewiredPortZero()
            => Verify.VerifyNoFixAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    private const int Port = 51346;

    void M(int p)
    {
        var listener = new TcpListener(IPAddress.Loopback, {|PORT001:Port|});
        listener.Start();
        switch (p) { case Port: break; }
    }
}", Key, FixReferences.None);

        [Fact]
        public Task ServerNeverStartedInView_UsesLeftBehind_NoRewiredPortZero()
            => Verify.VerifyNoFixAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    const int Port = 51347;

    TcpListener Create() => new TcpListener(IPAddress.Loopback, {|PORT001:Port|});

    TcpClient Connect() => new TcpClient(""127.0.0.1"", Port);
}", Key, FixReferences.None);

        [Fact]
        public Task LiteralBeforeTheServerBinds_NoRewiredPortZero()
            => Verify.VerifyNoFixAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        var url = ""http://127.0.0.1:51348/"";
        var listener = new TcpListener(IPAddress.Loopback, {|PORT001:51348|});
        listener.Start();
        System.Console.WriteLine(url);
    }
}", Key, FixReferences.None);

        [Fact]
        public async Task TestCode_Unsafe_ConfigurationComesFirst()
        {
            var test = await Verify.CreateAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void Start() => new TcpListener(IPAddress.Loopback, {|PORT001:51344|}).Start();

    TcpClient Connect() => new TcpClient(""127.0.0.1"", 51344);
}", @"
using System.Net;
using System.Net.Sockets;
class C
{
    void Start() => new TcpListener(IPAddress.Loopback, int.TryParse(System.Environment.GetEnvironmentVariable(""C_PORT""), out var cPort) ? cPort : 51344).Start();

    TcpClient Connect() => new TcpClient(""127.0.0.1"", 51344);
}", FixedServerPortCodeFixProvider.ReadPortFromConfigurationKey, FixReferences.TestFramework);
            test.CodeActionIndex = 0;
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(FixedServerPortCodeFixProvider.ReadPortFromConfigurationTitle, action.Title);
            await test.RunAsync();
        }
    }
}
