using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortLint.Binding;
using Xunit;

namespace PortLint.Tests.Units
{
    /// <summary>The text check that lets a file with no binding API skip the node walk, and narrows common names.</summary>
    public sealed class BindingWordsTests
    {
        [Fact]
        public void Occurrences_AreEveryWatchedWordOfTheFoundGroups_AndEveryTargetTypedNew()
        {
            const string source = "o.Listen(IPAddress.Any, 1); app.Run(u); new TcpListener(IPAddress.Any, 2); e = new(IPAddress.Any, 3); // Kestrel";
            var positions = new System.Collections.Generic.List<int>();
            BindingWords.AddOccurrences(source, BindingWords.Scan(source), positions);
            positions.Sort();
            var second = source.IndexOf("IPAddress", source.IndexOf("IPAddress") + 1);
            Assert.Equal(
                new[] { source.IndexOf("Listen"), source.IndexOf("IPAddress"), source.IndexOf("TcpListener"), source.IndexOf("Listener"), second, source.IndexOf("new("), source.LastIndexOf("IPAddress") },
                positions.ToArray());
        }

        [Theory]
        [InlineData("TcpListener l = new(IPAddress.Any, 50000);", true)]
        [InlineData("TcpListener l = new (IPAddress.Any, 50000);", true)]
        [InlineData("TcpListener l = new\n\t(IPAddress.Any, 50000);", true)]
        [InlineData("TcpListener l = new /* target-typed */ (IPAddress.Any, 50000);", true)]
        [InlineData("(new(50000))", true)]
        [InlineData("TcpListener l = new\n#pragma warning disable CS0618\n(50000);", true)]
        [InlineData("TcpListener l = new\n#if X\n(1)\n#else\n(2)\n#endif\n;", true)]
        [InlineData("TcpListener l = new\u001A(50000);", true)]
        [InlineData("TcpListener l = new\uFEFF(50000);", true)]
        [InlineData("var l = new TcpListener(IPAddress.Any, 50000);", false)]
        [InlineData("var l = new List<int>();", false)]
        [InlineData("TcpListener renew(int p) => null; renew(5);", false)]
        [InlineData("var news = 1; TcpListener x = news;", false)]
        [InlineData("TcpListener l = new", false)]
        public void TargetTypedNews_AreFoundByText(string source, bool expected)
        {
            source = source.Replace("\\n", "\n").Replace("\\t", "\t");
            var positions = new System.Collections.Generic.List<int>();
            BindingWords.AddOccurrences(source, BindingWordSet.TypesOrUrls, positions);
            var news = positions.FindAll(p => string.CompareOrdinal(source, p, "new", 0, 3) == 0);
            Assert.Equal(expected, news.Count == 1);
        }

        [Theory]
        [InlineData("var l = new TcpListener(IPAddress.Any, 50000);", (int)BindingWordSet.TypesOrUrls)]
        [InlineData("UdpClient u = new(50000);", (int)BindingWordSet.TypesOrUrls)]
        [InlineData("IPEndPoint e = new(IPAddress.Any, 50000);", (int)BindingWordSet.TypesOrUrls)]
        [InlineData("socket.Bind(new(IPAddress.Any, 50000));", (int)BindingWordSet.TypesOrUrls)]
        [InlineData("builder.WebHost.ConfigureKestrel(o => o.ListenAnyIP(50000));", (int)BindingWordSet.Kestrel)]
        [InlineData("builder.WebHost.UseUrls(url);", (int)BindingWordSet.TypesOrUrls)]
        [InlineData("app.Urls.Add(url);", (int)BindingWordSet.TypesOrUrls)]
        [InlineData("b.UseSetting(k, v);", (int)BindingWordSet.TypesOrUrls)]
        [InlineData("listener.Prefixes.Add(p);", (int)BindingWordSet.TypesOrUrls)]
        [InlineData("feature.Addresses.Add(a);", (int)BindingWordSet.TypesOrUrls)]
        [InlineData("static Task Start(WebApplication app, string url) => app.RunAsync(url);", (int)BindingWordSet.WebApplication)]
        [InlineData("", (int)BindingWordSet.None)]
        [InlineData("var list = new List<int> { 50000 }; Console.WriteLine(\"http://localhost:50000\");", (int)BindingWordSet.None)]
        [InlineData("await Task.Run(() => 1); configuration.Bind(settings); listener.Listen(50000); host.Run(\"x\");", (int)BindingWordSet.None)]
        public void Scan_FindsTheWordGroups(string source, int expected)
            => Assert.Equal((BindingWordSet)expected, BindingWords.Scan(source));

        [Fact]
        public void Scan_FindsEveryWatchedWord_AloneAndInsideAnIdentifier()
        {
            // Scan shares its passes between words, so a word added to the list must be added to the scan too.
            Assert.NotEmpty(BindingWords.AlwaysWatched);
            foreach (var word in BindingWords.AlwaysWatched)
            {
                Assert.True(BindingWords.Scan(word) == BindingWordSet.TypesOrUrls, word);
                Assert.True(BindingWords.Scan("x.Use" + word + "(y);") == BindingWordSet.TypesOrUrls, word);
            }
        }

        [Fact]
        public void Scan_FindsExactlyTheGroupsOfTheWordsInTheText()
        {
            // The scan shares passes between words; a plain search word by word is the reference.
            string[] fragments =
            {
                "Kestrel", "Kestre", "estrel", "WebApplication", "WebApplicatio", "Urls", "Url", "UseUrls", "UseSetting", "UseSettin",
                "UdpClient", "UdpClien", "IPEndPoint", "IPEndPoin", "IPAddress", "IPAddres", "IIP", "IP", "TcpListener", "TcpListene",
                "Prefixes", "Prefixe", "Addresses", "Addresse", "U", "K", "W", "I", "P", " ", ".", "x",
            };
            var typesOrUrls = BindingWords.AlwaysWatched;
            var random = new System.Random(5);
            for (var i = 0; i < 5000; i++)
            {
                var text = new System.Text.StringBuilder();
                for (var count = random.Next(7); count > 0; count--)
                {
                    text.Append(fragments[random.Next(fragments.Length)]);
                }

                var content = text.ToString();
                var expected = BindingWordSet.None;
                if (System.Array.Exists(typesOrUrls, w => content.Contains(w, System.StringComparison.Ordinal)))
                {
                    expected |= BindingWordSet.TypesOrUrls;
                }

                if (content.Contains("Kestrel", System.StringComparison.Ordinal))
                {
                    expected |= BindingWordSet.Kestrel;
                }

                if (content.Contains("WebApplication", System.StringComparison.Ordinal))
                {
                    expected |= BindingWordSet.WebApplication;
                }

                Assert.True(expected == BindingWords.Scan(content), content);
            }
        }

        [Theory]
        [InlineData("options.Listen(IPAddress.Any, 50000)", (int)BindingWordSet.TypesOrUrls, false)]
        [InlineData("options.Listen(IPAddress.Any, 50000)", (int)BindingWordSet.Kestrel, true)]
        [InlineData("options.ListenLocalhost(50000)", (int)BindingWordSet.TypesOrUrls, false)]
        [InlineData("options.ListenAnyIP(50000)", (int)BindingWordSet.Kestrel, true)]
        [InlineData("app.Run(\"http://localhost:50000\")", (int)BindingWordSet.TypesOrUrls, false)]
        [InlineData("app.RunAsync(\"http://localhost:50000\")", (int)BindingWordSet.WebApplication, true)]
        public void CommonNames_NeedTheirWordInTheFile(string expression, int words, bool expected)
            => Assert.Equal(expected, CandidateSyntax.IsCandidate((InvocationExpressionSyntax)SyntaxFactory.ParseExpression(expression), (BindingWordSet)words));
    }
}
