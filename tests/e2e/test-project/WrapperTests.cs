using System.Net;
using System.Net.Sockets;
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
                var server = ServerTests.EchoOnceAsync(echo);
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port).WaitAsync(Limits.Step);
                Assert.Equal("hello h", await ServerTests.RoundTripAsync(client, "hello h"));
                await server.WaitAsync(Limits.Step);
            }
            finally
            {
                echo.Stop();
            }
        }
    }
}
