using System.Threading.Tasks;
using PortLint.Rules;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;

namespace PortLint.Tests.Robustness
{
    /// <summary>
    /// Regressions found by issue 5's bench and robustness work. The mutation test found no crash; the bench found
    /// SingleAssignment walking a whole type once per field reference (quadratic). These pin the single-assignment rules the
    /// indexed rewrite must keep, as issue 11 extended them: a write overwritten before the read no longer hides the value that
    /// reaches it, and a field written elsewhere with a constant is a second path (see ValueFlowTests).
    /// </summary>
    public sealed class RegressionTests
    {
        private const string Both = "the dynamic range 49152-65535 (IANA, Windows, macOS) and Linux's ephemeral range 32768-60999";

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Port001(int location, string port)
            => Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(location).WithArguments(port, "TcpListener(IPAddress, int)", Both);

        [Fact]
        public Task SingleAssignment_FieldsOfOneType_EachFollowedOnItsOwn()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    private readonly int _a = 55555;
    private readonly int _b;
    private int _written = 55557;
    private int _incremented = 55558;
    private int _deconstructed = 55559;
    private int _byRef = 55560;

    C() { _b = 55556; _written = 55561; }

    void M()
    {
        new TcpListener(IPAddress.Any, {|#0:_a|});
        new TcpListener(IPAddress.Any, {|#1:_b|});
        new TcpListener(IPAddress.Any, {|#2:_written|});
        _incremented++;
        new TcpListener(IPAddress.Any, _incremented);
        (_deconstructed, var other) = (1, 2);
        new TcpListener(IPAddress.Any, _deconstructed);
        Take(ref _byRef);
        new TcpListener(IPAddress.Any, _byRef);
    }

    static void Take(ref int value) { }
}", Port001(0, "55555"), Port001(1, "55556"), Port001(2, "55561")); // the only constructor overwrites _written first

        [Fact]
        public Task SingleAssignment_Locals_OverwriteGivesTheLastValue_IncrementGivesNoValue()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        var once = 55555;
        new TcpListener(IPAddress.Any, {|#0:once|});
        int later;
        later = 55556;
        new TcpListener(IPAddress.Any, {|#1:later|});
        var twice = 55557;
        twice = 55558;
        new TcpListener(IPAddress.Any, {|#2:twice|});
        var bumped = 55559;
        ++bumped;
        new TcpListener(IPAddress.Any, bumped);
        var (x, y) = (1, 2);
        var z = 55560;
        (z, x) = (x, z);
        new TcpListener(IPAddress.Any, z);
    }
}", Port001(0, "55555"), Port001(1, "55556"), Port001(2, "55558"));

        [Fact]
        public Task SingleAssignment_SameNameInAnotherTypeDoesNotCount_ButWritesThroughMemberAccessDo()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    private readonly int _port = 55555;
    private int _shared = 55556;

    void M(C other)
    {
        new TcpListener(IPAddress.Any, {|#0:_port|});
        other._shared = 1;
        new TcpListener(IPAddress.Any, {|#1:_shared|});
    }
}

class D
{
    private int _port;
    void N() { _port = 1; _port = 2; }
}", Port001(0, "55555"), Port001(1, "55556 (_shared is 55556 or 1 on different paths)"));

        /// <summary>
        /// Found by the full mutation run: with a half-typed last using (no semicolon), a fix that added a using glued it to
        /// that line and made the file worse. The fixes now qualify the name instead.
        /// </summary>
        [Theory]
        [InlineData("using Microsoft.AspNetCore.Hosting$\";")]
        [InlineData("using Microsoft.AspNetCore.Hosting\"\"\".Server.Features;")]
        public async Task CodeFixes_NextToAHalfTypedUsing_DoNotAddAUsing(string brokenUsing)
        {
            var source = "using System.Net;\nusing Microsoft.AspNetCore.Builder;\n" + brokenUsing + "\n\n"
                + "var builder = WebApplication.CreateBuilder(args);\n"
                + "builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Any, 50000));\n"
                + "builder.WebHost.ConfigureKestrel(options => options.ListenLocalhost(50001));\n";
            var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, RobustnessHost.ParseOptions, path: "/0/Program.cs");
            var outcome = await AnalysisRunner.AnalyzeAsync(new[] { tree });
            Assert.Empty(outcome.Failures);
            Assert.Contains(outcome.Diagnostics, d => d.Id == RuleIds.DynamicRangePort);

            var (failures, applied) = await AnalysisRunner.FixAllAsync(source, outcome.Diagnostics, maxDiagnostics: 10);
            Assert.Empty(failures);
            Assert.True(applied >= 3, "fix actions applied: " + applied);
        }
    }
}
