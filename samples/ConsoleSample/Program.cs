using System.Net;
using System.Net.Sockets;

// A fixed port in the Windows-reserved block 50000-50059: PORT001.
var listener = new TcpListener(IPAddress.Loopback, 50000);

// A constant declared elsewhere: PORT001 at the binding site.
var udp = new UdpClient(Ports.Discovery);

// An endpoint held in a local, bound through Socket.Bind: PORT002 (Linux's ephemeral range).
var endPoint = new IPEndPoint(IPAddress.Any, 40000);
using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
socket.Bind(endPoint);

// HttpListener prefixes are URLs: PORT001 on the digits.
var http = new HttpListener();
http.Prefixes.Add("http://+:51000/");

// Out of range: PORT003.
var broken = new IPEndPoint(IPAddress.Loopback, 70000);

// Not reported: port 0 lets the OS pick, clients connect, configuration decides.
var free = new TcpListener(IPAddress.Loopback, 0);
using var client = new TcpClient();
var configured = int.TryParse(Environment.GetEnvironmentVariable("SAMPLE_PORT"), out var p) ? p : 0;
Console.WriteLine($"See http://localhost:50000 for details; configured port {configured}");

internal static class Ports
{
    public const int Discovery = 60000;
}
