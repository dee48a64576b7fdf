using System;
using Microsoft.CodeAnalysis;

namespace PortLint.Binding
{
    /// <summary>
    /// The assemblies that define the binding APIs. A compilation that references none of them registers nothing, before any
    /// symbol is looked up. The references' names are read first (file names, a referenced project's assembly name): that answers
    /// "yes" for every ordinary project without loading anything. <see cref="Compilation.ReferencedAssemblyNames"/> makes the
    /// compilation load every reference's assembly symbol, about 100 ms inside PortLint's compilation-start action on a .NET +
    /// ASP.NET Core compilation (docs/performance.md), so it is asked only before answering "no": a file name need not be the
    /// assembly's name (<c>System.ni.dll</c>, a content-addressed cache), and scripts have references of their own.
    /// </summary>
    internal static class BindingAssemblies
    {
        public static bool AnyReferenced(Compilation compilation)
        {
            // ExternalReferences, not References: enumerating References to its end binds the references (for #r directives).
            foreach (var reference in compilation.ExternalReferences)
            {
                var name = NameOf(reference);
                if (name is null || MayDefineBindingApi(name))
                {
                    return true;
                }
            }

            foreach (var identity in compilation.ReferencedAssemblyNames)
            {
                if (MayDefineBindingApi(identity.Name))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether an assembly of this name can define a binding API (<c>System</c> and <c>netstandard</c> do on .NET Framework and .NET Standard).</summary>
        internal static bool MayDefineBindingApi(string assemblyName)
            => assemblyName.Equals("System.Net.Sockets", StringComparison.OrdinalIgnoreCase)
            || assemblyName.Equals("System.Net.Primitives", StringComparison.OrdinalIgnoreCase)
            || assemblyName.Equals("System.Net.HttpListener", StringComparison.OrdinalIgnoreCase)
            || assemblyName.Equals("netstandard", StringComparison.OrdinalIgnoreCase)
            || assemblyName.Equals("System", StringComparison.OrdinalIgnoreCase)
            || assemblyName.StartsWith("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase);

        /// <summary>The assembly name a reference stands for, without loading it; null when it cannot be told (then it may define one).</summary>
        internal static string? NameOf(MetadataReference reference)
        {
            switch (reference)
            {
                case CompilationReference compilationReference:
                    return compilationReference.Compilation.AssemblyName;
                case PortableExecutableReference { FilePath: { Length: > 0 } path }:
                    return FileNameWithoutExtension(path);
                default:
                    return null;
            }
        }

        private static string FileNameWithoutExtension(string path)
        {
            var start = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1;
            var end = path.LastIndexOf('.');
            if (end <= start || !(path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".exe", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".winmd", StringComparison.OrdinalIgnoreCase)))
            {
                end = path.Length;
            }

            return path.Substring(start, end - start);
        }
    }
}
