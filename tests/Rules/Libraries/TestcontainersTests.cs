using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Tests.Infrastructure;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;
using static PortLint.Tests.Infrastructure.RangeTexts;
using static PortLint.Tests.Infrastructure.ExpectedPorts;

namespace PortLint.Tests.Rules.Libraries
{
    /// <summary>
    /// Testcontainers 4.16.0: <c>ContainerBuilder.WithPortBinding</c> makes Docker bind a port on the HOST. The finding is on the
    /// host port: <c>WithPortBinding(hostPort, containerPort)</c>'s first argument, or <c>WithPortBinding(port)</c> /
    /// <c>WithPortBinding(port, assignRandomHostPort: false)</c>, which binds <c>port</c> on the host too. The container port is
    /// inside the container's network namespace and is never a finding; <c>assignRandomHostPort: true</c> and host port 0 ("0")
    /// let Docker pick the host port, read back from <c>IContainer.GetMappedPublicPort(containerPort)</c>.
    /// </summary>
    public sealed class TestcontainersTests
    {
        private const string HostContainerInt = "ContainerBuilder.WithPortBinding(int, int)";
        private const string HostContainerString = "ContainerBuilder.WithPortBinding(string, string)";
        private const string PortInt = "ContainerBuilder.WithPortBinding(int, bool)";
        private const string PortString = "ContainerBuilder.WithPortBinding(string, bool)";

        private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
            => Verify.VerifyAsync(source, editorConfig: null, test => test.ReferenceAssemblies = LibraryReferences.Testcontainers, expected);

        // ---- WithPortBinding(int hostPort, int containerPort) ----

        [Fact]
        public Task HostAndContainerPort_Literal_FluentChain()
            => VerifyAsync(@"
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
public sealed class NginxFixture
{
    public IContainer Container { get; } = new ContainerBuilder(""nginx:1.27"")
        .WithPortBinding({|#0:55555|}, 80)
        .WithWaitStrategy(Wait.ForUnixContainer().UntilInternalTcpPortIsAvailable(80))
        .Build();
}", Port001(0, "55555", HostContainerInt));

        [Fact]
        public Task HostAndContainerPort_NamedArguments_InEitherOrder_AndConst()
            => VerifyAsync(@"
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
class C
{
    const int PostgresHostPort = 55432;
    IContainer Postgres() => new ContainerBuilder(""postgres:16"")
        .WithPortBinding(hostPort: {|#0:PostgresHostPort|}, containerPort: 5432)
        .Build();
    IContainer Redis() => new ContainerBuilder(""redis:7"")
        .WithPortBinding(containerPort: 6379, hostPort: {|#1:61379|})
        .Build();
}",
                Port001(0, "55432", HostContainerInt),
                Port001(1, "61379", HostContainerInt, Dynamic));

        [Fact]
        public Task HostAndContainerPort_VarReceiver_LocalPort_ObsoleteParameterlessBuilder()
            => VerifyAsync(@"
using DotNet.Testcontainers.Builders;
class C
{
    void M()
    {
        int hostPort = 40000;
        var builder = new ContainerBuilder().WithImage(""rabbitmq:3-management"");
        builder = builder.WithPortBinding({|#0:hostPort|}, 5672);
        builder = builder.WithPortBinding({|#1:55672|}, 15672);
        var container = builder.Build();
    }
}",
                Port002(0, "40000", HostContainerInt),
                Port001(1, "55672", HostContainerInt));

        // ---- WithPortBinding(string hostPort, string containerPort) ----

        [Fact]
        public Task HostAndContainerPort_Strings()
            => VerifyAsync(@"
using DotNet.Testcontainers.Builders;
class C
{
    const string HostPort = ""55556"";
    void M()
    {
        new ContainerBuilder(""nginx:1.27"").WithPortBinding(""{|#0:55555|}"", ""80"").Build();
        new ContainerBuilder(""nginx:1.27"").WithPortBinding(hostPort: {|#1:HostPort|}, containerPort: ""80"").Build();
    }
}",
                Port001(0, "55555", HostContainerString),
                Port001(1, "55556", HostContainerString));

        // ---- WithPortBinding(int port, bool assignRandomHostPort = false) / (string port, bool ...) ----

        [Fact]
        public Task SamePortOnHost_WhenNoRandomHostPort()
            => VerifyAsync(@"
using DotNet.Testcontainers.Builders;
class C
{
    void M()
    {
        new ContainerBuilder(""mcr.microsoft.com/mssql/server:2022-latest"")
            .WithPortBinding({|#0:55433|})
            .WithPortBinding({|#1:55434|}, false)
            .WithPortBinding({|#2:55435|}, assignRandomHostPort: false)
            .WithPortBinding(""{|#3:55436|}"")
            .WithPortBinding(""{|#4:55437|}"", assignRandomHostPort: false)
            .Build();
    }
}",
                Port001(0, "55433", PortInt),
                Port001(1, "55434", PortInt),
                Port001(2, "55435", PortInt),
                Port001(3, "55436", PortString),
                Port001(4, "55437", PortString));

        // ---- Control: the analyzer runs with this reference set (so the negatives' silence means something) ----

        [Fact]
        public Task Control_TcpListenerIsReportedWithThisReferenceSet()
            => VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:55555|}).Start();
}", Port001(0, "55555", "TcpListener(IPAddress, int)", Both));

        // ---- Negatives ----

        [Fact]
        public Task RandomHostPort_IsNotReported()
            => VerifyAsync(@"
using DotNet.Testcontainers.Builders;
class C
{
    void M()
    {
        new ContainerBuilder(""postgres:16"")
            .WithPortBinding(55432, true)
            .WithPortBinding(55433, assignRandomHostPort: true)
            .WithPortBinding(""55434"", true)
            .WithPortBinding(0, 55435)
            .WithPortBinding(""0"", ""55436"")
            .Build();
    }
}");

        [Fact]
        public Task ContainerPort_IsNotReported()
            => VerifyAsync(@"
using DotNet.Testcontainers.Builders;
class C
{
    void M()
    {
        new ContainerBuilder(""app:latest"")
            .WithPortBinding(8080, 55555)
            .WithPortBinding(hostPort: 8081, containerPort: 55556)
            .WithPortBinding(""8082"", ""55557"")
            .Build();
    }
}");

        [Fact]
        public Task ExposedPort_AndMappedPublicPortReads_AreNotReported()
            => VerifyAsync(@"
using System;
using System.Threading.Tasks;
using DotNet.Testcontainers.Builders;
class C
{
    async Task M()
    {
        var container = new ContainerBuilder(""nginx:1.27"")
            .WithExposedPort(55555)
            .WithExposedPort(""55556"")
            .WithPortBinding(80, true)
            .Build();
        await container.StartAsync();
        ushort mapped = container.GetMappedPublicPort(80);
        ushort other = container.GetMappedPublicPort(55555);
        ushort text = container.GetMappedPublicPort(""55556"");
        var uri = new UriBuilder(Uri.UriSchemeHttp, container.Hostname, container.GetMappedPublicPort(80)).Uri;
        Console.WriteLine($""{mapped} {other} {text} {uri}"");
    }
}");

        [Fact]
        public Task PortFromConfigurationOrEnvironment_IsNotReported()
            => VerifyAsync(@"
using System;
using Microsoft.Extensions.Configuration;
using DotNet.Testcontainers.Builders;
class C
{
    void M(IConfiguration configuration)
    {
        new ContainerBuilder(""postgres:16"")
            .WithPortBinding(configuration.GetValue<int>(""Postgres:HostPort""), 5432)
            .WithPortBinding(Environment.GetEnvironmentVariable(""REDIS_HOST_PORT"") ?? ""0"", ""6379"")
            .Build();
    }
}");

        [Fact]
        public Task LookAlikeType_InAnotherNamespace_IsNotReported()
            => VerifyAsync(@"
namespace Fakes
{
    public sealed class ContainerBuilder
    {
        public ContainerBuilder(string image) { }
        public ContainerBuilder WithPortBinding(int hostPort, int containerPort) => this;
        public ContainerBuilder WithPortBinding(int port, bool assignRandomHostPort = false) => this;
    }

    class C
    {
        void M() => new ContainerBuilder(""nginx"").WithPortBinding(55555, 80).WithPortBinding(55556);
    }
}");

        [Fact]
        public Task LogStringsAndComments_AreNotReported()
            => VerifyAsync(@"
using System;
using DotNet.Testcontainers.Builders;
class C
{
    void M()
    {
        // .WithPortBinding(55555, 80)
        var container = new ContainerBuilder(""nginx:1.27"").WithPortBinding(80, true).Build();
        Console.WriteLine(""Started; was WithPortBinding(55555, 80), now a random host port for 80"");
    }
}");
    }
}
