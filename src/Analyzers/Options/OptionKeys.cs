using PortLint.Rules;

namespace PortLint.Options
{
    /// <summary>The .editorconfig / .globalconfig keys PortLint reads. Keys are public API.</summary>
    internal static class OptionKeys
    {
        private const string Prefix = "dotnet_code_quality.";

        /// <summary>The ports PORT001 watches (default <c>49152-65535</c>).</summary>
        public const string DynamicRangePortRanges = Prefix + RuleIds.DynamicRangePort + ".port_ranges";

        /// <summary>The ports PORT002 watches (default <c>32768-60999</c>); ports PORT001 watches are PORT001's.</summary>
        public const string LinuxEphemeralRangePortRanges = Prefix + RuleIds.LinuxEphemeralRangePort + ".port_ranges";

        /// <summary>Ports never reported by any PortLint rule.</summary>
        public const string AllowedPorts = Prefix + "allowed_ports";

        /// <summary>Ports PORT001 never reports (adds to <see cref="AllowedPorts"/>).</summary>
        public const string DynamicRangeAllowedPorts = Prefix + RuleIds.DynamicRangePort + ".allowed_ports";

        /// <summary>Ports PORT005 never reports (adds to <see cref="AllowedPorts"/>).</summary>
        public const string TestFixedPortAllowedPorts = Prefix + RuleIds.TestFixedPort + ".allowed_ports";

        /// <summary>The project's own server APIs, as documentation-comment IDs with the parameter that carries the port or URL.</summary>
        public const string ServerApis = Prefix + "server_apis";

        /// <summary>Ports PORT002 never reports (adds to <see cref="AllowedPorts"/>).</summary>
        public const string LinuxEphemeralRangeAllowedPorts = Prefix + RuleIds.LinuxEphemeralRangePort + ".allowed_ports";
    }
}
