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
    /// MQTTnet.Server 5.2.0.1603: the broker listens on the ports given to <c>MqttServerOptionsBuilder.WithDefaultEndpointPort(int)</c>
    /// (plain TCP, default 1883) and <c>WithEncryptedEndpointPort(int)</c> (TLS, default 8883). Port 0 lets the OS pick; once the
    /// server has started, the listener writes the bound port back to <c>MqttServerOptions.DefaultEndpointOptions.Port</c>
    /// (<c>TlsEndpointOptions.Port</c>). <c>MqttClientOptionsBuilder.WithTcpServer(host, port)</c> is the client.
    /// </summary>
    public sealed class MqttNetTests
    {
        private const string DefaultPort = "MqttServerOptionsBuilder.WithDefaultEndpointPort(int)";
        private const string EncryptedPort = "MqttServerOptionsBuilder.WithEncryptedEndpointPort(int)";
        private const string OptionsPort = "MqttServerTcpEndpointBaseOptions.Port";

        private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
            => Verify.VerifyAsync(source, editorConfig: null, test => test.ReferenceAssemblies = LibraryReferences.MqttNet, expected);

        // ---- MqttServerOptionsBuilder.WithDefaultEndpointPort(int value) ----

        [Fact]
        public Task DefaultEndpointPort_FactoryBuilder_Literal()
            => VerifyAsync(@"
using System.Threading.Tasks;
using MQTTnet.Server;
class Program
{
    static async Task Main()
    {
        var factory = new MqttServerFactory();
        var options = factory.CreateServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointPort({|#0:55555|})
            .Build();
        using var server = factory.CreateMqttServer(options);
        await server.StartAsync();
    }
}", Port001(0, "55555", DefaultPort));

        [Fact]
        public Task DefaultEndpointPort_NewBuilder_Const_NamedArgument_VarReceiverLocal()
            => VerifyAsync(@"
using MQTTnet.Server;
class Broker
{
    public const int Port = 61883;
    MqttServerOptions A() => new MqttServerOptionsBuilder().WithDefaultEndpoint().WithDefaultEndpointPort({|#0:Port|}).Build();
    MqttServerOptions B() => new MqttServerOptionsBuilder().WithDefaultEndpointPort(value: {|#1:55556|}).Build();
    MqttServerOptions C()
    {
        int port = 41883;
        var builder = new MqttServerOptionsBuilder();
        builder.WithDefaultEndpoint();
        builder.WithDefaultEndpointPort({|#2:port|});
        return builder.Build();
    }
}",
                Port001(0, "61883", DefaultPort, Dynamic),
                Port001(1, "55556", DefaultPort),
                Port002(2, "41883", DefaultPort));

        // ---- MqttServerOptionsBuilder.WithEncryptedEndpointPort(int value) ----

        [Fact]
        public Task EncryptedEndpointPort()
            => VerifyAsync(@"
using MQTTnet.Server;
class C
{
    const int TlsPort = 58883;
    MqttServerOptions M() => new MqttServerOptionsBuilder()
        .WithoutDefaultEndpoint()
        .WithEncryptedEndpoint()
        .WithEncryptedEndpointPort({|#0:TlsPort|})
        .WithDefaultEndpointPort({|#1:51883|})
        .Build();
}",
                Port001(0, "58883", EncryptedPort),
                Port001(1, "51883", DefaultPort));

        [Fact]
        public Task EndpointOptionsPort_Assignment()
            => VerifyAsync(@"
using MQTTnet.Server;
class C
{
    MqttServerOptions M()
    {
        var options = new MqttServerOptionsBuilder().WithDefaultEndpoint().Build();
        options.DefaultEndpointOptions.Port = {|#0:55555|};
        options.TlsEndpointOptions.Port = {|#1:55556|};
        return options;
    }
}",
                Port001(0, "55555", OptionsPort),
                Port001(1, "55556", OptionsPort));

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
        public Task Client_WithTcpServer_IsNotReported()
            => VerifyAsync(@"
using System.Threading.Tasks;
using MQTTnet;
class C
{
    async Task M()
    {
        var factory = new MqttClientFactory();
        using var client = factory.CreateMqttClient();
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(""localhost"", 55555)
            .WithClientId(""sensor-1"")
            .Build();
        var other = factory.CreateClientOptionsBuilder().WithTcpServer(""broker.local"", port: 61883).Build();
        await client.ConnectAsync(options);
    }
}");

        [Fact]
        public Task PortZero_TheDefaults_AndTheBoundPortRead_AreNotReported()
            => VerifyAsync(@"
using System;
using System.Threading.Tasks;
using MQTTnet.Server;
class C
{
    async Task M()
    {
        var factory = new MqttServerFactory();
        var options = factory.CreateServerOptionsBuilder().WithDefaultEndpoint().WithDefaultEndpointPort(0).Build();
        var standard = new MqttServerOptionsBuilder().WithDefaultEndpointPort(1883).WithEncryptedEndpointPort(8883).Build();
        using var server = factory.CreateMqttServer(options);
        await server.StartAsync();
        int bound = options.DefaultEndpointOptions.Port;
        Console.WriteLine($""MQTT broker listening on {bound}"");
    }
}");

        [Fact]
        public Task PortFromConfigurationOrEnvironment_IsNotReported()
            => VerifyAsync(@"
using System;
using Microsoft.Extensions.Configuration;
using MQTTnet.Server;
class C
{
    MqttServerOptions M(IConfiguration configuration) => new MqttServerOptionsBuilder()
        .WithDefaultEndpoint()
        .WithDefaultEndpointPort(configuration.GetValue<int>(""Mqtt:Port""))
        .WithEncryptedEndpointPort(int.Parse(Environment.GetEnvironmentVariable(""MQTT_TLS_PORT"") ?? ""0""))
        .Build();
}");

        [Fact]
        public Task LookAlikeType_InAnotherNamespace_IsNotReported()
            => VerifyAsync(@"
namespace Fakes
{
    public sealed class MqttServerOptionsBuilder
    {
        public MqttServerOptionsBuilder WithDefaultEndpointPort(int value) => this;
        public MqttServerOptionsBuilder WithEncryptedEndpointPort(int value) => this;
    }

    class C
    {
        void M() => new MqttServerOptionsBuilder().WithDefaultEndpointPort(55555).WithEncryptedEndpointPort(55556);
    }
}");

        [Fact]
        public Task LogStringsAndComments_AreNotReported()
            => VerifyAsync(@"
using System;
using MQTTnet.Server;
class C
{
    MqttServerOptions M()
    {
        // .WithDefaultEndpointPort(55555)
        Console.WriteLine(""Broker moved off WithDefaultEndpointPort(55555) to port 0"");
        return new MqttServerOptionsBuilder().WithDefaultEndpoint().WithDefaultEndpointPort(0).Build();
    }
}");
    }
}
