using System.Threading.Tasks;
using PortLint.CodeFixes;
using PortLint.Tests.Infrastructure;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.CodeFixVerifier<PortLint.Analyzers.FixedServerPortAnalyzer, PortLint.CodeFixes.FixedServerPortCodeFixProvider>;

namespace PortLint.Tests.CodeFixes
{
    /// <summary>"Read the port from configuration" for PORT001 and PORT002: the hard-coded value stays the default.</summary>
    public sealed class ReadPortFromConfigurationTests
    {
        private const string Key = FixedServerPortCodeFixProvider.ReadPortFromConfigurationKey;

        /// <summary>A stand-in for Microsoft.Extensions.Configuration.Abstractions without the Binder package.</summary>
        private const string ConfigurationAbstractions = @"
namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string? this[string key] { get; set; }
    }
}";

        [Fact]
        public Task WebApplicationBuilder_InScope_GetValue_AddsUsing()
            => Verify.VerifyProgramAsync(@"using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Any, {|PORT001:50000|}));
", @"using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Any, builder.Configuration.GetValue(""Kestrel:Port"", 50000)));
", Key);

        [Fact]
        public Task WebApplicationBuilder_UseUrls_ReadsUrls()
            => Verify.VerifyProgramAsync(@"using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(""http://localhost:{|PORT001:50000|}"");
", @"using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration[""Urls""] ?? ""http://localhost:50000"");
", Key);

        [Fact]
        public Task ConfigurationParameter_TcpListenerLocal_KeyAfterLocal()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
class C
{
    TcpListener Start(IConfiguration configuration)
    {
        var metricsListener = new TcpListener(IPAddress.Any, {|PORT001:55000|});
        metricsListener.Start();
        return metricsListener;
    }
}", @"
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
class C
{
    TcpListener Start(IConfiguration configuration)
    {
        var metricsListener = new TcpListener(IPAddress.Any, configuration.GetValue(""MetricsListener:Port"", 55000));
        metricsListener.Start();
        return metricsListener;
    }
}", Key);

        [Fact]
        public Task ConfigurationField_ConstElsewhere_LambdaAndExpressionBody()
            => Verify.VerifyAsync(@"
using System;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
static class Ports
{
    public const int Grpc = 50051;
}
class GrpcHost
{
    private readonly IConfiguration _configuration;
    public GrpcHost(IConfiguration configuration) => _configuration = configuration;
    public Func<UdpClient> Factory => () => new UdpClient({|PORT001:Ports.Grpc|});
}", @"
using System;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
static class Ports
{
    public const int Grpc = 50051;
}
class GrpcHost
{
    private readonly IConfiguration _configuration;
    public GrpcHost(IConfiguration configuration) => _configuration = configuration;
    public Func<UdpClient> Factory => () => new UdpClient(_configuration.GetValue(""GrpcHost:Port"", Ports.Grpc));
}", Key);

        [Fact]
        public Task ConfigurationWithoutBinder_TryParseIndexer()
            => Verify.VerifyAsync(ConfigurationAbstractions + @"
namespace App
{
    using System.Net;
    using System.Net.Sockets;
    using Microsoft.Extensions.Configuration;
    class C
    {
        void M(IConfiguration configuration)
        {
            var listener = new TcpListener(IPAddress.Any, {|PORT001:50000|});
            listener.Start();
        }
    }
}", ConfigurationAbstractions + @"
namespace App
{
    using System.Net;
    using System.Net.Sockets;
    using Microsoft.Extensions.Configuration;
    class C
    {
        void M(IConfiguration configuration)
        {
            var listener = new TcpListener(IPAddress.Any, int.TryParse(configuration[""Listener:Port""], out var listenerPort) ? listenerPort : 50000);
            listener.Start();
        }
    }
}", Key, FixReferences.None);

        [Fact]
        public Task NoConfiguration_EnvironmentVariable_InStaticFieldInitializer()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    private static readonly TcpListener Listener = new TcpListener(IPAddress.Any, {|PORT001:50000|});
}", @"
using System.Net;
using System.Net.Sockets;
class C
{
    private static readonly TcpListener Listener = new TcpListener(IPAddress.Any, int.TryParse(System.Environment.GetEnvironmentVariable(""LISTENER_PORT""), out var listenerPort) ? listenerPort : 50000);
}", Key, FixReferences.None);

        [Fact]
        public Task InstanceFieldInitializer_CannotUseInstanceConfiguration_FallsBackToEnvironment()
            => Verify.VerifyAsync(@"
using System;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
class Server
{
    private readonly IConfiguration _configuration = new ConfigurationBuilder().Build();
    private readonly UdpClient _udp = new UdpClient({|PORT002:40000|});
}", @"
using System;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
class Server
{
    private readonly IConfiguration _configuration = new ConfigurationBuilder().Build();
    private readonly UdpClient _udp = new UdpClient(int.TryParse(Environment.GetEnvironmentVariable(""UDP_PORT""), out var udpPort) ? udpPort : 40000);
}", Key);

        [Fact]
        public Task NoConfiguration_TopLevel_TwoSitesGetDistinctNames()
            => Verify.VerifyProgramAsync(@"using System;
using System.Net;
using System.Net.Sockets;

new TcpListener(IPAddress.Loopback, {|PORT001:50000|}).Start();
new TcpListener(IPAddress.Loopback, {|PORT001:50001|}).Start();
Console.WriteLine();
", @"using System;
using System.Net;
using System.Net.Sockets;

new TcpListener(IPAddress.Loopback, int.TryParse(Environment.GetEnvironmentVariable(""SERVER_PORT""), out var serverPort) ? serverPort : 50000).Start();
new TcpListener(IPAddress.Loopback, int.TryParse(Environment.GetEnvironmentVariable(""SERVER_2_PORT""), out var server2Port) ? server2Port : 50001).Start();
Console.WriteLine();
", Key, FixReferences.None);

        [Fact]
        public Task Kestrel_TwoEndpoints_DistinctKeys()
            => Verify.VerifyAsync(@"
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
class C
{
    void M(IWebHostBuilder web) => web.ConfigureKestrel((context, options) =>
    {
        options.ListenAnyIP({|PORT001:50000|});
        options.ListenLocalhost({|PORT001:50001|}, listen => { });
    });
}", @"
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
class C
{
    void M(IWebHostBuilder web) => web.ConfigureKestrel((context, options) =>
    {
        options.ListenAnyIP(context.Configuration.GetValue(""Kestrel:Port"", 50000));
        options.ListenLocalhost(context.Configuration.GetValue(""Kestrel2:Port"", 50001), listen => { });
    });
}", Key);

        [Fact]
        public Task SocketBind_ReceiverNamesTheKey()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M(Socket metricsSocket) => metricsSocket.Bind(new IPEndPoint(IPAddress.Loopback, {|PORT001:55000|}));
}", @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M(Socket metricsSocket) => metricsSocket.Bind(new IPEndPoint(IPAddress.Loopback, int.TryParse(System.Environment.GetEnvironmentVariable(""METRICS_SOCKET_PORT""), out var metricsSocketPort) ? metricsSocketPort : 55000));
}", Key, FixReferences.None);

        [Fact]
        public Task HttpListener_EnvironmentVariable()
            => Verify.VerifyAsync(@"
using System;
using System.Net;
class C
{
    void M(HttpListener listener) => listener.Prefixes.Add(""http://+:{|PORT001:52000|}/"");
}", @"
using System;
using System.Net;
class C
{
    void M(HttpListener listener) => listener.Prefixes.Add(Environment.GetEnvironmentVariable(""LISTENER_PREFIX"") ?? ""http://+:52000/"");
}", Key, FixReferences.None);

        [Fact]
        public Task Url_InterpolatedWithUnknownHost_WholeUrlIsTheDefault()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
class C
{
    void M(WebApplication app, IConfiguration settings, string host) => app.Urls.Add($""http://{host}:{|PORT001:50000|}"");
}", @"
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
class C
{
    void M(WebApplication app, IConfiguration settings, string host) => app.Urls.Add(settings[""Urls""] ?? $""http://{host}:50000"");
}", Key);

        /// <summary>Top-level locals are in scope in every file but cannot be used in a type: the type falls back to the environment.</summary>
        [Fact]
        public async Task TopLevelBuilderInAnotherFile_NotUsedInAType()
        {
            const string Program = @"using Microsoft.AspNetCore.Builder;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();
";
            var test = await Verify.CreateAsync(@"
using System.Net;
using System.Net.Sockets;
class Metrics
{
    public static void Bind(Socket socket) => socket.Bind(new IPEndPoint(IPAddress.Loopback, {|PORT001:55000|}));
}", @"
using System.Net;
using System.Net.Sockets;
class Metrics
{
    public static void Bind(Socket socket) => socket.Bind(new IPEndPoint(IPAddress.Loopback, int.TryParse(System.Environment.GetEnvironmentVariable(""SOCKET_PORT""), out var socketPort) ? socketPort : 55000));
}", Key);
            test.TestState.Sources.Add(("/0/Program.cs", Program));
            test.FixedState.Sources.Add(("/0/Program.cs", Program));
            test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
            test.FixedState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
            await test.RunAsync();
        }

        [Fact]
        public Task Port004_NoConfigurationFix()
            => Verify.VerifyNoFixAsync(@"
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options) => options.ListenLocalhost({|PORT004:0|});
}", Key);

        /// <summary>Review finding: a static lambda captures nothing, so the configuration parameter outside it is not used.</summary>
        [Fact]
        public Task StaticLambda_DoesNotCaptureTheOuterConfiguration()
            => Verify.VerifyAsync(@"
using System;
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
class C
{
    void M(IConfiguration configuration, Action<Action<KestrelServerOptions>> configure)
        => configure(static options => options.ListenAnyIP({|PORT001:50000|}));
}", @"
using System;
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
class C
{
    void M(IConfiguration configuration, Action<Action<KestrelServerOptions>> configure)
        => configure(static options => options.ListenAnyIP(int.TryParse(Environment.GetEnvironmentVariable(""KESTREL_PORT""), out var kestrelPort) ? kestrelPort : 50000));
}", Key);
    }
}
