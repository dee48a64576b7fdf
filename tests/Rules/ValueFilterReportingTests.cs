using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Rules;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;

namespace PortLint.Tests.Rules
{
    /// <summary>
    /// Issue 12: the values the syntax filter reads before the semantic model (<c>tests/Units/ValueFilterTests.cs</c>) are still
    /// reported where they are constants, and what it stops is nothing the rules report: a local's one value, top-level
    /// statements' locals and <c>out</c> variables, a constant of the project read by name, instance members of variables.
    /// </summary>
    public sealed class ValueFilterReportingTests
    {
        private const string Both = "the dynamic range 49152-65535 (IANA, Windows, macOS) and Linux's ephemeral range 32768-60999";
        private const string TcpListenerApi = "TcpListener(IPAddress, int)";

        private const string Usings = @"
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
";

        private static DiagnosticResult Port001(int location, string port, string api = TcpListenerApi)
            => Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(location).WithArguments(port, api, Both);

        private static Task VerifyProgramAsync(string source, params DiagnosticResult[] expected)
            => Verify.VerifyAsync(source, editorConfig: null, test => test.TestState.OutputKind = OutputKind.ConsoleApplication, expected);

        [Fact]
        public Task TopLevelStatements_LocalsOutVariablesAndLaterWrites()
            => VerifyProgramAsync(Usings + @"
var fixedPort = 51337;
new TcpListener(IPAddress.Any, {|#0:fixedPort|}).Start();
var registered = 8080;
new TcpListener(IPAddress.Any, registered).Start();
if (!int.TryParse(args[0], out var configured)) return;
new TcpListener(IPAddress.Any, configured).Start();
var fromArgs = int.Parse(args[1]);
new TcpListener(IPAddress.Any, fromArgs).Start();
var later = 8080;
later = 51338;
new TcpListener(IPAddress.Any, {|#1:later|}).Start();
var url = ""http://+:51339/"";
new HttpListener().Prefixes.Add({|#2:url|});
",
                Port001(0, "51337"),
                Port001(1, "51338"),
                Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(2).WithArguments("51339", "HttpListener.Prefixes.Add", Both));

        [Fact]
        public Task ConstantsOfTheProject_ReadByName_OnEveryPath()
            => Verify.VerifyAsync(Usings + @"
static class Ports
{
    public const int Web = 8080;
    public const int Secure = 8443;
    public const int Echo = 51340;
}

class C
{
    void M(bool tls)
    {
        new TcpListener(IPAddress.Any, tls ? Ports.Secure : Ports.Web).Start();
        new TcpListener(IPAddress.Any, {|#0:tls ? Ports.Echo : Ports.Web|}).Start();
        new TcpListener(IPAddress.Any, {|#1:Ports.Echo|}).Start();
    }
}",
                Port001(0, "51340 (51340 or 8080 on different paths)"),
                Port001(1, "51340"));

        [Fact]
        public Task InstanceMembersOfVariables_AndOwnCollections_AreNotReported()
            => Verify.VerifyAsync(Usings + @"
class Config
{
    public int Port { get; set; } = 51341;
}

class Host
{
    List<string> Prefixes { get; } = new List<string>();

    void M(Config config, IPEndPoint endPoint, List<IPEndPoint> endPoints)
    {
        new TcpListener(IPAddress.Any, config.Port).Start();
        new TcpListener(IPAddress.Any, endPoint.Port).Start();
        foreach (var e in endPoints)
        {
            new TcpListener(IPAddress.Any, e.Port).Start();
        }

        Prefixes.Add(""http://+:51342/"");
        new TcpListener(IPAddress.Loopback, 0).Start();
    }
}");
    }
}
