using System.Collections.Immutable;
using PortLint.Binding;
using static PortLint.Catalog.BoundValueKind;
using static PortLint.Catalog.PortZeroSupport;
using static PortLint.Catalog.SinkMemberKind;

namespace PortLint.Catalog
{
    /// <summary>
    /// The built-in sink catalogue: every server API PortLint knows, one row per member and parameter. The rules, the
    /// pre-checks, the fixes and the supported-API tables of the README and docs are all derived from these rows
    /// (<c>docs/supported-apis.md</c> is generated from them; a test fails when it is stale).
    /// </summary>
    internal static class SinkCatalog
    {
        private static readonly ReadBack ListenerReadBack = ReadBack.Of(
            "((IPEndPoint)listener.LocalEndpoint).Port after Start()", ReadBackServer.Created, "Start", "((IPEndPoint){0}.LocalEndpoint).Port", "(IPEndPoint){0}.LocalEndpoint");

        private static readonly ReadBack UdpReadBack = ReadBack.Of(
            "((IPEndPoint)udp.Client.LocalEndPoint).Port", ReadBackServer.Created, null, "((IPEndPoint){0}.Client.LocalEndPoint!).Port", "(IPEndPoint){0}.Client.LocalEndPoint!");

        private static readonly ReadBack SocketReadBack = ReadBack.Of(
            "((IPEndPoint)socket.LocalEndPoint).Port after Bind()", ReadBackServer.Receiver, null, "((IPEndPoint){0}.LocalEndPoint!).Port", "(IPEndPoint){0}.LocalEndPoint!");

        private static readonly ReadBack KestrelReadBack = ReadBack.Of(
            "app.Urls or IServerAddressesFeature.Addresses after StartAsync()", ReadBackServer.WebApplication, "StartAsync", "new Uri({0}.Urls.First()).Port");

        private static readonly ReadBack WireMockReadBack = ReadBack.Of("server.Port, server.Urls", ReadBackServer.Created, null, "{0}.Port");
        private const string NetMQReadBack = "socket.BindRandomPort(\"tcp://*\"), socket.Options.LastEndpoint";
        private const string MqttReadBack = "options.DefaultEndpointOptions.Port (TlsEndpointOptions.Port) after StartAsync()";

        public static readonly ImmutableArray<SinkEntry> BuiltIn = ImmutableArray.Create(
            // BCL sockets
            Row(SinkLibraries.Bcl, "System.Net.Sockets.TcpListener", Constructor, "TcpListener", "port", Port, SinkFamily.TcpListener, Accepted, ListenerReadBack),
            Row(SinkLibraries.Bcl, "System.Net.Sockets.TcpListener", Constructor, "TcpListener", "localEP", EndPoint, SinkFamily.TcpListener, Accepted, ListenerReadBack),
            Row(SinkLibraries.Bcl, "System.Net.Sockets.TcpListener", Method, "Create", "port", Port, SinkFamily.TcpListener, Accepted, ListenerReadBack).Static(),
            Row(SinkLibraries.Bcl, "System.Net.Sockets.UdpClient", Constructor, "UdpClient", "port", Port, SinkFamily.UdpClient, Accepted, UdpReadBack).Except("hostname"),
            Row(SinkLibraries.Bcl, "System.Net.Sockets.UdpClient", Constructor, "UdpClient", "localEP", EndPoint, SinkFamily.UdpClient, Accepted, UdpReadBack),
            Row(SinkLibraries.Bcl, "System.Net.Sockets.Socket", Method, "Bind", "localEP", EndPoint, SinkFamily.SocketBind, Accepted, SocketReadBack),
            Row(SinkLibraries.Bcl, "System.Net.HttpListener", CollectionAdd, "Prefixes", null, Url, SinkFamily.HttpListener, NotSupported, "none (HttpListener has no port 0)")
                .WithDisplay("HttpListener.Prefixes.Add"),
            Row(SinkLibraries.Bcl, "System.Net.Quic.QuicListenerOptions", Property, "ListenEndPoint", null, EndPoint, SinkFamily.Quic, Accepted, "listener.LocalEndPoint after QuicListener.ListenAsync()"),

            // ASP.NET Core: Kestrel
            Row(SinkLibraries.AspNetCore, "Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions", Method, "Listen", "port", Port, SinkFamily.KestrelListen, RejectedOnLocalhost, KestrelReadBack).GatedBy("Kestrel"),
            Row(SinkLibraries.AspNetCore, "Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions", Method, "Listen", "endPoint", EndPoint, SinkFamily.KestrelListen, RejectedOnLocalhost, KestrelReadBack).GatedBy("Kestrel"),
            Row(SinkLibraries.AspNetCore, "Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions", Method, "ListenLocalhost", "port", Port, SinkFamily.KestrelListenLocalhost, RejectedOnLocalhost, KestrelReadBack).OnHost("localhost"),
            Row(SinkLibraries.AspNetCore, "Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions", Method, "ListenAnyIP", "port", Port, SinkFamily.KestrelListenAnyIP, RejectedOnLocalhost, KestrelReadBack),

            // ASP.NET Core: URLs
            Row(SinkLibraries.AspNetCore, "Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions", Method, "UseUrls", "urls", UrlList, SinkFamily.AspNetCoreUrl, RejectedOnLocalhost, KestrelReadBack)
                .WithDisplay("IWebHostBuilder.UseUrls").Extending("IWebHostBuilder"),
            Row(SinkLibraries.AspNetCore, "Microsoft.AspNetCore.Builder.WebApplication", Method, "Run", "url", Url, SinkFamily.AspNetCoreUrl, RejectedOnLocalhost, KestrelReadBack)
                .WithDisplay("WebApplication.Run").GatedBy("WebApplication"),
            Row(SinkLibraries.AspNetCore, "Microsoft.AspNetCore.Builder.WebApplication", Method, "RunAsync", "url", Url, SinkFamily.AspNetCoreUrl, RejectedOnLocalhost, KestrelReadBack)
                .WithDisplay("WebApplication.RunAsync").GatedBy("WebApplication"),
            Row(SinkLibraries.AspNetCore, "Microsoft.AspNetCore.Builder.WebApplication", CollectionAdd, "Urls", null, Url, SinkFamily.AspNetCoreUrl, RejectedOnLocalhost, KestrelReadBack)
                .WithDisplay("WebApplication.Urls.Add"),
            Row(SinkLibraries.AspNetCore, "Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature", CollectionAdd, "Addresses", null, Url, SinkFamily.AspNetCoreUrl, RejectedOnLocalhost, KestrelReadBack)
                .WithDisplay("IServerAddressesFeature.Addresses.Add"),
            Row(SinkLibraries.AspNetCore, "Microsoft.AspNetCore.WebHost", Method, "Start", "url", Url, SinkFamily.AspNetCoreUrl, RejectedOnLocalhost, "host.ServerFeatures.Get<IServerAddressesFeature>().Addresses").Static(),
            Row(SinkLibraries.AspNetCore, "Microsoft.AspNetCore.WebHost", Method, "StartWith", "url", Url, SinkFamily.AspNetCoreUrl, RejectedOnLocalhost, "host.ServerFeatures.Get<IServerAddressesFeature>().Addresses").Static(),

            // ASP.NET Core: host settings (the key decides: urls, http_ports, https_ports, Kestrel:Endpoints:<name>:Url)
            Row(SinkLibraries.AspNetCore, "Microsoft.AspNetCore.Hosting.IWebHostBuilder", Method, "UseSetting", "value", Setting, SinkFamily.AspNetCoreUrl, RejectedOnLocalhost, KestrelReadBack)
                .WithKey("key").WithDisplay("IWebHostBuilder.UseSetting").AndImplementations(),
            Row(SinkLibraries.AspNetCore, "Microsoft.Extensions.Configuration.IConfiguration", Indexer, "this[]", null, Setting, SinkFamily.AspNetCoreUrl, RejectedOnLocalhost, KestrelReadBack)
                .WithDisplay("IConfiguration").AndImplementations(),
            Row(SinkLibraries.AspNetCore, "Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions", Method, "AddInMemoryCollection", "initialData", Settings, SinkFamily.AspNetCoreUrl, RejectedOnLocalhost, KestrelReadBack)
                .WithDisplay("IConfigurationBuilder.AddInMemoryCollection").Extending("IConfigurationBuilder"),
            Row(SinkLibraries.Bcl, "System.Environment", Method, "SetEnvironmentVariable", "value", Setting, SinkFamily.AspNetCoreUrl, RejectedOnLocalhost, KestrelReadBack)
                .WithKey("variable", environmentVariables: true).WithDisplay("Environment.SetEnvironmentVariable").Static(),

            // ASP.NET Core: HTTP.sys
            Row(SinkLibraries.AspNetCore, "Microsoft.AspNetCore.Server.HttpSys.HttpSysOptions", CollectionAdd, "UrlPrefixes", null, Url, SinkFamily.HttpSys, NotSupported, "none (HTTP.sys has no port 0)")
                .WithDisplay("UrlPrefixCollection.Add(string)"),
            Row(SinkLibraries.AspNetCore, "Microsoft.AspNetCore.Server.HttpSys.UrlPrefix", Factory, "Create", "prefix", Url, SinkFamily.HttpSys, NotSupported, "none (HTTP.sys has no port 0)"),
            Row(SinkLibraries.AspNetCore, "Microsoft.AspNetCore.Server.HttpSys.UrlPrefix", Factory, "Create", "port", Port, SinkFamily.HttpSys, NotSupported, "none (HTTP.sys has no port 0)"),
            Row(SinkLibraries.AspNetCore, "Microsoft.AspNetCore.Server.HttpSys.UrlPrefix", Factory, "Create", "portValue", Port, SinkFamily.HttpSys, NotSupported, "none (HTTP.sys has no port 0)"),

            // ASP.NET Core test host
            Row(SinkLibraries.MvcTesting, "Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory`1", Method, "UseKestrel", "port", Port, SinkFamily.TestServer, Accepted, "factory.ClientOptions.BaseAddress after StartServer()"),

            // WireMock.Net
            Row(SinkLibraries.WireMock, "WireMock.Server.WireMockServer", Method, "Start", "port", Port, SinkFamily.WireMock, Accepted, WireMockReadBack).Static(),
            Row(SinkLibraries.WireMock, "WireMock.Server.WireMockServer", Method, "Start", "urls", UrlList, SinkFamily.WireMock, Accepted, WireMockReadBack).Static(),
            Row(SinkLibraries.WireMock, "WireMock.Server.WireMockServer", Method, "StartWithAdminInterface", "port", Port, SinkFamily.WireMock, Accepted, WireMockReadBack).Static(),
            Row(SinkLibraries.WireMock, "WireMock.Server.WireMockServer", Method, "StartWithAdminInterface", "urls", UrlList, SinkFamily.WireMock, Accepted, WireMockReadBack).Static(),
            Row(SinkLibraries.WireMock, "WireMock.Server.WireMockServer", Method, "StartWithAdminInterfaceAndReadStaticMappings", "urls", UrlList, SinkFamily.WireMock, Accepted, WireMockReadBack).Static(),
            Row(SinkLibraries.WireMock, "WireMock.Settings.WireMockServerSettings", Property, "Port", null, Port, SinkFamily.WireMock, Accepted, WireMockReadBack),
            Row(SinkLibraries.WireMock, "WireMock.Settings.WireMockServerSettings", Property, "Urls", null, UrlList, SinkFamily.WireMock, Accepted, WireMockReadBack),

            // Grpc.Core
            Row(SinkLibraries.GrpcCore, "Grpc.Core.ServerPort", Constructor, "ServerPort", "port", Port, SinkFamily.Grpc, Accepted, "server.Ports.Add(...) returns it; the added ServerPort's BoundPort"),
            Row(SinkLibraries.GrpcCore, "Grpc.Core.Server+ServerPortCollection", Method, "Add", "port", Port, SinkFamily.Grpc, Accepted, "the int server.Ports.Add(host, port, credentials) returns"),

            // Testcontainers: the host port
            Row(SinkLibraries.Testcontainers, "DotNet.Testcontainers.Builders.ContainerBuilder`3", Method, "WithPortBinding", "hostPort", Port, SinkFamily.Testcontainers, Accepted, "container.GetMappedPublicPort(containerPort)"),
            Row(SinkLibraries.Testcontainers, "DotNet.Testcontainers.Builders.ContainerBuilder`3", Method, "WithPortBinding", "port", Port, SinkFamily.Testcontainers, Accepted, "container.GetMappedPublicPort(containerPort)")
                .WhenFalse("assignRandomHostPort"),
            Row(SinkLibraries.Testcontainers, "DotNet.Testcontainers.Builders.IContainerBuilder`3", Method, "WithPortBinding", "hostPort", Port, SinkFamily.Testcontainers, Accepted, "container.GetMappedPublicPort(containerPort)")
                .AndImplementations(),
            Row(SinkLibraries.Testcontainers, "DotNet.Testcontainers.Builders.IContainerBuilder`3", Method, "WithPortBinding", "port", Port, SinkFamily.Testcontainers, Accepted, "container.GetMappedPublicPort(containerPort)")
                .WhenFalse("assignRandomHostPort").AndImplementations(),

            // .NET Aspire: the host port
            Row(SinkLibraries.Aspire, "Aspire.Hosting.ResourceBuilderExtensions", Method, "WithEndpoint", "port", Port, SinkFamily.Aspire, Accepted, "resource.GetEndpoint(name).Port").Extending("IResourceBuilder<T>"),
            Row(SinkLibraries.Aspire, "Aspire.Hosting.ResourceBuilderExtensions", Method, "WithHttpEndpoint", "port", Port, SinkFamily.Aspire, Accepted, "resource.GetEndpoint(\"http\").Port").Extending("IResourceBuilder<T>"),
            Row(SinkLibraries.Aspire, "Aspire.Hosting.ResourceBuilderExtensions", Method, "WithHttpsEndpoint", "port", Port, SinkFamily.Aspire, Accepted, "resource.GetEndpoint(\"https\").Port").Extending("IResourceBuilder<T>"),
            Row(SinkLibraries.Aspire, "Aspire.Hosting.ApplicationModel.EndpointAnnotation", Property, "Port", null, Port, SinkFamily.Aspire, Accepted, "resource.GetEndpoint(name).Port"),

            // NetMQ: Bind(address), and the sockets' connection strings ("@" binds, ">" connects, no prefix: the socket's default)
            Row(SinkLibraries.NetMQ, "NetMQ.NetMQSocket", Method, "Bind", "address", Address, SinkFamily.NetMQ, Accepted, NetMQReadBack),
            Row(SinkLibraries.NetMQ, "NetMQ.INetMQSocket", Method, "Bind", "address", Address, SinkFamily.NetMQ, Accepted, NetMQReadBack),
            Row(SinkLibraries.NetMQ, "NetMQ.ThreadSafeSocket", Method, "Bind", "address", Address, SinkFamily.NetMQ, Accepted, NetMQReadBack),
            NetMQSocket("ResponseSocket", bindsByDefault: true),
            NetMQSocket("PublisherSocket", bindsByDefault: true),
            NetMQSocket("RouterSocket", bindsByDefault: true),
            NetMQSocket("XPublisherSocket", bindsByDefault: true),
            NetMQSocket("PullSocket", bindsByDefault: true),
            NetMQSocket("RequestSocket", bindsByDefault: false),
            NetMQSocket("SubscriberSocket", bindsByDefault: false),
            NetMQSocket("DealerSocket", bindsByDefault: false),
            NetMQSocket("PushSocket", bindsByDefault: false),
            NetMQSocket("XSubscriberSocket", bindsByDefault: false),
            NetMQSocket("PairSocket", bindsByDefault: false),
            NetMQSocket("StreamSocket", bindsByDefault: false),

            // MQTTnet
            Row(SinkLibraries.Mqtt, "MQTTnet.Server.MqttServerOptionsBuilder", Method, "WithDefaultEndpointPort", "value", Port, SinkFamily.Mqtt, Accepted, MqttReadBack),
            Row(SinkLibraries.Mqtt, "MQTTnet.Server.MqttServerOptionsBuilder", Method, "WithEncryptedEndpointPort", "value", Port, SinkFamily.Mqtt, Accepted, MqttReadBack),
            Row(SinkLibraries.Mqtt, "MQTTnet.Server.MqttServerTcpEndpointBaseOptions", Property, "Port", null, Port, SinkFamily.Mqtt, Accepted, MqttReadBack),

            // Orleans
            Row(SinkLibraries.Orleans, "Orleans.Hosting.EndpointOptionsExtensions", Method, "ConfigureEndpoints", "siloPort", Port, SinkFamily.Orleans, NotSupported, "none (the silo advertises its configured port)").Extending("ISiloBuilder"),
            Row(SinkLibraries.Orleans, "Orleans.Hosting.EndpointOptionsExtensions", Method, "ConfigureEndpoints", "gatewayPort", Port, SinkFamily.Orleans, NotSupported, "none (the silo advertises its configured port)").Extending("ISiloBuilder"),
            Row(SinkLibraries.Orleans, "Orleans.Hosting.CoreHostingExtensions", Method, "UseLocalhostClustering", "siloPort", Port, SinkFamily.Orleans, NotSupported, "none (the silo advertises its configured port)").Extending("ISiloBuilder"),
            Row(SinkLibraries.Orleans, "Orleans.Hosting.CoreHostingExtensions", Method, "UseLocalhostClustering", "gatewayPort", Port, SinkFamily.Orleans, NotSupported, "none (the silo advertises its configured port)").Extending("ISiloBuilder"),
            Row(SinkLibraries.Orleans, "Orleans.Configuration.EndpointOptions", Property, "SiloPort", null, Port, SinkFamily.Orleans, NotSupported, "none (the silo advertises its configured port)"),
            Row(SinkLibraries.Orleans, "Orleans.Configuration.EndpointOptions", Property, "GatewayPort", null, Port, SinkFamily.Orleans, NotSupported, "none (the silo advertises its configured port)"),
            Row(SinkLibraries.Orleans, "Orleans.Configuration.EndpointOptions", Property, "SiloListeningEndpoint", null, EndPoint, SinkFamily.Orleans, NotSupported, "none (the silo advertises its configured port)"),
            Row(SinkLibraries.Orleans, "Orleans.Configuration.EndpointOptions", Property, "GatewayListeningEndpoint", null, EndPoint, SinkFamily.Orleans, NotSupported, "none (the silo advertises its configured port)"));

        /// <summary>The names of the built-in factories (<c>UrlPrefix.Create</c>): a call of one is a value a site can read.</summary>
        private static readonly System.Collections.Generic.HashSet<string> FactoryNames = new System.Collections.Generic.HashSet<string>(
            System.Linq.Enumerable.Select(System.Linq.Enumerable.Where(BuiltIn, e => e.Member == Factory), e => e.MemberName), System.StringComparer.Ordinal);

        public static bool IsBuiltInFactoryName(string name) => FactoryNames.Contains(name);

        private static SinkEntry NetMQSocket(string type, bool bindsByDefault)
        {
            var row = Row(SinkLibraries.NetMQ, "NetMQ.Sockets." + type, Constructor, type, "connectionString", ConnectionString, SinkFamily.NetMQ, Accepted, NetMQReadBack);
            return bindsByDefault ? row.BindsByDefault() : row;
        }

        private static SinkEntry Row(SinkLibrary library, string typeName, SinkMemberKind member, string memberName, string? parameter, BoundValueKind value, SinkFamily family, PortZeroSupport portZero, ReadBack readBack)
            => new SinkEntry(library, typeName, member, memberName, parameter, value, family, portZero, readBack);
    }
}
