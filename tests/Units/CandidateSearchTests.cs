using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PortLint.Analyzers;
using PortLint.Catalog;
using PortLint.Tests.Robustness;
using Xunit;

namespace PortLint.Tests.Units
{
    /// <summary>
    /// The candidate search (<see cref="BindingSiteAnalysis.FindCandidates"/>: anchor occurrences, the text checks before
    /// <c>FindToken</c>, the token check, the ancestors' syntax check) against a walk of every token of the file with no text
    /// check at all, on every C# source of the test suite and on look-alike code: the text checks drop no candidate a
    /// token would give, and the search finds nothing the walk does not.
    /// </summary>
    public sealed class CandidateSearchTests
    {
        [Fact]
        public void OnEveryTestSource_TheSearchFindsWhatAWalkOfEveryTokenFinds()
        {
            var sources = TestSourceExtractor.Extract(RobustnessHost.RepositoryRoot).Select(s => s.Source).ToList();
            Assert.True(sources.Count > 300, sources.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var differences = new List<string>();
            var candidates = 0;
            foreach (var source in sources)
            {
                candidates += Compare(source, differences);
            }

            Assert.True(candidates > 500, candidates.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Empty(differences);
        }

        /// <summary>
        /// Look-alikes (user types named like the BCL's, methods named <c>Listen</c>, <c>Run</c>, <c>Create</c>) beside real
        /// binding calls, with keywords, comments and line breaks before the names: what the text checks drop and keep.
        /// </summary>
        [Fact]
        public void OnLookAlikesAndRealCalls_TheSearchFindsWhatAWalkOfEveryTokenFinds()
        {
            var differences = new List<string>();
            var found = Compare(LookAlikes, differences);
            Assert.Empty(differences);
            Assert.Equal(14, found);
        }

        private const string LookAlikes = @"
using System; using System.Linq; using System.Net; using System.Net.Sockets; using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder; using Microsoft.AspNetCore.Server.Kestrel.Core;
namespace Corpus.Fakes
{
    public sealed class TcpListener { public TcpListener(int port) { } public static TcpListener Create(int port) => new TcpListener(port); public void Start() { } }
    public sealed class IPEndPoint { public IPEndPoint(string host, int port) { } }
}
namespace Corpus
{
    public sealed class Listener1
    {
        public int Port { get; private set; }
        public void Listen(int port) => Port = port;
        public void Run(string mode) => Port += mode.Length;
        public static Listener1 Create(int size) => new Listener1();
        int Run (int x, int y) => x + y;
        delegate void Listen2(int port);
    }

    public sealed class Service1
    {
        private readonly int _port = 50000;

        public int Start(WebApplication app, KestrelServerOptions options, Socket socket)
        {
            var listener = new Listener1();
            listener.Listen(50001);
            listener.Run(""http://localhost:50002"");
            Task.Run(() => listener.Listen(3)).Wait();
            var fake = new Corpus.Fakes.TcpListener(50003);
            var created = Corpus.Fakes.TcpListener.Create(50004);
            var endpoint = new global::Corpus.Fakes.IPEndPoint(""localhost"", 50005);
            var real = new System.Net.Sockets.TcpListener(IPAddress.Any, 50006);
            var other = System.Net.Sockets.TcpListener.Create(_port);
            socket.Bind(new System.Net.IPEndPoint(IPAddress.Any, 50007));
            options.Listen(IPAddress.Loopback, 50008);
            var urls = new[] { ""a"" }.Select(u => u).Where(u => u != null).ToList();
            var q = from u in urls select Listen3(u);
            int Local(int port) => port;
            // calls Run(50009) in a comment
            return Local(1) + q.Count();
        }

        public void Host(WebApplication app, bool fast)
        {
            if (fast) app.Run(""http://localhost:50010"");
            else app.Run(""http://localhost:50011"");
            app.Urls.Add(""http://localhost:50012"");
        }

        public System.Threading.Tasks.Task Later(WebApplication app) { return app.RunAsync(""http://localhost:50013""); }

        private static int Listen3(string u) => u.Length;
    }
}";

        /// <summary>The candidates of one source, both ways; what differs is added to <paramref name="differences"/>.</summary>
        internal static int Compare(string source, List<string> differences)
        {
            var tree = CSharpSyntaxTree.ParseText(source);
            var facts = CompilationFacts.Read(CSharpCompilation.Create("Sources", new[] { tree }), default);
            var index = SinkIndex.Create(SinkCatalog.BuiltIn, ImmutableArray<UserSink>.Empty, facts);
            var root = tree.GetRoot();
            var aliases = BindingSiteAnalysis.FileAliases(root, source, index, new List<int>());
            var walked = new HashSet<SyntaxNode>();
            foreach (var token in root.DescendantTokens())
            {
                if (BindingSiteAnalysis.IsAnchor(token, token.SpanStart, index, aliases))
                {
                    BindingSiteAnalysis.AddCandidatesAbove(token, index, aliases, null, walked, null);
                }
            }

            var found = new List<SyntaxNode>();
            BindingSiteAnalysis.FindCandidates(root, source, index, null, found);
            foreach (var lost in walked.Except(found))
            {
                differences.Add("lost: " + lost + "   in " + Line(lost));
            }

            foreach (var extra in found.Except(walked))
            {
                differences.Add("extra: " + extra + "   in " + Line(extra));
            }

            return found.Count;
        }

        private static string Line(SyntaxNode node)
        {
            var text = node.SyntaxTree.GetText();
            return text.Lines.GetLineFromPosition(node.SpanStart).ToString().Trim();
        }
    }
}
