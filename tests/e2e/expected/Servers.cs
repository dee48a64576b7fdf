using System.Net;
using System.Net.Sockets;

namespace FormatSample
{
    internal static class Ports
    {
        public const int Metrics = 55000;
    }

    internal sealed class EchoServer
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, int.TryParse(System.Environment.GetEnvironmentVariable("LISTENER_PORT"), out var listenerPort) ? listenerPort : 50100);

        public void Start() => _listener.Start();

        public static HttpListener CreateHttpListener()
        {
            var listener = new HttpListener();
            listener.Prefixes.Add(System.Environment.GetEnvironmentVariable("LISTENER_PREFIX") ?? "http://127.0.0.1:52000/");
            return listener;
        }

        public static Socket BindMetrics()
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, int.TryParse(System.Environment.GetEnvironmentVariable("SOCKET_PORT"), out var socketPort) ? socketPort : Ports.Metrics));
            return socket;
        }
    }
}
