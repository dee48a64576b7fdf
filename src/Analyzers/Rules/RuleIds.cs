namespace PortLint.Rules
{
    /// <summary>The public rule ids. Ids are public API: never renumber or reuse one.</summary>
    internal static class RuleIds
    {
        public const string DynamicRangePort = "PORT001";
        public const string LinuxEphemeralRangePort = "PORT002";
        public const string PortOutOfRange = "PORT003";
        public const string KestrelLocalhostPortZero = "PORT004";
        public const string TestFixedPort = "PORT005";
        public const string ConfigFilePort = "PORT006";
    }
}
