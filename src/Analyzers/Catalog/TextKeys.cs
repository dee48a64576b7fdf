using System.Collections.Generic;

namespace PortLint.Catalog
{
    /// <summary>
    /// Strings looked up by a stretch of a larger text (<c>content</c> from <c>start</c>, <c>length</c> characters) without
    /// cutting the stretch out: the text checks before <c>FindToken</c> run on every anchor occurrence of a file and allocate
    /// nothing. Keys are grouped by their length and first and last characters; a group is compared ordinally.
    /// </summary>
    internal sealed class TextKeys<T>
    {
        private readonly Dictionary<int, KeyValuePair<string, T>[]> _groups = new Dictionary<int, KeyValuePair<string, T>[]>();

        public TextKeys(IEnumerable<KeyValuePair<string, T>> entries)
        {
            var groups = new Dictionary<int, List<KeyValuePair<string, T>>>();
            foreach (var entry in entries)
            {
                if (entry.Key.Length == 0)
                {
                    continue;
                }

                var shape = Shape(entry.Key, 0, entry.Key.Length);
                if (!groups.TryGetValue(shape, out var group))
                {
                    groups[shape] = group = new List<KeyValuePair<string, T>>();
                }

                group.Add(entry);
            }

            foreach (var group in groups)
            {
                _groups[group.Key] = group.Value.ToArray();
            }
        }

        public bool TryGetValue(string content, int start, int length, out T value)
        {
            if (length > 0 && _groups.TryGetValue(Shape(content, start, length), out var group))
            {
                foreach (var entry in group)
                {
                    if (entry.Key.Length == length && string.CompareOrdinal(content, start, entry.Key, 0, length) == 0)
                    {
                        value = entry.Value;
                        return true;
                    }
                }
            }

            value = default!;
            return false;
        }

        private static int Shape(string text, int start, int length) => (length << 16) ^ (text[start] << 8) ^ text[start + length - 1];
    }

    /// <summary>Set membership of a stretch of text, without cutting it out (for the small sets of a <see cref="SiteName"/>).</summary>
    internal static class TextKeys
    {
        public static bool Contains(HashSet<string> set, string content, int start, int length)
        {
            foreach (var key in set)
            {
                if (key.Length == length && string.CompareOrdinal(content, start, key, 0, length) == 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
