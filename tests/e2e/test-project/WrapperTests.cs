using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace PortTests
{
    /// <summary>
    /// Scenario h: the fixed port is passed to a helper in another file (EchoHarness.cs), which binds it; the test reaches the
    /// server through the port the listener reports. PortLint reports the port where it is passed, and the fix reads it from
    /// configuration there (ECHO_PORT), keeping 51343 as the default.
    /// </summary>
    public sealed class WrapperTests
    {
        private readonly ITestOutputHelper _output;

        public WrapperTests(ITestOutputHelper output) => _output = output;

        [Fact(Timeout = Limits.TestMilliseconds)]
        public async Task H_HelperInAnotherFile()
        {
            var echo = EchoHarness.Start(51343);
            try
            {
                var port = ((IPEndPoint)echo.LocalEndpoint).Port;
                _output.WriteLine($"scenario h bound port {port}");
                var server = EchoAsync(echo);
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port).WaitAsync(Limits.Step);
                var stream = client.GetStream();
                var bytes = Encoding.ASCII.GetBytes("hello h");
                await stream.WriteAsync(bytes, 0, bytes.Length).WaitAsync(Limits.Step);
                var buffer = new byte[256];
                var read = await stream.ReadAsync(buffer, 0, buffer.Length).WaitAsync(Limits.Step);
                Assert.Equal("hello h", Encoding.ASCII.GetString(buffer, 0, read));
                await server.WaitAsync(Limits.Step);
            }
            finally
            {
                echo.Stop();
            }
        }

        private static async Task EchoAsync(TcpListener listener)
        {
            using var connection = await listener.AcceptTcpClientAsync().WaitAsync(Limits.Step);
            var stream = connection.GetStream();
            var buffer = new byte[256];
            var read = await stream.ReadAsync(buffer, 0, buffer.Length).WaitAsync(Limits.Step);
            await stream.WriteAsync(buffer, 0, read).WaitAsync(Limits.Step);
        }
    }
}
