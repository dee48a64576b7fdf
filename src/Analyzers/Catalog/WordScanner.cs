using System;
using System.Collections.Generic;
using System.Linq;

namespace PortLint.Catalog
{
    /// <summary>
    /// Finds a set of words in a file's text in one pass: it stops only at the first characters of the words (a vectorized
    /// <c>IndexOfAny</c>) and compares the words that start there. A word that contains another word of the set is not scanned
    /// for (finding the shorter one is enough, and its occurrences are where the longer one's token starts or lies).
    /// </summary>
    internal sealed class WordScanner
    {
        private readonly char[] _firstCharacters;
        private readonly string[][] _byFirstCharacter;

        public WordScanner(IEnumerable<string> words)
        {
            var distinct = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            Words = distinct.Where(w => !distinct.Any(other => other.Length < w.Length && w.IndexOf(other, StringComparison.Ordinal) >= 0))
                .OrderBy(w => w, StringComparer.Ordinal)
                .ToArray();
            _firstCharacters = Words.Select(w => w[0]).Distinct().OrderBy(c => c).ToArray();
            _byFirstCharacter = _firstCharacters.Select(c => Words.Where(w => w[0] == c).ToArray()).ToArray();
        }

        /// <summary>The words scanned for: the given words less those that contain another one.</summary>
        public string[] Words { get; }

        public bool IsEmpty => Words.Length == 0;

        public bool ContainsAny(string text) => Scan(text, null);

        /// <summary>Adds the start of every occurrence of a scanned word (an occurrence inside another is added once per word).</summary>
        public void AddOccurrences(string text, List<int> positions) => Scan(text, positions);

        private bool Scan(string text, List<int>? positions)
        {
            if (_firstCharacters.Length == 0)
            {
                return false;
            }

            var span = text.AsSpan();
            var found = false;
            for (var offset = 0; offset < span.Length;)
            {
                var index = _firstCharacters.Length == 1 ? span.Slice(offset).IndexOf(_firstCharacters[0]) : span.Slice(offset).IndexOfAny(_firstCharacters);
                if (index < 0)
                {
                    break;
                }

                var at = offset + index;
                var words = _byFirstCharacter[Array.BinarySearch(_firstCharacters, text[at])];
                foreach (var word in words)
                {
                    if (at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
                    {
                        if (positions is null)
                        {
                            return true;
                        }

                        found = true;
                        positions.Add(at);
                    }
                }

                offset = at + 1;
            }

            return found;
        }
    }
}
