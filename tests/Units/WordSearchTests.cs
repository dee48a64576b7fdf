using System;
using System.Linq;
using System.Text;
using PortLint.Catalog;
using Xunit;

namespace PortLint.Tests.Units
{
    /// <summary>The one-pass search for several words (<see cref="WordSearch"/>) finds what one ordinal <c>IndexOf</c> per word finds.</summary>
    public sealed class WordSearchTests
    {
        private static readonly string[] Words = { "Urls", "Kestrel", "_PORTS", "\"urls\"", "new(", "IPEndPoint", "ListenLocalhost", "é\nU", "ĕx", "SetEnvironmentVariable" };

        private static int Expected(string text, int start, out int word)
        {
            var best = -1;
            word = -1;
            for (var w = 0; w < Words.Length; w++)
            {
                var at = text.IndexOf(Words[w], start, StringComparison.Ordinal);
                if (at >= 0 && (best < 0 || at < best))
                {
                    best = at;
                    word = w;
                }
            }

            return best;
        }

        [Theory]
        [InlineData(7)]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(99)]
        public void AgreesWithOneIndexOfPerWord_OnRandomText_AtEveryStart(int maxProbeOffset)
        {
            var search = new WordSearch(Words, maxProbeOffset);
            var random = new Random(7);
            // Characters of the words, and others whose low byte is one of theirs (U+0155 narrows to 'U'): false block matches.
            const string alphabet = "UrlsKestrl_\"new( )PORTSé\nIPEndointĕxŕŅŵ.=;ĭ";
            for (var round = 0; round < 400; round++)
            {
                var text = new StringBuilder();
                var length = random.Next(0, 200);
                while (text.Length < length)
                {
                    if (random.Next(12) == 0)
                    {
                        text.Append(Words[random.Next(Words.Length)]);
                    }
                    else
                    {
                        text.Append(alphabet[random.Next(alphabet.Length)]);
                    }
                }

                var s = text.ToString();
                for (var start = 0; start <= s.Length; start++)
                {
                    var expected = Expected(s, start, out var expectedWord);
                    Assert.Equal(expected, search.Find(s, start, out var word));
                    Assert.Equal(expectedWord, word);
                }
            }
        }

        [Theory]
        [InlineData("", -1)]
        [InlineData("Urls", 0)]
        [InlineData("xUrl", -1)]
        [InlineData("options.ListenLocalhost(50000); // and a long line after it, longer than one block of characters", 8)]
        [InlineData("a line longer than one block of characters before the word: Environment.SetEnvironmentVariable", 72)]
        [InlineData("ŕrls Ŵrls Urls", 10)]
        public void FindsTheFirstWord(string text, int expected)
            => Assert.Equal(expected, new WordSearch(Words).Find(text, 0, out _));

        /// <summary>One pass reports one word per position: the sets searched together may not have a word that starts another.</summary>
        [Fact]
        public void TheCataloguesWordSets_HaveNoWordThatStartsAnother()
        {
            var sets = new[]
            {
                CompilationFacts.GateWords.Concat(new[] { "global" }).ToArray(),
                Infrastructure.TestIndexes.AspNetCore.TextWords.Words.Concat(PortLint.Binding.TargetTypedNew.Spellings).ToArray(),
                Infrastructure.TestIndexes.AspNetCore.Anchors.Words,
            };
            foreach (var set in sets)
            {
                Assert.DoesNotContain(set, a => set.Any(b => b != a && b.StartsWith(a, StringComparison.Ordinal)));
            }
        }

        [Fact]
        public void NoWords_FindNothing()
            => Assert.Equal(-1, new WordSearch(Array.Empty<string>()).Find("anything", 0, out _));
    }
}
