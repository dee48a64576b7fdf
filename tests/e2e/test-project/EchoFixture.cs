using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace PortTests
{
    /// <summary>Scenario f: a fixture whose echo server and client both use the class's port constant.</summary>
    public sealed class EchoFixture : IDisposable
    {
        private const int Port = 51342;

        private TcpListener? _listener;
        private Task? _loop;

        /// <summary>The port the listener is bound to.</summary>
        public int BoundPort => _listener is null ? -1 : ((IPEndPoint)_listener.LocalEndpoint).Port;

        public void Start()
        {
            _listener = new TcpListener(IPAddress.Loopback, Port);
            _listener.Start();
            var listener = _listener;
            _loop = Task.Run(async () =>
            {
                while (true)
                {
                    TcpClient connection;
                    try
                    {
                        connection = await listener.AcceptTcpClientAsync().ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is SocketException || e is ObjectDisposedException || e is InvalidOperationException)
                    {
                        return;
                    }

                    using (connection)
                    {
                        var stream = connection.GetStream();
                        var buffer = new byte[256];
                        var read = await stream.ReadAsync(buffer, 0, buffer.Length).WaitAsync(Limits.Step).ConfigureAwait(false);
                        await stream.WriteAsync(buffer, 0, read).ConfigureAwait(false);
                    }
                }
            });
        }

        public string Ping()
        {
            using var client = new TcpClient();
            client.ReceiveTimeout = (int)Limits.Step.TotalMilliseconds;
            client.SendTimeout = (int)Limits.Step.TotalMilliseconds;
            client.Connect("127.0.0.1", Port);
            var stream = client.GetStream();
            var message = System.Text.Encoding.ASCII.GetBytes("ping");
            stream.Write(message, 0, message.Length);
            var buffer = new byte[256];
            var read = stream.Read(buffer, 0, buffer.Length);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read);
        }

        public void Dispose()
        {
            _listener?.Stop();
            _loop?.Wait(Limits.Step);
        }
    }
}
