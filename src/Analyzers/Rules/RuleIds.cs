namespace PortLint.Rules
{
    /// <summary>The public rule ids. Ids are public API: never renumber or reuse one.</summary>
    internal static class RuleIds
    {
        public const string DynamicRangePort = "PORT001";
        public const string LinuxEphemeralRangePort = "PORT002";
        public const string PortOutOfRange = "PORT003";
        public const string KestrelLocalhostPortZero = "PORT004";

        // PORT005 (hard-coded port outside the ranges) and PORT006 (ports in launchSettings.json / appsettings.json) are reserved.
    }
}
