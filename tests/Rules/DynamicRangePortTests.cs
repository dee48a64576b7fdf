using System.Threading.Tasks;
using PortLint.Analyzers;
using PortLint.Rules;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;

namespace PortLint.Tests.Rules
{
    /// <summary>PORT001: a server binds a fixed port in the dynamic range 49152-65535.</summary>
    public sealed class DynamicRangePortTests
    {
        private const string Both = "the dynamic range 49152-65535 (IANA, Windows, macOS) and Linux's ephemeral range 32768-60999";
        private const string WindowsBlock = "; Windows often reserves 50000-50059 outright";

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Port001(int location, string port, string api, string ranges)
            => Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(location).WithArguments(port, api, ranges);

        [Fact]
        public Task TcpListener_LiteralPort_InWindowsBlock()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:50000|}).Start();
}", Port001(0, "50000", "TcpListener(IPAddress, int)", Both + WindowsBlock));

        [Fact]
        public Task TcpListener_PortAboveLinuxRange_NamesOnlyDynamicRange()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Loopback, {|#0:61000|});
}", Port001(0, "61000", "TcpListener(IPAddress, int)", "the dynamic range 49152-65535 (IANA, Windows, macOS)"));

        [Fact]
        public Task UrlSink_LocalhostPort()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app) => app.Urls.Add(""http://localhost:{|#0:55555|}"");
}", Port001(0, "55555", "WebApplication.Urls.Add", Both));
    }
}
