namespace PortLint.Binding
{
    /// <summary>The server API a sink belongs to, as the code fixes tell them apart. The names are written into diagnostic properties.</summary>
    internal enum SinkFamily
    {
        TcpListener,
        UdpClient,
        SocketBind,
        KestrelListen,
        KestrelListenLocalhost,
        KestrelListenAnyIP,

        /// <summary>Kestrel / ASP.NET Core URL binding: UseUrls, WebApplication.Urls, Run(url), WebHost.Start(url), host settings.</summary>
        AspNetCoreUrl,
        HttpListener,
        HttpSys,
        Quic,
        WireMock,
        Grpc,
        Testcontainers,
        Aspire,
        NetMQ,
        Mqtt,
        Orleans,

        /// <summary>A test server on Kestrel (<c>WebApplicationFactory&lt;T&gt;.UseKestrel(port)</c>).</summary>
        TestServer,

        /// <summary>A project's own server API, declared in <c>dotnet_code_quality.server_apis</c>.</summary>
        UserApi,
    }
}
