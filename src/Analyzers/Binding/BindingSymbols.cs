using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PortLint.Binding
{
    /// <summary>
    /// The server-binding symbols of one compilation, resolved once at compilation start and matched by symbol, never by
    /// name: a <c>TcpListener</c> in another namespace is not the BCL one.
    /// </summary>
    internal sealed class BindingSymbols
    {
        /// <summary>The configuration key of the server URLs (<c>WebHostDefaults.ServerUrlsKey</c>).</summary>
        public const string ServerUrlsKey = "urls";

        private readonly Dictionary<IMethodSymbol, Sink> _sinks;
        private readonly Dictionary<IPropertySymbol, Sink> _urlCollections;

        private BindingSymbols(
            Dictionary<IMethodSymbol, Sink> sinks,
            Dictionary<IPropertySymbol, Sink> urlCollections,
            INamedTypeSymbol? ipEndPoint,
            INamedTypeSymbol? webHostBuilder,
            IFieldSymbol? serverUrlsKeyField)
        {
            _sinks = sinks;
            _urlCollections = urlCollections;
            IPEndPoint = ipEndPoint;
            WebHostBuilder = webHostBuilder;
            ServerUrlsKeyField = serverUrlsKeyField;
        }

        public INamedTypeSymbol? IPEndPoint { get; }

        public INamedTypeSymbol? WebHostBuilder { get; }

        /// <summary><c>WebHostDefaults.ServerUrlsKey</c>: a <c>static readonly</c> field, so it has no compile-time value to compare.</summary>
        public IFieldSymbol? ServerUrlsKeyField { get; }

        /// <summary>Resolves the binding APIs the compilation references; null when it references none (the analyzer then registers nothing).</summary>
        public static BindingSymbols? Create(Compilation compilation)
        {
            var sinks = new Dictionary<IMethodSymbol, Sink>(SymbolEqualityComparer.Default);
            var urlCollections = new Dictionary<IPropertySymbol, Sink>(SymbolEqualityComparer.Default);

            var tcpListener = compilation.GetTypeByMetadataName(WellKnownTypeNames.TcpListener);
            AddServerSocketMembers(sinks, tcpListener, SinkFamily.TcpListener);
            AddServerSocketMembers(sinks, compilation.GetTypeByMetadataName(WellKnownTypeNames.UdpClient), SinkFamily.UdpClient);
            AddMethods(sinks, compilation.GetTypeByMetadataName(WellKnownTypeNames.Socket), "Bind", SinkFamily.SocketBind);

            var kestrel = compilation.GetTypeByMetadataName(WellKnownTypeNames.KestrelServerOptions);
            AddMethods(sinks, kestrel, "Listen", SinkFamily.KestrelListen);
            AddMethods(sinks, kestrel, "ListenLocalhost", SinkFamily.KestrelListenLocalhost);
            AddMethods(sinks, kestrel, "ListenAnyIP", SinkFamily.KestrelListenAnyIP);

            foreach (var useUrls in Methods(compilation.GetTypeByMetadataName(WellKnownTypeNames.HostingAbstractionsWebHostBuilderExtensions), "UseUrls"))
            {
                AddUrlSink(sinks, useUrls, SinkKind.Urls, SinkFamily.AspNetCoreUrl, "IWebHostBuilder.UseUrls");
            }

            var webApplication = compilation.GetTypeByMetadataName(WellKnownTypeNames.WebApplication);
            foreach (var run in Methods(webApplication, "Run").Concat(Methods(webApplication, "RunAsync")))
            {
                AddUrlSink(sinks, run, SinkKind.Url, SinkFamily.AspNetCoreUrl, "WebApplication." + run.Name);
            }

            AddUrlCollection(urlCollections, webApplication, "Urls", "WebApplication.Urls.Add");
            AddUrlCollection(urlCollections, compilation.GetTypeByMetadataName(WellKnownTypeNames.IServerAddressesFeature), "Addresses", "IServerAddressesFeature.Addresses.Add");

            foreach (var add in Methods(compilation.GetTypeByMetadataName(WellKnownTypeNames.HttpListenerPrefixCollection), "Add"))
            {
                AddUrlSink(sinks, add, SinkKind.Url, SinkFamily.HttpListener, "HttpListener.Prefixes.Add");
            }

            var webHostBuilder = compilation.GetTypeByMetadataName(WellKnownTypeNames.IWebHostBuilder);
            var ipEndPoint = compilation.GetTypeByMetadataName(WellKnownTypeNames.IPEndPoint);
            if (sinks.Count == 0 && urlCollections.Count == 0 && webHostBuilder is null && ipEndPoint is null)
            {
                return null;
            }

            var serverUrlsKeyField = compilation.GetTypeByMetadataName(WellKnownTypeNames.WebHostDefaults)?.GetMembers("ServerUrlsKey").OfType<IFieldSymbol>().FirstOrDefault();
            return new BindingSymbols(sinks, urlCollections, ipEndPoint, webHostBuilder, serverUrlsKeyField);
        }

        /// <summary>The sink <paramref name="method"/> is, if any.</summary>
        public bool TryGetSink(IMethodSymbol method, out Sink sink)
        {
            sink = null!;
            return _sinks.Count != 0 && _sinks.TryGetValue(method.OriginalDefinition, out sink!);
        }

        /// <summary>The sink for <c>Add</c> on a server URL collection (<c>WebApplication.Urls</c>, <c>IServerAddressesFeature.Addresses</c>).</summary>
        public bool TryGetUrlCollectionSink(IPropertySymbol collection, out Sink sink)
        {
            sink = null!;
            return _urlCollections.Count != 0 && _urlCollections.TryGetValue(collection.OriginalDefinition, out sink!);
        }

        /// <summary>Whether <paramref name="method"/> is <c>IWebHostBuilder.UseSetting</c> or an implementation of it.</summary>
        public bool IsUseSetting(IMethodSymbol method)
        {
            if (WebHostBuilder is null || method.Name != "UseSetting" || method.Parameters.Length != 2)
            {
                return false;
            }

            var type = method.ContainingType;
            if (SymbolEqualityComparer.Default.Equals(type, WebHostBuilder))
            {
                return true;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented, WebHostBuilder))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="field"/> is <c>WebHostDefaults.ServerUrlsKey</c>.</summary>
        public bool IsServerUrlsKey(IFieldSymbol field) => ServerUrlsKeyField != null && SymbolEqualityComparer.Default.Equals(field, ServerUrlsKeyField);

        public bool IsIPEndPoint(ITypeSymbol? type) => type != null && SymbolEqualityComparer.Default.Equals(type, IPEndPoint);

        private static IEnumerable<IMethodSymbol> Methods(INamedTypeSymbol? type, string name)
            => type is null ? Enumerable.Empty<IMethodSymbol>() : type.GetMembers(name).OfType<IMethodSymbol>();

        /// <summary>TcpListener / UdpClient: the constructors and static factories that take a local port or endpoint. A host-name parameter means the API connects.</summary>
        private static void AddServerSocketMembers(Dictionary<IMethodSymbol, Sink> sinks, INamedTypeSymbol? type, SinkFamily family)
        {
            if (type is null)
            {
                return;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol method
                    && (method.MethodKind == MethodKind.Constructor || (method.IsStatic && method.Name == "Create"))
                    && !method.Parameters.Any(p => p.Type.SpecialType == SpecialType.System_String))
                {
                    AddBindingParameter(sinks, method, family);
                }
            }
        }

        private static void AddMethods(Dictionary<IMethodSymbol, Sink> sinks, INamedTypeSymbol? type, string name, SinkFamily family)
        {
            foreach (var method in Methods(type, name))
            {
                AddBindingParameter(sinks, method, family);
            }
        }

        /// <summary>Registers <paramref name="method"/> by its <c>int port</c> or endpoint parameter, if it has one.</summary>
        private static void AddBindingParameter(Dictionary<IMethodSymbol, Sink> sinks, IMethodSymbol method, SinkFamily family)
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Type.SpecialType == SpecialType.System_Int32 && parameter.Name == "port")
                {
                    sinks[method] = new Sink(SinkKind.Port, family, parameter.Ordinal, Display(method));
                    return;
                }

                if (parameter.Type.Name == "IPEndPoint" || parameter.Type.Name == "EndPoint")
                {
                    sinks[method] = new Sink(SinkKind.EndPoint, family, parameter.Ordinal, Display(method));
                    return;
                }
            }
        }

        private static void AddUrlSink(Dictionary<IMethodSymbol, Sink> sinks, IMethodSymbol method, SinkKind kind, SinkFamily family, string display)
        {
            foreach (var parameter in method.Parameters)
            {
                var isUrls = parameter.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String };
                if (parameter.Type.SpecialType == SpecialType.System_String || isUrls)
                {
                    sinks[method] = new Sink(isUrls ? SinkKind.Urls : kind, family, parameter.Ordinal, display);
                    return;
                }
            }
        }

        private static void AddUrlCollection(Dictionary<IPropertySymbol, Sink> collections, INamedTypeSymbol? type, string propertyName, string display)
        {
            if (type?.GetMembers(propertyName).OfType<IPropertySymbol>().FirstOrDefault() is { } property)
            {
                collections[property] = new Sink(SinkKind.Url, SinkFamily.AspNetCoreUrl, 0, display);
            }
        }

        private static string Display(IMethodSymbol method)
        {
            var parameters = string.Join(", ", method.Parameters.Select(p => p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
            var name = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.ContainingType.Name + "." + method.Name;
            return name + "(" + parameters + ")";
        }
    }
}
