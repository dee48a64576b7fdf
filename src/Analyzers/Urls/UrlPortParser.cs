using System.Collections.Generic;

namespace PortLint.Urls
{
    /// <summary>
    /// Finds the explicit ports in server URLs such as <c>http://localhost:50000</c>, <c>https://*:5001/api</c>,
    /// <c>http://[::1]:50000</c> or <c>http://+:50000/</c>, in a single URL or a <c>;</c>-separated list.
    /// A URL without a port binds its scheme's default port and yields nothing. Parts of the text whose value is not known at
    /// compile time are marked with <see cref="Unknown"/>; a port with an unknown digit yields nothing.
    /// </summary>
    internal static class UrlPortParser
    {
        /// <summary>Stands for a character whose value is not a compile-time constant.</summary>
        public const char Unknown = '\uFFFF';

        private const string SchemeSeparator = "://";

        /// <summary>Adds the explicit ports of every URL in <paramref name="text"/> to <paramref name="ports"/>.</summary>
        public static void FindPorts(string text, List<UrlPort> ports)
        {
            var start = 0;
            while (start <= text.Length)
            {
                var end = text.IndexOf(';', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                FindPort(text, start, end, ports);
                start = end + 1;
            }
        }

        /// <summary>
        /// Adds the bound ports of a NetMQ connection string: <c>,</c>-separated addresses, bound when they start with <c>@</c>,
        /// connected to with <c>&gt;</c>, and without a prefix bound only when <paramref name="bindsWithoutPrefix"/>.
        /// </summary>
        public static void FindConnectionStringPorts(string text, bool bindsWithoutPrefix, List<UrlPort> ports)
        {
            var start = 0;
            while (start <= text.Length)
            {
                var end = text.IndexOf(',', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                var first = start;
                while (first < end && char.IsWhiteSpace(text[first]))
                {
                    first++;
                }

                if (first < end && text[first] == '@')
                {
                    FindPort(text, first + 1, end, ports);
                }
                else if (bindsWithoutPrefix && !(first < end && text[first] == '>'))
                {
                    FindPort(text, first, end, ports);
                }

                start = end + 1;
            }
        }

        /// <summary>
        /// Adds the ports of a <c>;</c>-separated port list (<c>"8080;8443"</c>, as <c>http_ports</c> takes), or of one port
        /// written as text (<c>"8080"</c>); an element that is not a plain number yields nothing.
        /// </summary>
        public static void FindPortList(string text, List<UrlPort> ports)
        {
            var start = 0;
            while (start <= text.Length)
            {
                var end = text.IndexOf(';', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                var first = start;
                var last = end;
                while (first < last && char.IsWhiteSpace(text[first]))
                {
                    first++;
                }

                while (last > first && char.IsWhiteSpace(text[last - 1]))
                {
                    last--;
                }

                if (TryParseDigits(text, first, last, out var port))
                {
                    ports.Add(new UrlPort(first, last - first, port, text.Substring(first, last - first), string.Empty));
                }

                start = end + 1;
            }
        }

        private static void FindPort(string text, int start, int end, List<UrlPort> ports)
        {
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            var separator = IndexOf(text, SchemeSeparator, start, end);
            if (separator <= start || !IsScheme(text, start, separator))
            {
                return;
            }

            var hostStart = separator + SchemeSeparator.Length;
            var authorityEnd = hostStart;
            while (authorityEnd < end && !IsAuthorityTerminator(text[authorityEnd]))
            {
                authorityEnd++;
            }

            int hostEnd;
            if (hostStart < authorityEnd && text[hostStart] == '[')
            {
                var close = text.IndexOf(']', hostStart);
                if (close < 0 || close >= authorityEnd)
                {
                    return;
                }

                hostEnd = close + 1;
            }
            else
            {
                hostEnd = hostStart;
                while (hostEnd < authorityEnd && text[hostEnd] != ':')
                {
                    hostEnd++;
                }
            }

            if (hostEnd == hostStart || hostEnd >= authorityEnd || text[hostEnd] != ':')
            {
                return;
            }

            var portStart = hostEnd + 1;
            var portEnd = authorityEnd;
            while (portEnd > portStart && char.IsWhiteSpace(text[portEnd - 1]))
            {
                portEnd--;
            }

            if (!TryParseDigits(text, portStart, portEnd, out var value))
            {
                return;
            }

            ports.Add(new UrlPort(portStart, portEnd - portStart, value, text.Substring(portStart, portEnd - portStart), text.Substring(hostStart, hostEnd - hostStart)));
        }

        /// <summary>
        /// The decimal number written in <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>): digits only,
        /// at least one; a value too large for a long saturates at <see cref="long.MaxValue"/> (out of range either way).
        /// </summary>
        public static bool TryParseDigits(string text, int start, int end, out long value)
        {
            value = 0;
            if (end <= start)
            {
                return false;
            }

            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = value > (long.MaxValue - 9) / 10 ? long.MaxValue : (value * 10) + (c - '0');
            }

            return true;
        }

        private static bool IsAuthorityTerminator(char c) => c == '/' || c == '?' || c == '#';

        private static bool IsScheme(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                var ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > start && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        private static int IndexOf(string text, string value, int start, int end)
        {
            var index = text.IndexOf(value, start, end - start, System.StringComparison.Ordinal);
            return index;
        }
    }
}
