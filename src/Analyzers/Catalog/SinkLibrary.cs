using System;

namespace PortLint.Catalog
{
    /// <summary>
    /// A library whose APIs bind servers: how the docs name it, and the assemblies that define its catalogued types. A
    /// compilation that references none of them never looks at its entries (their words, anchors and symbols).
    /// </summary>
    internal sealed class SinkLibrary
    {
        public SinkLibrary(string name, string package, params string[] assemblies)
        {
            Name = name;
            Package = package;
            Assemblies = assemblies;
        }

        /// <summary>How the docs name the library, e.g. <c>WireMock.Net</c>.</summary>
        public string Name { get; }

        /// <summary>The package (or framework) that brings it, for the docs.</summary>
        public string Package { get; }

        /// <summary>Assembly names; a name ending in <c>*</c> matches every assembly whose name starts with the rest.</summary>
        public string[] Assemblies { get; }

        /// <summary>Whether an assembly of this name can define one of the library's types (no allocation: it runs for every reference).</summary>
        public bool Defines(string assemblyName)
        {
            foreach (var name in Assemblies)
            {
                var prefix = name.Length > 0 && name[name.Length - 1] == '*';
                var length = prefix ? name.Length - 1 : name.Length;
                if ((prefix ? assemblyName.Length >= length : assemblyName.Length == length)
                    && string.Compare(assemblyName, 0, name, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
