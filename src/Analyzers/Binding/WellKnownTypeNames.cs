namespace PortLint.Binding
{
    /// <summary>Metadata names of the types whose members bind servers.</summary>
    internal static class WellKnownTypeNames
    {
        public const string TcpListener = "System.Net.Sockets.TcpListener";
        public const string UdpClient = "System.Net.Sockets.UdpClient";
        public const string Socket = "System.Net.Sockets.Socket";
        public const string IPEndPoint = "System.Net.IPEndPoint";
        public const string HttpListenerPrefixCollection = "System.Net.HttpListenerPrefixCollection";
        public const string KestrelServerOptions = "Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions";
        public const string HostingAbstractionsWebHostBuilderExtensions = "Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions";
        public const string IWebHostBuilder = "Microsoft.AspNetCore.Hosting.IWebHostBuilder";
        public const string WebHostDefaults = "Microsoft.AspNetCore.Hosting.WebHostDefaults";
        public const string WebApplication = "Microsoft.AspNetCore.Builder.WebApplication";
        public const string IServerAddressesFeature = "Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature";
    }
}
