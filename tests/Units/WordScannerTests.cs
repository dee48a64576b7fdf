using System;
using System.Collections.Generic;
using System.Linq;
using PortLint.Binding;
using PortLint.Catalog;
using Xunit;

namespace PortLint.Tests.Units
{
    /// <summary>The text check that lets a file with no catalogued API skip the node walk, and the target-typed <c>new</c> finder.</summary>
    public sealed class WordScannerTests
    {
        [Fact]
        public void AWordThatContainsAnother_IsNotScannedFor()
            => Assert.Equal(new[] { "Listen", "Urls" }, new WordScanner(new[] { "ListenLocalhost", "Urls", "Listen", "UseUrls", "Urls" }).Words);

        [Fact]
        public void ContainsAnyAndOccurrences_AgreeWithAPlainSearchWordByWord()
        {
            // The scan stops only at the words' first characters; a plain search word by word is the reference.
            string[] words = { "Kestrel", "WebApplication", "Urls", "UseSetting", "UdpClient", "IPEndPoint", "IPAddress", "TcpListener", "Start", "Port", "_ports" };
            string[] fragments =
            {
                "Kestrel", "Kestre", "estrel", "WebApplication", "WebApplicatio", "Urls", "Url", "UseUrls", "UseSetting", "UseSettin",
                "UdpClient", "UdpClien", "IPEndPoint", "IPEndPoin", "IPAddress", "IPAddres", "IIP", "IP", "TcpListener", "TcpListene",
                "Start", "Star", "Port", "Por", "_ports", "_port", "U", "K", "W", "I", "P", "S", "_", " ", ".", "x",
            };
            var scanner = new WordScanner(words);
            var random = new Random(5);
            for (var i = 0; i < 5000; i++)
            {
                var text = string.Concat(Enumerable.Range(0, random.Next(7)).Select(_ => fragments[random.Next(fragments.Length)]));
                var expected = new List<int>();
                foreach (var word in scanner.Words)
                {
                    for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
                    {
                        // A name inside a longer identifier is no occurrence (none of these words is held by a longer one).
                        if (at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '_'))
                        {
                            expected.Add(at);
                        }
                    }
                }

                var found = new List<int>();
                scanner.AddOccurrences(text, found);
                expected.Sort();
                found.Sort();
                Assert.Equal(expected, found);
                Assert.True(words.Any(w => text.Contains(w, StringComparison.Ordinal)) == scanner.ContainsAny(text), text);
            }
        }

        [Theory]
        [InlineData("Report x; var p = s.Port;", "Port", 20)]
        [InlineData("_Port = 1; Port2 = 2;", "Port", 11)]
        [InlineData("x.Port", "Port", 2)]
        [InlineData("Port", "Port", 0)]
        [InlineData("@Port", "Port", 1)]
        public void AName_InsideALongerIdentifier_IsNoOccurrence(string text, string word, int expected)
        {
            var found = new List<int>();
            new WordScanner(new[] { word }).AddOccurrences(text, found);
            Assert.Equal(new[] { expected }, found);
        }

        [Fact]
        public void ANameHeldByADroppedLongerWord_IsFoundInsideIdentifiers()
        {
            // `TcpListener` is dropped for `Listen`, so `Listen` must be found where it stands inside `TcpListener`.
            var found = new List<int>();
            new WordScanner(new[] { "TcpListener", "Listen" }).AddOccurrences("new TcpListener(x); MyListen(); o.Listen(1);", found);
            Assert.Equal(new[] { 7, 22, 34 }, found);

            // A word that may stand inside a longer one (a setting key field `ServerUrlsKey`, an environment variable
            // `ASPNETCORE_HTTP_PORTS`) keeps every occurrence, and so does a shorter word that finds it.
            found.Clear();
            new WordScanner(new[] { "Urls", "UrlsKey" }, new[] { "UrlsKey" }).AddOccurrences("WebHostDefaults.ServerUrlsKey", found);
            Assert.Equal(new[] { 22 }, found);
            found.Clear();
            new WordScanner(new[] { "HTTP_PORTS" }, new[] { "HTTP_PORTS" }).AddOccurrences("\"ASPNETCORE_HTTP_PORTS\"", found);
            Assert.Equal(new[] { 12 }, found);
        }

        [Fact]
        public void SettingKeyCovers_LetEveryKeyWordThrough_InFewerPasses()
        {
            var plain = new WordScanner(SettingKeys.Words);
            var covered = new WordScanner(SettingKeys.Words.Concat(SettingKeys.TextCovers));
            Assert.True(covered.Words.Length <= plain.Words.Length - 3, string.Join(" ", covered.Words));
            foreach (var word in SettingKeys.Words)
            {
                Assert.True(covered.ContainsAny("x = " + word + ";"), word);
            }

            Assert.False(covered.ContainsAny("var ports = GetPorts(); // http ports"));
        }

        [Fact]
        public void AnEmptyScanner_FindsNothing()
        {
            var scanner = new WordScanner(new string[0]);
            Assert.True(scanner.IsEmpty);
            Assert.False(scanner.ContainsAny("TcpListener"));
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
        [InlineData("List<int> l = new();", false)]
        [InlineData("List<int> l = new( );", false)]
        [InlineData("List<int> l = new(\n);", false)]
        public void TargetTypedNews_AreFoundByText(string source, bool expected)
        {
            var positions = new List<int>();
            TargetTypedNew.AddOccurrences(source, positions);
            Assert.Equal(expected, positions.Count == 1);
        }
    }
}
