using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace PortLint.Ranges
{
    /// <summary>
    /// A list of ports and port ranges as written in an option: <c>49152-65535</c>, <c>5000, 50051, 60000-60100</c>.
    /// </summary>
    internal sealed class PortRangeList
    {
        public static readonly PortRangeList Empty = new PortRangeList(ImmutableArray<PortRange>.Empty);

        private PortRangeList(ImmutableArray<PortRange> ranges) => Ranges = ranges;

        public ImmutableArray<PortRange> Ranges { get; }

        public bool IsEmpty => Ranges.IsEmpty;

        public static PortRangeList Of(params PortRange[] ranges) => new PortRangeList(ImmutableArray.Create(ranges));

        public bool Contains(long port)
        {
            foreach (var range in Ranges)
            {
                if (range.Contains(port))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first range that holds <paramref name="port"/>, if any.</summary>
        public bool TryFind(long port, out PortRange found)
        {
            foreach (var range in Ranges)
            {
                if (range.Contains(port))
                {
                    found = range;
                    return true;
                }
            }

            found = default;
            return false;
        }

        /// <summary>
        /// Parses a comma-separated list of ports (<c>50051</c>) and inclusive ranges (<c>60000-60100</c>) within 0-65535.
        /// Returns false for any malformed entry, so a bad option falls back to its default as a whole.
        /// </summary>
        public static bool TryParse(string? text, out PortRangeList list)
        {
            list = Empty;
            if (text is null)
            {
                return false;
            }

            var trimmed = text.Trim();
            if (trimmed.Length == 0 || string.Equals(trimmed, "none", System.StringComparison.OrdinalIgnoreCase))
            {
                return trimmed.Length != 0;
            }

            var builder = ImmutableArray.CreateBuilder<PortRange>();
            foreach (var rawEntry in trimmed.Split(','))
            {
                var entry = rawEntry.Trim();
                if (entry.Length == 0)
                {
                    return false;
                }

                var dash = entry.IndexOf('-', 1);
                int first;
                int last;
                if (dash < 0)
                {
                    if (!TryParsePort(entry, out first))
                    {
                        return false;
                    }

                    last = first;
                }
                else if (!TryParsePort(entry.Substring(0, dash).Trim(), out first)
                    || !TryParsePort(entry.Substring(dash + 1).Trim(), out last)
                    || last < first)
                {
                    return false;
                }

                builder.Add(new PortRange(first, last));
            }

            list = new PortRangeList(builder.ToImmutable());
            return true;
        }

        public override string ToString()
        {
            var text = new StringBuilder();
            foreach (var range in Ranges)
            {
                if (text.Length != 0)
                {
                    text.Append(", ");
                }

                text.Append(range.ToString());
            }

            return text.ToString();
        }

        private static bool TryParsePort(string text, out int port)
            => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= PortNumbers.Max;
    }
}
