namespace PortLint.ConfigFiles
{
    /// <summary>A fixed port found in a configuration file: its value, where its digits are written, and the key that holds it.</summary>
    internal readonly struct ConfigPort
    {
        public ConfigPort(long value, int start, int length, string key)
        {
            Value = value;
            Start = start;
            Length = length;
            Key = key;
        }

        /// <summary>The port; <see cref="long.MaxValue"/> when the digits overflow.</summary>
        public long Value { get; }

        /// <summary>Index of the first digit in the file's text.</summary>
        public int Start { get; }

        public int Length { get; }

        /// <summary>The key as the message shows it: <c>profiles.http.applicationUrl</c>, <c>Kestrel:Endpoints:Http:Url</c>.</summary>
        public string Key { get; }
    }
}
