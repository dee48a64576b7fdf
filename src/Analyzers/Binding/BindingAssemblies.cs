using System;
using Microsoft.CodeAnalysis;

namespace PortLint.Binding
{
    /// <summary>
    /// The assemblies that define the binding APIs. A compilation that references none of them registers nothing, before any
    /// symbol is looked up. Only the references' names are read (file names, or a referenced project's assembly name):
    /// <see cref="Compilation.ReferencedAssemblyNames"/> would make the compilation load every reference's assembly symbol first,
    /// which cost about 100 ms inside PortLint's compilation-start action on a .NET + ASP.NET Core compilation (docs/performance.md).
    /// </summary>
    internal static class BindingAssemblies
    {
        public static bool AnyReferenced(Compilation compilation)
        {
            foreach (var reference in compilation.References)
            {
                var name = NameOf(reference);
                if (name is null || MayDefineBindingApi(name))
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
