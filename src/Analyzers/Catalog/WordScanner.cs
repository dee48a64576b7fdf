using System;
using System.Collections.Generic;
using System.Linq;

namespace PortLint.Catalog
{
    /// <summary>
    /// Finds a set of words in a file's text, all in one vectorized pass (<see cref="WordSearch"/>: two characters of every word
    /// compared per block, the whole word only where both match; as fast as one ordinal <c>IndexOf</c> per word once the
    /// runtime has tiered that up, and not slowed while it has not).
    /// A word that contains another word of the set is not scanned for: finding the shorter one is enough, and its occurrences
    /// are where the longer one's token lies.
    /// </summary>
    internal sealed class WordScanner
    {
        /// <param name="words">The words.</param>
        /// <param name="inText">Words that may stand inside a longer word where they matter (setting keys in a string: <c>ASPNETCORE_HTTP_PORTS</c>).</param>
        public WordScanner(IEnumerable<string> words, ICollection<string>? inText = null)
        {
            var distinct = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            Words = distinct.Where(w => !distinct.Any(other => other.Length < w.Length && w.IndexOf(other, StringComparison.Ordinal) >= 0))
                .OrderBy(w => w, StringComparer.Ordinal)
                .ToArray();
            _search = new WordSearch(Words);
            _startsAName = new bool[Words.Length];
            for (var i = 0; i < Words.Length; i++)
            {
                // A name's occurrence after a letter, digit or `_` is inside a longer identifier (`Report` for `Port`), unless a
                // dropped word holds it there: one that has it after its start (`TcpListener` is found by `Listen`) or that may
                // itself stand inside a longer word (`UrlsKey` in `ServerUrlsKey`, found by `Urls`).
                var word = Words[i];
                _startsAName[i] = word.All(IsNamePart)
                    && !IsInText(word, inText)
                    && !distinct.Any(other => other.Length > word.Length
                        && other.IndexOf(word, StringComparison.Ordinal) is var at && at >= 0
                        && (at > 0 || other.IndexOf(word, 1, StringComparison.Ordinal) > 0 || IsInText(other, inText)));
            }
        }

        private readonly bool[] _startsAName;
        private readonly WordSearch _search;

        private static bool IsInText(string word, ICollection<string>? inText) => inText != null && inText.Contains(word);

        /// <summary>The characters of an identifier as C# source usually spells it (letters, digits, <c>_</c>).</summary>
        internal static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '_';

        /// <summary>The words scanned for: the given words less those that contain another one.</summary>
        public string[] Words { get; }

        public bool IsEmpty => Words.Length == 0;

        public bool ContainsAny(string text) => _search.Find(text, 0, out _) >= 0;

        /// <summary>
        /// Adds the start of every occurrence of a scanned word, in the order of the text (no word starts another, so a position
        /// is added once), less those of a name inside a longer identifier (<c>Port</c> in <c>Report</c>), which cannot be the
        /// name's token.
        /// </summary>
        public void AddOccurrences(string text, List<int> positions)
        {
            for (var at = _search.Find(text, 0, out var word); at >= 0; at = _search.Find(text, at + 1, out word))
            {
                if (!_startsAName[word] || at == 0 || !IsNamePart(text[at - 1]))
                {
                    positions.Add(at);
                }
            }
        }
    }
}
