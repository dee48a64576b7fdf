using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;
using Xunit.Abstractions;

namespace PortTests
{
    /// <summary>
    /// Each test starts a server on a fixed port and reaches it through that port. tests/e2e/testproject.sh runs them
    /// before and after `dotnet format analyzers`; each prints "scenario X bound port N" with the port it really bound.
    /// </summary>
    public sealed class ServerTests
    {
        private const int Port = 51341;

        private readonly ITestOutputHelper _output;

        public ServerTests(ITestOutputHelper output) => _output = output;

        [Fact(Timeout = Limits.TestMilliseconds)]
        public async Task A_TcpListenerOnLocalConst()
        {
            const int Port = 51337;
            var listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Start();
            try
            {
                _output.WriteLine($"scenario a bound port {((IPEndPoint)listener.LocalEndpoint).Port}");
                var server = EchoOnceAsync(listener);
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port).WaitAsync(Limits.Step);
                Assert.Equal("hello a", await RoundTripAsync(client, "hello a"));
                await server.WaitAsync(Limits.Step);
            }
            finally
            {
                listener.Stop();
            }
        }

        [Fact(Timeout = Limits.TestMilliseconds)]
        public async Task B_UdpClientOnLiteral()
        {
            using var server = new UdpClient(new IPEndPoint(IPAddress.Loopback, 51338));
            _output.WriteLine($"scenario b bound port {((IPEndPoint)server.Client.LocalEndPoint!).Port}");
            using var client = new UdpClient();
            var bytes = Encoding.ASCII.GetBytes("hello b");
            await client.SendAsync(bytes, bytes.Length, new IPEndPoint(IPAddress.Loopback, 51338)).WaitAsync(Limits.Step);
            var received = await server.ReceiveAsync().WaitAsync(Limits.Step);
            Assert.Equal("hello b", Encoding.ASCII.GetString(received.Buffer));
        }

        [Fact(Timeout = Limits.TestMilliseconds)]
        public async Task C_SocketBoundToEndpoint()
        {
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            var endpoint = new IPEndPoint(IPAddress.Loopback, 51339);
            listener.Bind(endpoint);
            listener.Listen();
            _output.WriteLine($"scenario c bound port {((IPEndPoint)listener.LocalEndPoint!).Port}");
            var accept = listener.AcceptAsync();
            using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await client.ConnectAsync(endpoint).WaitAsync(Limits.Step);
            using var connection = await accept.WaitAsync(Limits.Step);
            await client.SendAsync(Encoding.ASCII.GetBytes("hello c"), SocketFlags.None).WaitAsync(Limits.Step);
            var buffer = new byte[64];
            var read = await connection.ReceiveAsync(buffer, SocketFlags.None).WaitAsync(Limits.Step);
            Assert.Equal("hello c", Encoding.ASCII.GetString(buffer, 0, read));
        }

        [Fact(Timeout = Limits.TestMilliseconds)]
        public async Task D_KestrelByUrl()
        {
            var builder = WebApplication.CreateBuilder();
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.Urls.Add("http://127.0.0.1:51340");
            app.MapGet("/ping", () => "pong");
            await app.StartAsync().WaitAsync(Limits.Step);
            try
            {
                _output.WriteLine($"scenario d bound port {BoundPort(app)}");
                using var http = new HttpClient { Timeout = Limits.Step };
                Assert.Equal("pong", await http.GetStringAsync("http://127.0.0.1:51340/ping"));
            }
            finally
            {
                await app.StopAsync().WaitAsync(Limits.Step);
                await app.DisposeAsync();
            }
        }

        [Fact(Timeout = Limits.TestMilliseconds)]
        public async Task E_KestrelListenLocalhost()
        {
            var builder = WebApplication.CreateBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(o => o.ListenLocalhost(Port));
            var app = builder.Build();
            app.MapGet("/ping", () => "pong");
            await app.StartAsync().WaitAsync(Limits.Step);
            try
            {
                _output.WriteLine($"scenario e bound port {BoundPort(app)}");
                using var http = new HttpClient { Timeout = Limits.Step };
                Assert.Equal("pong", await http.GetStringAsync($"http://localhost:{Port}/ping"));
            }
            finally
            {
                await app.StopAsync().WaitAsync(Limits.Step);
                await app.DisposeAsync();
            }
        }

        [Fact(Timeout = Limits.TestMilliseconds)]
        public async Task G_TcpListenerOnLowPort()
        {
            const int LowPort = 5123;
            var listener = new TcpListener(IPAddress.Loopback, LowPort);
            listener.Start();
            try
            {
                _output.WriteLine($"scenario g bound port {((IPEndPoint)listener.LocalEndpoint).Port}");
                var server = EchoOnceAsync(listener);
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", LowPort).WaitAsync(Limits.Step);
                Assert.Equal("hello g", await RoundTripAsync(client, "hello g"));
                await server.WaitAsync(Limits.Step);
            }
            finally
            {
                listener.Stop();
            }
        }

        internal static async Task EchoOnceAsync(TcpListener listener)
        {
            using var connection = await listener.AcceptTcpClientAsync().WaitAsync(Limits.Step);
            var stream = connection.GetStream();
            var buffer = new byte[256];
            var read = await stream.ReadAsync(buffer, 0, buffer.Length).WaitAsync(Limits.Step);
            await stream.WriteAsync(buffer, 0, read).WaitAsync(Limits.Step);
        }

        internal static async Task<string> RoundTripAsync(TcpClient client, string message)
        {
            var stream = client.GetStream();
            var bytes = Encoding.ASCII.GetBytes(message);
            await stream.WriteAsync(bytes, 0, bytes.Length).WaitAsync(Limits.Step);
            var buffer = new byte[256];
            var read = await stream.ReadAsync(buffer, 0, buffer.Length).WaitAsync(Limits.Step);
            return Encoding.ASCII.GetString(buffer, 0, read);
        }

        private static string BoundPort(WebApplication app)
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var ports = (addresses ?? Array.Empty<string>()).Select(a => new Uri(a.Replace("*", "localhost", StringComparison.Ordinal)).Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return string.Join(",", ports.Distinct());
        }
    }

    /// <summary>Scenario f: the port lives in a fixture class of its own (EchoFixture.cs).</summary>
    public sealed class FixtureTests
    {
        private readonly ITestOutputHelper _output;

        public FixtureTests(ITestOutputHelper output) => _output = output;

        [Fact(Timeout = Limits.TestMilliseconds)]
        public async Task F_FixtureEcho()
        {
            using var fixture = new EchoFixture();
            fixture.Start();
            _output.WriteLine($"scenario f bound port {fixture.BoundPort}");
            var reply = await Task.Run(fixture.Ping).WaitAsync(Limits.Step);
            Assert.Equal("ping", reply);
        }
    }
}
