using System;
using Microsoft.CodeAnalysis;

namespace PortLint.Binding
{
    /// <summary>
    /// The assemblies that define the binding APIs. A compilation that references none of them registers nothing, before any
    /// symbol is looked up.
    /// </summary>
    internal static class BindingAssemblies
    {
        public static bool AnyReferenced(Compilation compilation)
        {
            foreach (var identity in compilation.ReferencedAssemblyNames)
            {
                var name = identity.Name;
                if (name == "System.Net.Sockets" || name == "System.Net.Primitives" || name == "System.Net.HttpListener"
                    || name == "netstandard" || name == "System"
                    || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
