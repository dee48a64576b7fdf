using System.Net;
using System.Net.Sockets;

namespace PortTests
{
    /// <summary>Scenario h: a helper in a file of its own starts the server on the port its caller passes.</summary>
    public static class EchoHarness
    {
        public static TcpListener Start(int port)
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return listener;
        }
    }
}
