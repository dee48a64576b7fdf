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
    /// Orleans 10.4.2 (Microsoft.Orleans.Server; Orleans.Runtime lib/net8.0): a silo listens on its silo port (silo to silo)
    /// and its gateway port (clients); both are set by <c>ISiloBuilder.ConfigureEndpoints</c>,
    /// <c>ISiloBuilder.UseLocalhostClustering</c> or <c>EndpointOptions</c> (<c>SiloPort</c>, <c>GatewayPort</c>,
    /// <c>SiloListeningEndpoint</c>, <c>GatewayListeningEndpoint</c>). Orleans' defaults are 11111 / 30000; a gateway port of
    /// 0 disables the gateway. The client's <c>IClientBuilder.UseLocalhostClustering(gatewayPort)</c> names the gateway it
    /// connects to: not a binding.
    /// </summary>
    public sealed class OrleansTests
    {
        private const string ConfigureEndpointsAddress = "ISiloBuilder.ConfigureEndpoints(IPAddress, int, int, bool)";
        private const string ConfigureEndpointsHostname = "ISiloBuilder.ConfigureEndpoints(string?, int, int, AddressFamily, bool)";
        private const string ConfigureEndpointsPorts = "ISiloBuilder.ConfigureEndpoints(int, int, AddressFamily, bool)";
        private const string UseLocalhostClustering = "ISiloBuilder.UseLocalhostClustering(int, int, IPEndPoint?, string, string)";

        private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
            => Verify.VerifyAsync(source, null, HostingReferences.UseOrleans, expected);

        [Fact]
        public Task ConfigureEndpoints_EveryOverload()
            => VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;
class Program
{
    static void Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.UseOrleans(silo => silo.ConfigureEndpoints(IPAddress.Loopback, {|#0:51111|}, {|#1:53000|}));
        builder.UseOrleans(silo => silo.ConfigureEndpoints(""silo.internal"", {|#2:51112|}, {|#3:53001|}, AddressFamily.InterNetwork, listenOnAnyHostAddress: true));
        builder.UseOrleans(silo => silo.ConfigureEndpoints(siloPort: {|#4:51113|}, gatewayPort: {|#5:61000|}));
        builder.Build().Run();
    }
}",
                Port001(0, "51111", ConfigureEndpointsAddress),
                Port001(1, "53000", ConfigureEndpointsAddress),
                Port001(2, "51112", ConfigureEndpointsHostname),
                Port001(3, "53001", ConfigureEndpointsHostname),
                Port001(4, "51113", ConfigureEndpointsPorts),
                Port001(5, "61000", ConfigureEndpointsPorts, Dynamic));

        [Fact]
        public Task UseLocalhostClustering_Silo()
            => VerifyAsync(@"
using System.Net;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;
class Program
{
    const int SiloPort = 51111;

    static void M(IHostBuilder host, ISiloBuilder silo)
    {
        host.UseOrleans(siloBuilder => siloBuilder.UseLocalhostClustering(siloPort: {|#0:SiloPort|}, gatewayPort: {|#1:53000|}));
        silo.UseLocalhostClustering({|#2:51112|}, {|#3:53001|}, new IPEndPoint(IPAddress.Loopback, 51111));
        silo.UseLocalhostClustering(gatewayPort: {|#4:53002|});
    }
}",
                Port001(0, "51111", UseLocalhostClustering),
                Port001(1, "53000", UseLocalhostClustering),
                Port001(2, "51112", UseLocalhostClustering),
                Port001(3, "53001", UseLocalhostClustering),
                Port001(4, "53002", UseLocalhostClustering));

        [Fact]
        public Task EndpointOptions_ConfigureLambdasAndInitializers()
            => VerifyAsync(@"
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;
class Program
{
    static void M(HostApplicationBuilder builder, ISiloBuilder silo)
    {
        builder.UseOrleans(siloBuilder =>
        {
            siloBuilder.Configure<EndpointOptions>(o => o.SiloPort = {|#0:51111|});
            siloBuilder.Configure<EndpointOptions>(options =>
            {
                options.GatewayPort = {|#1:53000|};
                options.SiloListeningEndpoint = new IPEndPoint(IPAddress.Any, {|#2:51112|});
                options.GatewayListeningEndpoint = new IPEndPoint(IPAddress.Any, {|#3:53001|});
            });
        });
        builder.Services.Configure<EndpointOptions>(o => o.GatewayPort = {|#4:53002|});
        var endpoints = new EndpointOptions { SiloPort = {|#5:51113|}, AdvertisedIPAddress = IPAddress.Loopback };
    }
}",
                Port001(0, "51111", "EndpointOptions.SiloPort"),
                Port001(1, "53000", "EndpointOptions.GatewayPort"),
                Port001(2, "51112", "EndpointOptions.SiloListeningEndpoint"),
                Port001(3, "53001", "EndpointOptions.GatewayListeningEndpoint"),
                Port001(4, "53002", "EndpointOptions.GatewayPort"),
                Port001(5, "51113", "EndpointOptions.SiloPort"));

        [Fact]
        public Task Negatives_ClientDefaultsGatewayDisabledReads()
            => VerifyAsync(@"
using System;
using System.Net;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;
class Program
{
    static void M(HostApplicationBuilder builder, ISiloBuilder silo, IClientBuilder client, EndpointOptions options)
    {
        // The client connects to gateways; nothing is bound.
        builder.UseOrleansClient(c => c.UseLocalhostClustering(gatewayPort: 53000));
        client.UseLocalhostClustering(new[] { 53001, 53002 });
        client.UseStaticClustering(new IPEndPoint(IPAddress.Loopback, 53003));
        client.Configure<StaticGatewayListProviderOptions>(o => o.Gateways.Add(new Uri(""gwy.tcp://127.0.0.1:53004/0"")));
        // Defaults, a disabled gateway, the primary silo's address (joined, not bound), configuration.
        silo.UseLocalhostClustering();
        silo.ConfigureEndpoints(siloPort: 11111, gatewayPort: 0);
        silo.UseLocalhostClustering(11112, 30001, primarySiloEndpoint: new IPEndPoint(IPAddress.Loopback, 51111));
        silo.ConfigureEndpoints(int.Parse(builder.Configuration[""Orleans:SiloPort""]!), EndpointOptions.DEFAULT_GATEWAY_PORT);
        silo.Configure<EndpointOptions>(o => o.GatewayPort = 0);
        Console.WriteLine(options.SiloPort == 51112);
        var port = options.GatewayListeningEndpoint?.Port;
        // silo.ConfigureEndpoints(51113, 53005);
    }
}");

        [Fact]
        public Task Negative_LookAlikeEndpointOptionsInAnotherNamespace()
            => VerifyAsync(@"
namespace MyCluster
{
    class EndpointOptions
    {
        public int SiloPort { get; set; }
        public int GatewayPort { get; set; }
    }

    class C
    {
        void M() => new EndpointOptions { SiloPort = 51111, GatewayPort = 53000 };
    }
}");
    }
}
