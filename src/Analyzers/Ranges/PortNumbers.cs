namespace PortLint.Ranges
{
    /// <summary>The facts about port numbers the rules are built on.</summary>
    internal static class PortNumbers
    {
        public const int Max = 65535;

        /// <summary>IANA dynamic/private range, RFC 6335 section 6; Windows' and macOS's ephemeral range.</summary>
        public static readonly PortRange IanaDynamic = new PortRange(49152, 65535);

        /// <summary>Linux's default <c>net.ipv4.ip_local_port_range</c>.</summary>
        public static readonly PortRange LinuxEphemeral = new PortRange(32768, 60999);

        /// <summary>A block Windows (Hyper-V, WSL2, Docker) often reserves outright.</summary>
        public static readonly PortRange WindowsOftenReserved = new PortRange(50000, 50059);

        public static bool IsValid(long port) => port >= 0 && port <= Max;
    }
}
