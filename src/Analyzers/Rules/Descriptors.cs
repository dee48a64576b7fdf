using Microsoft.CodeAnalysis;

namespace PortLint.Rules
{
    /// <summary>Every diagnostic descriptor PortLint reports, built by one helper.</summary>
    internal static class Descriptors
    {
        public static readonly DiagnosticDescriptor DynamicRangePort = Create(
            RuleIds.DynamicRangePort,
            "Do not bind a server to a fixed port in the dynamic range",
            "Port {0} passed to {1} is a fixed port in {2}",
            DiagnosticSeverity.Warning,
            "Ports 49152-65535 are the IANA dynamic (ephemeral) range (RFC 6335 section 6). Windows and macOS hand them out to outgoing connections, "
            + "and Hyper-V, WSL2 and Docker reserve blocks of them on Windows, so a server bound to a fixed port in that range fails at random with "
            + "'address already in use' or error 10013. Bind port 0 and read the bound port back, or read the port from configuration.");

        public static readonly DiagnosticDescriptor LinuxEphemeralRangePort = Create(
            RuleIds.LinuxEphemeralRangePort,
            "Avoid binding a server to a fixed port in Linux's ephemeral range",
            "Port {0} passed to {1} is a fixed port in {2}",
            DiagnosticSeverity.Info,
            "Linux hands out ports 32768-60999 (net.ipv4.ip_local_port_range) to outgoing connections by default, so a server bound to a fixed port "
            + "in that range can fail with 'address already in use' when an outgoing connection already holds the number. Bind port 0, or read the "
            + "port from configuration.");

        public static readonly DiagnosticDescriptor PortOutOfRange = Create(
            RuleIds.PortOutOfRange,
            "Port number is outside 0-65535",
            "Port {0} passed to {1} is outside 0-65535 and fails at run time",
            DiagnosticSeverity.Warning,
            "A TCP or UDP port is a 16-bit number. TcpListener, UdpClient, IPEndPoint and Kestrel throw ArgumentOutOfRangeException for a port "
            + "outside 0-65535, and a URL with such a port cannot be bound.");

        public static readonly DiagnosticDescriptor KestrelLocalhostPortZero = Create(
            RuleIds.KestrelLocalhostPortZero,
            "Kestrel cannot bind port 0 on localhost",
            "{1} asks Kestrel for port 0 on localhost, which throws InvalidOperationException at startup; bind 127.0.0.1 (IPAddress.Loopback) instead",
            DiagnosticSeverity.Warning,
            "Kestrel binds localhost to both the IPv4 and the IPv6 loopback address, which needs the same port on both, so it rejects dynamic port 0 "
            + "on localhost (ListenLocalhost(0), http://localhost:0) with InvalidOperationException at startup. Listen(IPAddress.Loopback, 0) and "
            + "http://127.0.0.1:0 work.");

        public static readonly DiagnosticDescriptor TestFixedPort = Create(
            RuleIds.TestFixedPort,
            "Do not bind a server to a fixed port in test code",
            "Port {0} passed to {1} is a fixed port in test code",
            DiagnosticSeverity.Info,
            "A fixed port collides in tests whatever its range: dotnet test runs the test projects of a solution in parallel, a "
            + "multi-targeted test project runs once per target framework at the same time, and a developer's running app or another "
            + "job on a CI agent may hold the port. In a project that references a test framework (xunit, NUnit, MSTest, TUnit), "
            + "PORT005 reports the fixed ports PORT001-PORT003 leave alone. Bind port 0 and read the bound port back, or read the "
            + "port from configuration.");

        public static readonly DiagnosticDescriptor ConfigFilePort = Create(
            RuleIds.ConfigFilePort,
            "Do not configure a fixed port in the dynamic range in launchSettings.json or appsettings.json",
            "Port {0} set in {1} is a fixed port in {2}",
            DiagnosticSeverity.Info,
            "Ports 49152-65535 are the IANA dynamic (ephemeral) range (RFC 6335 section 6). A development profile or a Kestrel endpoint that "
            + "listens on a fixed port in that range fails to start when an outgoing connection holds the port or when Hyper-V, WSL2 or Docker "
            + "reserved it on Windows (error 10013). IIS Express profiles are created with such ports. Pick a port below 32768 that is free "
            + "on the team's machines, or bind port 0 on 127.0.0.1.");

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description)
            => new DiagnosticDescriptor(
                id,
                title,
                message,
                RuleCategories.Reliability,
                severity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: HelpLinks.ForRule(id));
    }
}
