namespace PortLint.Binding
{
    /// <summary>The server API a sink belongs to; code fixes and PORT004 depend on it. The names are written into diagnostic properties.</summary>
    internal enum SinkFamily
    {
        TcpListener,
        UdpClient,
        SocketBind,
        KestrelListen,
        KestrelListenLocalhost,
        KestrelListenAnyIP,

        /// <summary>Kestrel / ASP.NET Core URL binding: UseUrls, WebApplication.Urls, Run(url), UseSetting("urls").</summary>
        AspNetCoreUrl,
        HttpListener,
    }
}
