using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PortLint.Catalog
{
    /// <summary>
    /// The catalogue's libraries a compilation references. A compilation that references none of them registers nothing, before
    /// any symbol is looked up, and a library it does not reference adds no words, names or symbols. The references' names are
    /// read first (file names, a referenced project's assembly name), which loads nothing.
    /// <see cref="Compilation.ReferencedAssemblyNames"/> makes the compilation load every reference's assembly symbol (about
    /// 100 ms on a .NET + ASP.NET Core compilation, docs/performance.md), so it is asked only when a reference's name cannot be
    /// told or no library was found by name: a file name need not be the assembly's name (<c>System.ni.dll</c>, a
    /// content-addressed cache), and scripts have references of their own.
    /// </summary>
    internal static class ReferencedLibraries
    {
        public static List<SinkLibrary> Find(Compilation compilation)
        {
            var found = new List<SinkLibrary>();
            var unknown = false;

            // ExternalReferences, not References: enumerating References to its end binds the references (for #r directives).
            // What a reference's name marks is kept per reference: a solution's projects, and every keystroke's compilation
            // in the IDE, share the reference objects.
            foreach (var reference in compilation.ExternalReferences)
            {
                var libraries = Cache.GetValue(reference, Read);
                if (libraries is null)
                {
                    unknown = true;
                }
                else
                {
                    foreach (var library in libraries)
                    {
                        Add(library, found);
                    }
                }
            }

            if (unknown || found.Count == 0)
            {
                foreach (var identity in compilation.ReferencedAssemblyNames)
                {
                    Mark(identity.Name, found);
                }
            }

            return found;
        }

        private static readonly ConditionalWeakTable<MetadataReference, SinkLibrary[]?> Cache = new ConditionalWeakTable<MetadataReference, SinkLibrary[]?>();

        private static readonly ConditionalWeakTable<MetadataReference, SinkLibrary[]?>.CreateValueCallback Read = reference =>
        {
            var name = NameOf(reference);
            if (name is null)
            {
                return null;
            }

            var marked = new List<SinkLibrary>();
            Mark(name, marked);
            return marked.Count == 0 ? Array.Empty<SinkLibrary>() : marked.ToArray();
        };

        /// <summary>Whether an assembly of this name can define one of the catalogue's types.</summary>
        internal static bool MayDefineBindingApi(string assemblyName)
        {
            foreach (var library in SinkLibraries.All)
            {
                if (library.Defines(assemblyName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The assembly name a reference stands for, without loading it; null when it cannot be told.</summary>
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

        /// <summary>The libraries' exact assembly names, and their name prefixes (<c>Microsoft.AspNetCore*</c>), looked up once per reference.</summary>
        private static readonly Dictionary<string, SinkLibrary[]> ExactNames = SinkLibraries.All
            .SelectMany(l => l.Assemblies.Where(a => !a.EndsWith("*", StringComparison.Ordinal)).Select(a => (Name: a, Library: l)))
            .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Library).Distinct().ToArray(), StringComparer.OrdinalIgnoreCase);

        private static readonly (string Prefix, SinkLibrary Library)[] Prefixes = SinkLibraries.All
            .SelectMany(l => l.Assemblies.Where(a => a.EndsWith("*", StringComparison.Ordinal)).Select(a => (a.Substring(0, a.Length - 1), l)))
            .ToArray();

        private static void Mark(string assemblyName, List<SinkLibrary> found)
        {
            if (ExactNames.TryGetValue(assemblyName, out var libraries))
            {
                foreach (var library in libraries)
                {
                    Add(library, found);
                }
            }

            foreach (var (prefix, library) in Prefixes)
            {
                if (assemblyName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    Add(library, found);
                }
            }
        }

        private static void Add(SinkLibrary library, List<SinkLibrary> found)
        {
            if (!found.Contains(library))
            {
                found.Add(library);
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
