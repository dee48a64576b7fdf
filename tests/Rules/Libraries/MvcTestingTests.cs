using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Rules;
using PortLint.Tests.Infrastructure;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;
using static PortLint.Tests.Infrastructure.RangeTexts;

namespace PortLint.Tests.Rules.Libraries
{
    /// <summary>
    /// Microsoft.AspNetCore.Mvc.Testing 10.0.15 (net10.0 only; .NET 10 and ASP.NET Core 10 references):
    /// <c>WebApplicationFactory&lt;TEntryPoint&gt;.UseKestrel(int port)</c> runs the app under test on a real Kestrel port
    /// (<c>UseKestrel()</c> and <c>UseKestrel(0)</c> take a dynamic one).
    /// </summary>
    public sealed class MvcTestingTests
    {
        private const string UseKestrel = "WebApplicationFactory.UseKestrel(int)";

        private const string Program = @"
public partial class Program
{
    public static void Main(string[] args) { }
}";

        private static DiagnosticResult Port001(int location, string port)
            => Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(location).WithArguments(port, UseKestrel, Both);

        private static async Task VerifyAsync(string source, params DiagnosticResult[] expected)
        {
            var configure = await HostingReferences.MvcTestingAsync();
            await Verify.VerifyAsync(source, null, configure, expected);
        }

        [Fact]
        public Task UseKestrel_Port_InFixtureAndDerivedFactory()
            => VerifyAsync(@"
using Microsoft.AspNetCore.Mvc.Testing;
public sealed class KestrelFactory : WebApplicationFactory<Program>
{
    private const int Port = 55556;

    public KestrelFactory()
    {
        this.UseKestrel({|#0:55555|});
    }

    public void Again() => UseKestrel(port: {|#1:Port|});
}

public sealed class Fixture
{
    public void Start()
    {
        var factory = new WebApplicationFactory<Program>();
        factory.UseKestrel({|#2:55557|});
        factory.StartServer();
        int port = 55558;
        new WebApplicationFactory<Program>().UseKestrel({|#3:port|});
    }
}" + Program,
                Port001(0, "55555"),
                Port001(1, "55556"),
                Port001(2, "55557"),
                Port001(3, "55558"));

        [Fact]
        public Task Negatives_DynamicPortsClientConfiguration()
            => VerifyAsync(@"
using System;
using Microsoft.AspNetCore.Mvc.Testing;
public sealed class Fixture
{
    public void Start(WebApplicationFactory<Program> factory)
    {
        factory.UseKestrel();
        factory.UseKestrel(0);
        factory.UseKestrel(port: int.Parse(Environment.GetEnvironmentVariable(""TEST_PORT"") ?? ""0""));
        factory.ClientOptions.BaseAddress = new Uri(""http://localhost:55555"");
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(""http://localhost:55556"") });
        // factory.UseKestrel(55557);
    }
}" + Program);

        [Fact]
        public Task Negative_LookAlikeFactoryInAnotherNamespace()
            => VerifyAsync(@"
namespace Fakes
{
    class WebApplicationFactory<T>
    {
        public void UseKestrel(int port) { }
    }

    class C
    {
        void M() => new WebApplicationFactory<C>().UseKestrel(55555);
    }
}");
    }
}
