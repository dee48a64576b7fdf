using System.Linq;
using Microsoft.CodeAnalysis;

namespace PortLint.Catalog
{
    /// <summary>
    /// How messages name an API: <c>TcpListener(IPAddress, int)</c>, <c>WireMockServer.Start(int?, bool)</c>, an extension
    /// method after the type it extends (<c>IResourceBuilder&lt;T&gt;.WithHttpEndpoint(int?, int?, string?, string?, bool)</c>),
    /// <c>WireMockServerSettings.Port</c>. A generic type is named without its type parameters
    /// (<c>ContainerBuilder.WithPortBinding(int, int)</c>).
    /// </summary>
    internal static class SinkDisplay
    {
        public static string Of(IMethodSymbol method)
        {
            var parameters = method.Parameters;
            var owner = method.ContainingType.Name;
            if (method.IsExtensionMethod && parameters.Length > 0)
            {
                owner = parameters[0].Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
                parameters = parameters.RemoveAt(0);
            }

            var list = string.Join(", ", parameters.Select(p => p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
            var name = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : owner + "." + method.Name;
            return name + "(" + list + ")";
        }

        public static string Of(IPropertySymbol property)
            => property.IsIndexer ? property.ContainingType.Name : property.ContainingType.Name + "." + property.Name;
    }
}
