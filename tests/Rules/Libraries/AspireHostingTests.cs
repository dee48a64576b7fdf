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
    /// Aspire.Hosting 13.6.5 (lib/net8.0): <c>WithEndpoint</c> / <c>WithHttpEndpoint</c> / <c>WithHttpsEndpoint</c> take
    /// <c>int? port</c>, the port bound on the host (by Aspire's proxy, or by the container runtime's port mapping when
    /// not proxied), and <c>int? targetPort</c>, the port the resource itself listens on (inside the container for
    /// containers). A null <c>port</c> lets Aspire allocate one. <c>EndpointAnnotation.Port</c> is the same host port set
    /// in a <c>WithEndpoint(name, callback)</c> callback.
    /// </summary>
    public sealed class AspireHostingTests
    {
        private const string WithEndpoint = "IResourceBuilder<T>.WithEndpoint(int?, int?, string?, string?, string?, bool?, bool?, ProtocolType?)";
        private const string WithEndpointNonNullableProxied = "IResourceBuilder<T>.WithEndpoint(int?, int?, string?, string?, string?, bool, bool?)";
        private const string WithHttpEndpoint = "IResourceBuilder<T>.WithHttpEndpoint(int?, int?, string?, string?, bool?)";
        private const string WithHttpEndpointNonNullableProxied = "IResourceBuilder<T>.WithHttpEndpoint(int?, int?, string?, string?, bool)";
        private const string WithHttpsEndpoint = "IResourceBuilder<T>.WithHttpsEndpoint(int?, int?, string?, string?, bool?)";
        private const string AnnotationPort = "EndpointAnnotation.Port";

        private const string ProjectMetadata = @"
sealed class ApiProject : IProjectMetadata
{
    public string ProjectPath => ""../Api/Api.csproj"";
}";

        private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
            => Verify.VerifyAsync(source, null, HostingReferences.UseAspire, expected);

        [Fact]
        public Task AppHost_ProjectContainerExecutable()
            => VerifyAsync(@"
using Aspire.Hosting;
class AppHost
{
    static void Main(string[] args)
    {
        var builder = DistributedApplication.CreateBuilder(args);
        builder.AddProject<ApiProject>(""api"").WithHttpEndpoint(port: {|#0:55555|});
        builder.AddContainer(""redis"", ""redis"").WithEndpoint(port: {|#1:56379|}, targetPort: 6379, name: ""tcp"");
        builder.AddExecutable(""worker"", ""dotnet"", ""."", ""run"").WithHttpsEndpoint({|#2:55443|}, name: ""https"");
        builder.Build().Run();
    }
}" + ProjectMetadata,
                Port001(0, "55555", WithHttpEndpoint),
                Port001(1, "56379", WithEndpoint),
                Port001(2, "55443", WithHttpsEndpoint));

        [Fact]
        public Task Notations_ConstLocalReceiverPositional()
            => VerifyAsync(@"
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
static class Ports
{
    public const int Dashboard = 61000;
}
class AppHost
{
    const int Postgres = 55432;

    void M(IDistributedApplicationBuilder builder)
    {
        var db = builder.AddContainer(""postgres"", ""postgres"", ""16"");
        db.WithEndpoint({|#0:Postgres|}, 5432, ""tcp"", ""pg"");
        IResourceBuilder<ContainerResource> dashboard = builder.AddContainer(""dash"", ""grafana/grafana"");
        dashboard.WithHttpEndpoint(targetPort: 3000, port: {|#1:Ports.Dashboard|});
        int port = 55433;
        db.WithEndpoint({|#2:port|}, 5433, ""tcp"", ""replica"", null, false, null);
        dashboard.WithHttpEndpoint({|#3:55434|}, 3001, ""metrics"", null, false);
    }
}",
                Port001(0, "55432", WithEndpoint),
                Port001(1, "61000", WithHttpEndpoint, Dynamic),
                Port001(2, "55433", WithEndpointNonNullableProxied),
                Port001(3, "55434", WithHttpEndpointNonNullableProxied));

        [Fact]
        public Task EndpointCallback_PortAssignment()
            => VerifyAsync(@"
using Aspire.Hosting;
class AppHost
{
    void M(IDistributedApplicationBuilder builder)
    {
        builder.AddContainer(""cache"", ""redis"")
            .WithEndpoint(port: {|#0:56380|}, targetPort: 6379, name: ""tcp"")
            .WithEndpoint(""tcp"", endpoint =>
            {
                endpoint.Port = {|#1:56381|};
                endpoint.TargetPort = 6380;
            });
    }
}",
                Port001(0, "56380", WithEndpoint),
                Port001(1, "56381", AnnotationPort));

        [Fact]
        public Task Negatives_TargetPortOnlyAllocatedPortsConfiguration()
            => VerifyAsync(@"
using System;
using Aspire.Hosting;
class AppHost
{
    void M(IDistributedApplicationBuilder builder, int configuredPort)
    {
        // targetPort is the container's own port, published on a host port Aspire allocates.
        builder.AddContainer(""redis"", ""redis"").WithEndpoint(targetPort: 56379, name: ""tcp"");
        builder.AddContainer(""web"", ""nginx"").WithHttpEndpoint(targetPort: 55080);
        builder.AddContainer(""tls"", ""nginx"").WithHttpsEndpoint(port: null, targetPort: 55443);
        builder.AddContainer(""cache"", ""redis"").WithEndpoint(""tcp"", e => e.TargetPort = 56380);
        builder.AddProject<ApiProject>(""api"").WithHttpEndpoint();
        builder.AddProject<ApiProject>(""api2"").WithHttpsEndpoint(name: ""https"");
        builder.AddContainer(""zero"", ""nginx"").WithHttpEndpoint(port: 0, targetPort: 80);
        builder.AddContainer(""configured"", ""nginx"").WithHttpEndpoint(port: configuredPort, targetPort: 80);
        builder.AddContainer(""env"", ""nginx"").WithHttpEndpoint(port: int.Parse(Environment.GetEnvironmentVariable(""WEB_PORT"")!), targetPort: 80);
        var api = builder.AddProject<ApiProject>(""api3"");
        Console.WriteLine(api.GetEndpoint(""http"").Port == 55555);
        // builder.AddContainer(""c"", ""nginx"").WithHttpEndpoint(port: 55556);
        Console.WriteLine(""proxy on port 55557"");
    }
}" + ProjectMetadata);

        [Fact]
        public Task Negative_LookAlikeExtensionInAnotherNamespace()
            => VerifyAsync(@"
namespace Deploy
{
    interface IResourceBuilder<T> { }

    static class Extensions
    {
        public static IResourceBuilder<T> WithHttpEndpoint<T>(this IResourceBuilder<T> builder, int? port = null, int? targetPort = null) => builder;
    }

    class C
    {
        void M(IResourceBuilder<string> builder) => builder.WithHttpEndpoint(port: 55555);
    }
}");
    }
}
