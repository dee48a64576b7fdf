using System;
using Microsoft.CodeAnalysis;

namespace PortLint.Catalog
{
    /// <summary>
    /// Whether a type symbol is the one a metadata name names (<c>Grpc.Core.Server+ServerPortCollection</c>,
    /// <c>WebApplicationFactory`1</c>), compared part by part from the right without building a string. Used instead of
    /// <see cref="Compilation.GetTypeByMetadataName"/>, which searches every reference for every name (about 8 ms per
    /// compilation for the catalogue's types, measured on MQTTnet).
    /// </summary>
    internal sealed class TypeNameMatcher
    {
        private readonly string[] _parts;
        private readonly bool[] _nested;

        public TypeNameMatcher(string metadataName)
        {
            var parts = new System.Collections.Generic.List<string>();
            var nested = new System.Collections.Generic.List<bool>();
            var start = 0;
            for (var i = 0; i <= metadataName.Length; i++)
            {
                if (i == metadataName.Length || metadataName[i] == '.' || metadataName[i] == '+')
                {
                    parts.Add(metadataName.Substring(start, i - start));
                    nested.Add(i < metadataName.Length && metadataName[i] == '+');
                    start = i + 1;
                }
            }

            _parts = parts.ToArray();
            _nested = nested.ToArray();
        }

        /// <summary>The type's own metadata name (<c>ServerPortCollection</c>, <c>ContainerBuilder`3</c>): the key the catalogue is indexed by.</summary>
        public string Name => _parts[_parts.Length - 1];

        public bool Matches(INamedTypeSymbol type)
        {
            ISymbol? current = type;
            for (var i = _parts.Length - 1; i >= 0; i--)
            {
                // The separator after part i-1 says whether part i is nested in a type or declared in a namespace.
                if (current is null || !string.Equals(current.MetadataName, _parts[i], StringComparison.Ordinal))
                {
                    return false;
                }

                current = i > 0 && _nested[i - 1] ? (ISymbol?)((ITypeSymbol)current).ContainingType : current.ContainingNamespace;
                if (i > 0 && !_nested[i - 1] && current is INamespaceSymbol { IsGlobalNamespace: true })
                {
                    return false;
                }
            }

            return current is INamespaceSymbol { IsGlobalNamespace: true } || current is null;
        }
    }
}
