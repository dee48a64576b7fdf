using System;
using System.Collections.Generic;
using System.Linq;

namespace PortLint.Catalog
{
    /// <summary>
    /// Finds a set of words in a file's text: one ordinal <c>IndexOf</c> per word (vectorized; a file that contains none of the
    /// words is scanned once per word, which measured cheaper than one pass stopping at every first character of the words).
    /// A word that contains another word of the set is not scanned for: finding the shorter one is enough, and its occurrences
    /// are where the longer one's token lies.
    /// </summary>
    internal sealed class WordScanner
    {
        public WordScanner(IEnumerable<string> words)
        {
            var distinct = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            Words = distinct.Where(w => !distinct.Any(other => other.Length < w.Length && w.IndexOf(other, StringComparison.Ordinal) >= 0))
                .OrderBy(w => w, StringComparer.Ordinal)
                .ToArray();
        }

        /// <summary>The words scanned for: the given words less those that contain another one.</summary>
        public string[] Words { get; }

        public bool IsEmpty => Words.Length == 0;

        public bool ContainsAny(string text)
        {
            foreach (var word in Words)
            {
                if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Adds the start of every occurrence of a scanned word (an occurrence inside another is added once per word).</summary>
        public void AddOccurrences(string text, List<int> positions)
        {
            foreach (var word in Words)
            {
                for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
                {
                    positions.Add(at);
                }
            }
        }
    }
}
