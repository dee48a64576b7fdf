using System.Collections.Generic;

namespace PortLint.Tests.Robustness
{
    /// <summary>
    /// Representative sources covering every sink, added to the sources extracted from the test files so the mutation test
    /// covers every binding API however few rule tests exist. Each uses its own type names so they compile together
    /// (the concurrency test puts them all in one compilation).
    /// </summary>
    internal static class Seeds
    {
        public static IReadOnlyList<string> All { get; } = new[]
        {
            """
            using System.Net;
            using System.Net.Sockets;
            class TcpSeed
            {
                const int Port = 50000;
                void M()
                {
                    new TcpListener(IPAddress.Any, 50000).Start();
                    new TcpListener(IPAddress.Loopback, Port + 1);
                    var listener = TcpListener.Create(61000);
                    var endpoint = new TcpListener(new IPEndPoint(IPAddress.Any, 40000));
                    TcpListener named = new(port: 55555, localaddr: IPAddress.IPv6Any);
                }
            }
            """,
            """
            using System.Net;
            using System.Net.Sockets;
            class UdpSeed
            {
                private readonly int _port = 50001;
                void M()
                {
                    using var a = new UdpClient(50000);
                    using var b = new UdpClient(_port, AddressFamily.InterNetworkV6);
                    using var c = new UdpClient(new IPEndPoint(IPAddress.Loopback, 36000));
                    using var d = new UdpClient("example.com", 50000);
                }
            }
            """,
            """
            using System.Net;
            using System.Net.Sockets;
            class SocketSeed
            {
                private static readonly IPEndPoint Shared = new IPEndPoint(IPAddress.Any, 50002);
                void M(Socket socket, Socket other)
                {
                    socket.Bind(new IPEndPoint(IPAddress.Any, 50000));
                    var endpoint = new IPEndPoint(IPAddress.Loopback, 49152 + 10);
                    other.Bind(endpoint);
                    socket.Bind(Shared);
                    socket?.Bind(new IPEndPoint(IPAddress.IPv6Any, 70000));
                    socket!.Bind((EndPoint)new IPEndPoint(IPAddress.Any, 65535));
                    var bad = new IPEndPoint(IPAddress.Any, -1);
                }
            }
            """,
            """
            using System.Net;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.AspNetCore.Server.Kestrel.Core;
            class KestrelSeed
            {
                void M(KestrelServerOptions options)
                {
                    options.Listen(IPAddress.Loopback, 50000);
                    options.Listen(new IPEndPoint(IPAddress.Any, 50001), o => o.UseConnectionLogging());
                    options.ListenLocalhost(0);
                    options.ListenLocalhost(61000);
                    options.ListenAnyIP(40000, o => { });
                    options.Listen(IPAddress.Any, 0);
                }
            }
            """,
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            class UrlSeed
            {
                const string Host = "localhost";
                const int Port = 50000;
                static readonly string[] Urls = { "http://localhost:50005" };
                void M(string[] args)
                {
                    var builder = WebApplication.CreateBuilder(args);
                    builder.WebHost.UseUrls("http://localhost:50000", "https://*:50001;http://[::1]:61000");
                    builder.WebHost.UseUrls(Urls);
                    builder.WebHost.UseSetting("urls", "http://+:50002");
                    builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, $"http://{Host}:{Port}");
                    var app = builder.Build();
                    app.Urls.Add("http://localhost:" + Port);
                    app.Urls.Add($"http://0.0.0.0:{Port + 3}/api");
                    app.Urls.Add(@"http://localhost:0");
                    app.Run("http://localhost:50004");
                }

                System.Threading.Tasks.Task N(WebApplication app) => app.RunAsync($"https://{"localhost"}:{40000}");
            }
            """,
            """
            using System.Net;
            using Microsoft.AspNetCore.Hosting.Server.Features;
            class PrefixSeed
            {
                void M(IServerAddressesFeature feature, HttpListener listener)
                {
                    feature.Addresses.Add("http://127.0.0.1:50000");
                    listener.Prefixes.Add("http://localhost:50001/");
                    listener.Prefixes.Add("http://*:99999/");
                    var prefix = "http://+:61000/";
                    listener.Prefixes.Add(prefix);
                }
            }
            """,
            """
            using System.Net;
            using System.Net.Sockets;
            class ValueSeed
            {
                private int _written = 50000;
                private readonly long _big = 5000000000;
                void M(bool flag)
                {
                    var port = 50000;
                    port++;
                    new TcpListener(IPAddress.Any, port);
                    int twice = 50001;
                    twice = 50002;
                    new TcpListener(IPAddress.Any, twice);
                    (int a, int b) = (50003, 50004);
                    new TcpListener(IPAddress.Any, a);
                    new TcpListener(IPAddress.Any, _written);
                    new TcpListener(IPAddress.Any, checked((int)_big));
                    new TcpListener(IPAddress.Any, flag ? 50005 : 50006);
                    new TcpListener(IPAddress.Any, (int)ulong.MaxValue);
                    new TcpListener(IPAddress.Any, unchecked((int)0xFFFFFFFF));
                    Take(ref _written);
                }

                void Take(ref int value) => value = 0;
            }
            """,
            """
            using System.Net;
            using System.Net.Sockets;
            var listener = new TcpListener(IPAddress.Any, 50000);
            var port = 61000;
            new UdpClient(port);
            listener.Start();
            """,
            """
            using Corpus = System.Net.Sockets;
            using L = System.Net.Sockets.TcpListener;
            using static System.Net.IPAddress;
            namespace Seeds.Aliases;
            class AliasSeed
            {
                void M()
                {
                    new L(Any, 50000);
                    new Corpus::TcpListener(Loopback, 50001);
                    new global::System.Net.Sockets.UdpClient(50002);
                }
            }
            """,
            """
            namespace Seeds.LookAlikes
            {
                class TcpListener
                {
                    public TcpListener(int port) { }
                    public static TcpListener Create(int port) => new TcpListener(port);
                }

                class Server
                {
                    public void Listen(int port) { }
                    public void Run(string url) { }
                    public System.Collections.Generic.List<string> Urls { get; } = new();
                }

                class LookAlikeSeed
                {
                    void M(Server server, Microsoft.Extensions.Configuration.IConfiguration configuration)
                    {
                        new TcpListener(50000);
                        TcpListener.Create(50000);
                        server.Listen(50000);
                        server.Run("http://localhost:50000");
                        server.Urls.Add("http://localhost:50000");
                        Microsoft.Extensions.Configuration.ConfigurationBinder.Bind(configuration, server);
                        System.Console.WriteLine("http://localhost:50000");
                        _ = new System.Uri("http://localhost:50000");
                    }
                }
            }
            """,
                    """
            namespace Seeds.Flow
            {
                using System;
                using System.Net;
                using System.Net.Sockets;

                static class Harness
                {
                    public static TcpListener StartServer(int port = 51337) => Bind(IPAddress.Loopback, port + 1);
                    static TcpListener Bind(IPAddress address, int port) { var l = new TcpListener(address, port); l.Start(); return l; }
                    static void Recurse(int port) { if (port > 0) Recurse(port); new UdpClient(port).Close(); }
                    static void Test() { StartServer(51338); Recurse(51339); Action<int> start = p => StartServer(p); start(51340); }
                }

                abstract class ServerBase(int port)
                {
                    private readonly int _port = port;
                    public void Start() => new TcpListener(IPAddress.Any, _port).Start();
                }

                sealed class EchoServer() : ServerBase(51341);

                sealed record Fixture(string Name, int Port)
                {
                    public Fixture() : this("echo", 51342) { }
                    public void Start() => new TcpListener(IPAddress.Any, Port).Start();
                }

                public class Theories
                {
                    [Xunit.Theory]
                    [Xunit.InlineData(51343)]
                    public void Binds(int port) => Harness.StartServer(port);
                }
            }
            """,
        };
    }
}
