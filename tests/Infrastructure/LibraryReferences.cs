using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Testing;

namespace PortLint.Tests.Infrastructure
{
    /// <summary>
    /// .NET 8 reference sets with one third-party server library added from NuGet (with its dependencies), for the tests
    /// of that library's catalogue entries (tests/Rules/Libraries). The Testing library downloads each package once per
    /// machine; versions not served here resolve to the next one served (NU1603), as Grpc.Core.Api does for Grpc.Core.
    /// </summary>
    internal static class LibraryReferences
    {
        /// <summary>WireMock.Net 1.25.0: <c>WireMockServer</c> (WireMock.Net.Minimal), <c>WireMockServerSettings</c> (WireMock.Net.Shared).</summary>
        public static readonly ReferenceAssemblies WireMock = With(
            ("WireMock.Net", "1.25.0"),
            ("Microsoft.IdentityModel.Protocols.OpenIdConnect", "7.5.0"),
            ("Scriban.Signed", "7.2.1"),
            ("OpenTelemetry.Exporter.OpenTelemetryProtocol", "1.15.3"),
            ("OpenTelemetry", "1.15.3"),
            ("OpenTelemetry.Api", "1.15.3"),
            ("OpenTelemetry.Api.ProviderBuilderExtensions", "1.15.3"));

        /// <summary>Grpc.Core 2.46.5: <c>Server</c>, <c>ServerPort</c>, <c>Channel</c>.</summary>
        public static readonly ReferenceAssemblies GrpcCore = With(("Grpc.Core", "2.46.5"), ("Grpc.Core.Api", "2.65.0"));

        /// <summary>Testcontainers 4.16.0: <c>ContainerBuilder</c>, <c>IContainer</c>.</summary>
        public static readonly ReferenceAssemblies Testcontainers = With(("Testcontainers", "4.16.0"));

        /// <summary>NetMQ 4.0.4.5: <c>NetMQSocket</c> and its socket types.</summary>
        public static readonly ReferenceAssemblies NetMQ = With(("NetMQ", "4.0.4.5"));

        /// <summary>MQTTnet.Server 5.2.0.1603 (the broker's <c>MqttServerOptionsBuilder</c>) and MQTTnet (the client) it depends on.</summary>
        public static readonly ReferenceAssemblies MqttNet = With(("MQTTnet.Server", "5.2.0.1603"));

        private static ReferenceAssemblies With(params (string Id, string Version)[] packages)
            => ReferenceAssemblies.Net.Net80.AddPackages(packages.Select(p => new PackageIdentity(p.Id, p.Version)).ToImmutableArray());
    }
}
