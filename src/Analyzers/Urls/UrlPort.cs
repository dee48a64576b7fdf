namespace PortLint.Urls
{
    /// <summary>A port written in a URL: where its digits sit in the URL text, its value, and the host it goes with.</summary>
    internal readonly struct UrlPort
    {
        public UrlPort(int start, int length, long value, string text, string host)
        {
            Start = start;
            Length = length;
            Value = value;
            Text = text;
            Host = host;
        }

        /// <summary>Index of the first digit in the parsed text.</summary>
        public int Start { get; }

        public int Length { get; }

        /// <summary>The port; <see cref="long.MaxValue"/> when the digits overflow.</summary>
        public long Value { get; }

        /// <summary>The digits as written.</summary>
        public string Text { get; }

        /// <summary>The host as written (brackets kept for IPv6); may hold <see cref="UrlPortParser.Unknown"/> characters.</summary>
        public string Host { get; }

        public bool IsLocalhost => string.Equals(Host, "localhost", System.StringComparison.OrdinalIgnoreCase);
    }
}
