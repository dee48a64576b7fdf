namespace PortLint.Catalog
{
    /// <summary>The libraries the built-in catalogue covers.</summary>
    internal static class SinkLibraries
    {
        /// <summary>The BCL: <c>System</c> and <c>netstandard</c> hold the types on .NET Framework and .NET Standard, <c>System.Runtime</c> holds <c>Environment</c>.</summary>
        public static readonly SinkLibrary Bcl = new SinkLibrary(
            "BCL", ".NET",
            "System.Net.Sockets", "System.Net.Primitives", "System.Net.HttpListener", "System.Net.Quic", "System.Runtime", "System.Runtime.Extensions",
            "System.Private.CoreLib", "mscorlib", "netstandard", "System");

        public static readonly SinkLibrary AspNetCore = new SinkLibrary(
            "ASP.NET Core", "Microsoft.AspNetCore.App", "Microsoft.AspNetCore*", "Microsoft.Extensions.Configuration*");

        public static readonly SinkLibrary MvcTesting = new SinkLibrary("ASP.NET Core test host", "Microsoft.AspNetCore.Mvc.Testing", "Microsoft.AspNetCore.Mvc.Testing");

        public static readonly SinkLibrary WireMock = new SinkLibrary("WireMock.Net", "WireMock.Net", "WireMock.Net*");

        public static readonly SinkLibrary GrpcCore = new SinkLibrary("Grpc.Core", "Grpc.Core", "Grpc.Core");

        public static readonly SinkLibrary Testcontainers = new SinkLibrary("Testcontainers", "Testcontainers", "Testcontainers*");

        public static readonly SinkLibrary Aspire = new SinkLibrary(".NET Aspire", "Aspire.Hosting", "Aspire.Hosting*");

        public static readonly SinkLibrary NetMQ = new SinkLibrary("NetMQ", "NetMQ", "NetMQ");

        public static readonly SinkLibrary Mqtt = new SinkLibrary("MQTTnet", "MQTTnet.Server", "MQTTnet*");

        public static readonly SinkLibrary Orleans = new SinkLibrary("Orleans", "Microsoft.Orleans.Server", "Orleans*", "Microsoft.Orleans*");

        public static readonly SinkLibrary[] All = { Bcl, AspNetCore, MvcTesting, WireMock, GrpcCore, Testcontainers, Aspire, NetMQ, Mqtt, Orleans };
    }
}
