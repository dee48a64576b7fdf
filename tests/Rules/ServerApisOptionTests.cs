using System.Threading.Tasks;
using PortLint.Rules;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;
using static PortLint.Tests.Infrastructure.RangeTexts;

namespace PortLint.Tests.Rules
{
    /// <summary>
    /// <c>dotnet_code_quality.server_apis</c>: a project's own server APIs, declared as documentation-comment IDs, are sinks like
    /// the catalogue's, matched by symbol; malformed entries are ignored.
    /// </summary>
    public sealed class ServerApisOptionTests
    {
        private const string FakeServer = @"
namespace Acme.Testing
{
    public sealed class FakeServer
    {
        public FakeServer(int port) { }
        public FakeServer(string url, int retries) { }
        public static FakeServer Start(int port) => new FakeServer(port);
        public static FakeServer Start(string host, int port, int backlog) => new FakeServer(port);
        public void Ping(int port) { }
    }

    public sealed class ServerOptions
    {
        public int Port { get; set; }
        public string[] Urls { get; set; } = new string[0];
    }
}
";

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Port001(int location, string port, string api)
            => Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(location).WithArguments(port, api, Both);

        [Fact]
        public Task DeclaredMethodsConstructorsAndProperties_AreSinks()
            => Verify.VerifyAsync(FakeServer + @"
namespace App
{
    using Acme.Testing;

    class Tests
    {
        const int Port = 51337;

        void M()
        {
            FakeServer.Start({|#0:51000|});
            FakeServer.Start(""localhost"", port: {|#1:Port|}, backlog: 10);
            var server = new FakeServer({|#2:51001|});
            _ = new FakeServer(""http://127.0.0.1:{|#3:51002|}"", 3);
            var options = new ServerOptions { Port = {|#4:51003|}, Urls = new[] { ""http://localhost:{|#5:51004|}"" } };
            options.Port = {|#6:51005|};
            server.Ping(51006);
        }
    }
}",
                "dotnet_code_quality.server_apis = M:Acme.Testing.FakeServer.Start:port | M:Acme.Testing.FakeServer..ctor(System.Int32) | M:Acme.Testing.FakeServer..ctor(System.String,System.Int32):url | P:Acme.Testing.ServerOptions.Port | P:Acme.Testing.ServerOptions.Urls",
                Port001(0, "51000", "FakeServer.Start(int)"),
                Port001(1, "51337", "FakeServer.Start(string, int, int)"),
                Port001(2, "51001", "FakeServer(int)"),
                Port001(3, "51002", "FakeServer(string, int)"),
                Port001(4, "51003", "ServerOptions.Port"),
                Port001(5, "51004", "ServerOptions.Urls"),
                Port001(6, "51005", "ServerOptions.Port"));

        [Fact]
        public Task AnExactOverload_IsOnlyThatOverload()
            => Verify.VerifyAsync(FakeServer + @"
class Tests
{
    void M()
    {
        Acme.Testing.FakeServer.Start({|#0:51000|});
        Acme.Testing.FakeServer.Start(""localhost"", 51001, 10);
    }
}",
                "dotnet_code_quality.server_apis = M:Acme.Testing.FakeServer.Start(System.Int32)",
                Port001(0, "51000", "FakeServer.Start(int)"));

        [Fact]
        public Task WithoutTheOption_OwnApisAreNotSinks()
            => Verify.VerifyAsync(FakeServer + @"
class Tests
{
    void M() => Acme.Testing.FakeServer.Start(51000);
}");

        [Fact]
        public Task AnAmbiguousOverload_NeedsTheParameterNamed()
            => Verify.VerifyAsync(FakeServer + @"
class Tests
{
    void M() => Acme.Testing.FakeServer.Start(""localhost"", 51001, 10);
}",
                // Start(string, int, int) has two integer parameters: without the parameter named, it is left out.
                "dotnet_code_quality.server_apis = M:Acme.Testing.FakeServer.Start(System.String,System.Int32,System.Int32)");

        [Theory]
        [InlineData("garbage")]
        [InlineData("M:")]
        [InlineData("M:NoType")]
        [InlineData("T:Acme.Testing.FakeServer")]
        [InlineData("P:Acme.Testing.ServerOptions.Port:port")]
        [InlineData("M:Acme.Testing.FakeServer.Start(System.Int32:port")]
        [InlineData("M:Acme.Testing.FakeServer.Start(System.Int32):")]
        [InlineData("M:Acme.Testing.FakeServer.Start(System.Int32):1port")]
        [InlineData("M:Acme.Testing.Missing.Start(System.Int32):port")]
        [InlineData("M:Acme.Testing.FakeServer.Start(System.Int32):missing")]
        [InlineData("P:Acme.Testing.ServerOptions.Missing")]
        [InlineData("M:..ctor")]
        [InlineData("||| |")]
        public Task AMalformedOrUnknownEntry_IsIgnored(string entry)
            => Verify.VerifyAsync(FakeServer + @"
class Tests
{
    void M()
    {
        Acme.Testing.FakeServer.Start(51000);
        new Acme.Testing.FakeServer(""localhost"", {|#0:51001|});
    }
}",
                // The valid entry after the malformed one still applies.
                "dotnet_code_quality.server_apis = " + entry + " | M:Acme.Testing.FakeServer..ctor(System.String,System.Int32):retries",
                Port001(0, "51001", "FakeServer(string, int)"));

        [Fact]
        public Task AClientInTheCatalogue_StaysAClient_AndLookAlikesOfDeclaredApisAreNot()
            => Verify.VerifyAsync(FakeServer + @"
namespace Other
{
    public static class FakeServer
    {
        public static void Start(int port) { }
    }

    class Tests
    {
        void M(System.Net.Sockets.TcpClient client)
        {
            FakeServer.Start(51000);
            client.Connect(""localhost"", 51001);
            // Acme.Testing.FakeServer.Start(51002);
            System.Console.WriteLine(""FakeServer.Start(51003)"");
        }
    }
}",
                "dotnet_code_quality.server_apis = M:Acme.Testing.FakeServer.Start");

        [Fact]
        public Task ADeclaredApi_InAGlobalConfig_AppliesToEveryFile()
            => Verify.VerifyAsync(FakeServer + @"
class Tests
{
    void M() => Acme.Testing.FakeServer.Start({|#0:51000|});
}",
                editorConfig: null,
                test => test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_code_quality.server_apis = M:Acme.Testing.FakeServer.Start(System.Int32):port\n")),
                Port001(0, "51000", "FakeServer.Start(int)"));
    
        [Fact]
        public Task AHashInAnEditorConfigValue_StartsAComment_SoConstructorsAreWrittenDotCtor()
            => Verify.VerifyAsync(FakeServer + @"
class Tests
{
    void M()
    {
        new Acme.Testing.FakeServer(51000);
        new Acme.Testing.FakeServer(""http://127.0.0.1:{|#0:51001|}"", 3);
    }
}",
                // "#ctor(System.Int32)" is cut at '#': the entry is malformed and ignored; "..ctor" is read.
                "dotnet_code_quality.server_apis = M:Acme.Testing.FakeServer..ctor(System.String,System.Int32):url | M:Acme.Testing.FakeServer.#ctor(System.Int32)",
                Port001(0, "51001", "FakeServer(string, int)"));
    }
}
