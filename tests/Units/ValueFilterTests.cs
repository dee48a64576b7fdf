using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PortLint.Analyzers;
using PortLint.Binding;
using PortLint.Options;
using PortLint.Tests.Infrastructure;
using Xunit;

namespace PortLint.Tests.Units
{
    /// <summary>
    /// Issue 12: which binding sites reach the semantic model (whose first question binds the whole member). A site whose values
    /// the declarations show to bring no reportable port stops before it: a local's one value read through it, an <c>out</c> or
    /// pattern variable, top-level statements' locals, an instance member of a variable that no declaration of the project gives a
    /// readable value, a constant of the project read by name, port 0 where the API accepts it, a property or collection of a type
    /// the project declares with no catalogued base. A site that may bring one goes on (the rule tests check what it reports).
    /// The site is the last binding call or assignment of the snippet; <c>Program</c> files are top-level statements.
    /// </summary>
    public sealed class ValueFilterTests
    {
        private const string Usings = "using System; using System.Collections.Generic; using System.Net; using System.Net.Sockets;\n";

        [Theory]
        // Top-level statements: the locals of the statements before the site, out variables included.
        [InlineData("if (!int.TryParse(args[0], out var port)) return; new TcpListener(IPAddress.Any, port);", false)]
        [InlineData("var port = int.Parse(args[0]); new TcpListener(IPAddress.Any, port);", false)]
        [InlineData("var port = 50000; new TcpListener(IPAddress.Any, port);", true)]
        [InlineData("var port = 8080; new TcpListener(IPAddress.Any, port);", false)]
        [InlineData("var port = 8080; port = 50000; new TcpListener(IPAddress.Any, port);", true)]
        [InlineData("int.TryParse(args[0], out var port); port = 50000; new TcpListener(IPAddress.Any, port);", true)]
        [InlineData("var port = args.Length > 0 ? int.Parse(args[0]) : 50000; new TcpListener(IPAddress.Any, port);", false)]
        [InlineData("var port = args.Length > 0 ? 8080 : 50000; new TcpListener(IPAddress.Any, port);", true)]
        [InlineData("int? port = null; new TcpListener(IPAddress.Any, port ?? 50000);", false)]
        [InlineData("var url = \"http://+:9091/\"; new HttpListener().Prefixes.Add(url);", false)]
        [InlineData("var url = \"http://+:50000/\"; new HttpListener().Prefixes.Add(url);", true)]
        [InlineData("var port = 9091; new HttpListener().Prefixes.Add(\"http://+:\" + port + \"/\");", true)]
        [InlineData("var port = int.Parse(args[0]); new HttpListener().Prefixes.Add(\"http://+:\" + port + \"/\");", false)]
        // Port 0: nothing to report at an API that accepts it.
        [InlineData("new TcpListener(IPAddress.Loopback, 0);", false)]
        [InlineData("new Socket(SocketType.Stream, ProtocolType.Tcp).Bind(new IPEndPoint(IPAddress.Loopback, 0));", false)]
        [InlineData("new Socket(SocketType.Stream, ProtocolType.Tcp).Bind(new IPEndPoint(IPAddress.Loopback, 50000));", true)]
        public void TopLevelStatements(string statements, bool reachesTheModel)
            => Assert.Equal(reachesTheModel, ReachesTheModel(Usings + statements, program: true));

        [Theory]
        // An instance member of a variable: a constant only through a member of the project whose value is readable.
        [InlineData("class C { void M(IPEndPoint endPoint) => new TcpListener(IPAddress.Any, endPoint.Port); }", false)]
        [InlineData("class C { void M(Config config) => new TcpListener(IPAddress.Any, config.Port); } class Config { public int Port { get; set; } }", false)]
        [InlineData("class C { void M(Config config) => new TcpListener(IPAddress.Any, config.Port); } class Config { public int Port => 50000; }", true)]
        [InlineData("class C { void M(Config config) => new TcpListener(IPAddress.Any, config.Port); } class Config { public int Port { get; } = 50000; }", true)]
        [InlineData("class C { void M(Config config) => new TcpListener(IPAddress.Any, config.Port); } class Config { public int[] Ports = new int[1]; public int Port => Ports.FirstOrDefault(); }", false)]
        [InlineData("class C { readonly Config _config = new Config(); void M() => new TcpListener(IPAddress.Any, _config.Inner.Port); } class Config { public Config Inner => this; public int Port { get; set; } }", false)]
        [InlineData("class C { void M(List<IPEndPoint> list) { foreach (var e in list) new TcpListener(IPAddress.Any, e.Port); } }", false)]
        // A constant of the project, read by its type's name.
        [InlineData("class C { void M() => new TcpListener(IPAddress.Any, Ports.Web); } static class Ports { public const int Web = 8080; }", false)]
        [InlineData("class C { void M() => new TcpListener(IPAddress.Any, Ports.Api); } static class Ports { public const int Api = 50000; }", true)]
        [InlineData("class C { void M() => new TcpListener(IPAddress.Any, Ports.Api); } static class Ports { public const int Api = Base + 1; const int Base = 49999; }", true)]
        [InlineData("class C { void M(bool tls) => new TcpListener(IPAddress.Any, tls ? Ports.Web : Ports.Secure); } static class Ports { public const int Web = 8080; public const int Secure = 8443; }", false)]
        // A collection the enclosing type declares itself, in a type with no base but its own plain types.
        [InlineData("class Host { List<string> Prefixes { get; } = new List<string>(); void M() => Prefixes.Add(\"http://+:50000/\"); }", false)]
        [InlineData("class Host : IHost { List<string> Prefixes { get; } = new List<string>(); void M() => Prefixes.Add(\"http://+:50000/\"); } interface IHost { }", false)]
        [InlineData("class Host : Base { List<string> Prefixes { get; } = new List<string>(); void M() => Prefixes.Add(\"http://+:50000/\"); }", true)]
        public void Members(string source, bool reachesTheModel)
            => Assert.Equal(reachesTheModel, ReachesTheModel(Usings + "using System.Linq;\n" + source, program: false));

        [Theory]
        // An object initializer's property of a type the project declares with no catalogued base.
        [InlineData("class Options { public IPEndPoint? ListenEndPoint { get; set; } }", false)]
        [InlineData("class Options : Base { public IPEndPoint? ListenEndPoint { get; set; } }", true)]
        [InlineData("class Options : Options2 { } class Options2 : Unknown { public IPEndPoint? ListenEndPoint { get; set; } }", true)]
        [InlineData("class Options : Options2 { } class Options2 { public IPEndPoint? ListenEndPoint { get; set; } }", false)]
        public void ObjectInitializers_OfTheProjectsOwnTypes(string declarations, bool reachesTheModel)
            => Assert.Equal(reachesTheModel, ReachesTheModel(Usings + "class C { object M() => new Options { ListenEndPoint = new IPEndPoint(IPAddress.Any, 50000) }; }\n" + declarations, program: false));

        [Fact]
        public async Task Kestrel_PortZero_MattersOnlyOnLocalhost()
        {
            var references = await TestReferences.AspNetCoreAsync();
            const string Kestrel = "using System.Net; using Microsoft.AspNetCore.Server.Kestrel.Core;\nclass C { void M(KestrelServerOptions options) { ";
            Assert.True(ReachesTheModel(Kestrel + "options.ListenLocalhost(0); } }", program: false, references));
            Assert.False(ReachesTheModel(Kestrel + "options.ListenAnyIP(0); } }", program: false, references));
            Assert.False(ReachesTheModel(Kestrel + "options.Listen(IPAddress.Loopback, 0); } }", program: false, references));
            Assert.True(ReachesTheModel(Kestrel + "options.Listen(IPAddress.Loopback, 50000); } }", program: false, references));
        }

        [Theory]
        [InlineData("partial class T { void M() { var port = 1; Start(port); } }", false)]
        [InlineData("partial class T { void M(int port) { Start(port); } }", true)]
        [InlineData("partial class T { void M() { Start(port); } }", true)]
        [InlineData("class T { void M(string text) { if (int.TryParse(text, out var port)) Start(port); } }", false)]
        public void FlowSummary_ALocalIsNoParameter(string source, bool namesAParameter)
        {
            var call = SyntaxFactory.ParseCompilationUnit(source).DescendantNodes().OfType<InvocationExpressionSyntax>().Last();
            Assert.Equal(namesAParameter, PortLint.Flow.ParameterMentions.Owner(call) != null);
        }

        private static bool ReachesTheModel(string source, bool program, ImmutableArray<MetadataReference>? extra = null)
        {
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: program ? "/0/Program.cs" : "/0/C.cs");
            var references = Basic().AddRange(extra ?? ImmutableArray<MetadataReference>.Empty);
            var compilation = CSharpCompilation.Create(
                "Filter",
                new[] { tree },
                references,
                new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var analysis = BindingSiteAnalysis.Create(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty).AnalyzerConfigOptionsProvider);
            Assert.NotNull(analysis);
            var options = PortLintOptions.Default;
            var index = analysis!.IndexFor(options);
            var content = tree.GetText().ToString();
            var candidates = new System.Collections.Generic.List<SyntaxNode>();
            BindingSiteAnalysis.FindCandidates(tree.GetRoot(), content, index, null, candidates, CancellationToken.None);
            Assert.NotEmpty(candidates);
            var context = new SiteContext(compilation.GetSemanticModel(tree), _ => { }, CancellationToken.None, index, analysis.SymbolsFor(options), options);
            return analysis.MayCarryValue(context, candidates.OrderBy(c => c.Span.End).ThenBy(c => c.Span.Length).Last());
        }

        private static ImmutableArray<MetadataReference> Basic()
        {
            var directory = System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            return new[] { "System.Private.CoreLib.dll", "System.Runtime.dll", "System.Net.Primitives.dll", "System.Net.Sockets.dll", "System.Net.HttpListener.dll", "System.Collections.dll", "System.Linq.dll" }
                .Select(name => (MetadataReference)MetadataReference.CreateFromFile(System.IO.Path.Combine(directory, name)))
                .ToImmutableArray();
        }
    }
}
