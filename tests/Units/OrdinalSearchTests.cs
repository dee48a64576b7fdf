using System;
using System.Linq;
using System.Text;
using PortLint.Catalog;
using Xunit;

namespace PortLint.Tests.Units
{
    /// <summary>The vectorized word search (<see cref="OrdinalSearch"/>) finds what <c>string.IndexOf</c> with ordinal comparison finds.</summary>
    public sealed class OrdinalSearchTests
    {
        [Theory]
        [InlineData("app.Urls.Add(url);", "Urls", 0, 4)]
        [InlineData("app.Urls.Add(url); app.Urls", "Urls", 5, 23)]
        [InlineData("Urls", "Urls", 0, 0)]
        [InlineData("Url", "Urls", 0, -1)]
        [InlineData("", "Urls", 0, -1)]
        [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxUrls", "Urls", 0, 40)]
        [InlineData("UrlsUrlsUrlsUrlsUrlsUrlsUrlsUrlsUrlsUrls", "Urls", 37, -1)]
        [InlineData("UrlsUrlsUrlsUrlsUrlsUrlsUrlsUrlsUrlsUrls", "Urls", 36, 36)]
        [InlineData("U__s U__s U__s U__s U__s Urls", "Urls", 0, 25)]
        [InlineData("new()", "new(", 0, 0)]
        [InlineData("über Kestrel", "Kestrel", 0, 5)]
        [InlineData("a", "Kestrel", 5, -1)]
        public void FindsTheFirstOccurrence_FromTheStart(string text, string word, int start, int expected)
            => Assert.Equal(expected, OrdinalSearch.IndexOf(text, word, start));

        [Fact]
        public void AgreesWithStringIndexOf_OnRandomText_AtEveryStart()
        {
            var random = new Random(12);
            const string alphabet = "UrlsKestrl_\"new( )PORTSé\n";
            var words = new[] { "Urls", "Kestrel", "_PORTS", "\"urls\"", "new(", "new", "rl", "ss", "UrlsUrls", "é\nU" };
            for (var round = 0; round < 300; round++)
            {
                var length = random.Next(0, 90);
                var text = new StringBuilder();
                for (var i = 0; i < length; i++)
                {
                    text.Append(alphabet[random.Next(alphabet.Length)]);
                }

                var s = text.ToString();
                foreach (var word in words)
                {
                    for (var start = 0; start <= s.Length; start++)
                    {
                        Assert.Equal(s.IndexOf(word, start, StringComparison.Ordinal), OrdinalSearch.IndexOf(s, word, start));
                    }
                }
            }
        }

        [Fact]
        public void AllOccurrences_AsWordScannerWalksThem()
        {
            var text = string.Concat(Enumerable.Repeat("x.Urls = a; // Urls\n", 40));
            var count = 0;
            for (var at = OrdinalSearch.IndexOf(text, "Urls"); at >= 0; at = OrdinalSearch.IndexOf(text, "Urls", at + 1))
            {
                count++;
            }

            Assert.Equal(80, count);
        }
    }
}
