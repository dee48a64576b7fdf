using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Analyzers;
using PortLint.Rules;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;

namespace PortLint.Tests.Rules
{
    /// <summary>
    /// Ports that reach a catalogued API through the project's own methods, constructors, local functions and initializers
    /// (derived sinks, issue 11): reported where the constant is passed, with the path in the message.
    /// </summary>
    public sealed class PortFlowTests
    {
        private const string Both = "the dynamic range 49152-65535 (IANA, Windows, macOS) and Linux's ephemeral range 32768-60999";

        private static DiagnosticResult Port001(int location, string port, string path)
            => Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(location).WithArguments(port, path, Both);

        [Fact]
        public Task Method_OneLevel()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class Harness
{
    static TcpListener StartServer(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        return listener;
    }

    void Test() => StartServer({|#0:51337|});
}", Port001(0, "51337", "Harness.StartServer(int), then TcpListener(IPAddress, int)"));
    }
}
