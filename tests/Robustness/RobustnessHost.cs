using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PortLint.Tests.Robustness
{
    /// <summary>
    /// What the robustness tests run: every analyzer in PortLint.Analyzers.dll and every code fix provider in
    /// PortLint.CodeFixes.dll, found by reflection (so rules and fixes merged later are covered without editing these tests),
    /// over compilations against the installed shared frameworks (.NET + ASP.NET Core; no download).
    /// </summary>
    internal static class RobustnessHost
    {
        public const string AnalyzerAssembly = "PortLint.Analyzers";
        public const string CodeFixAssembly = "PortLint.CodeFixes";

        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        public static readonly CSharpCompilationOptions CompilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable);

        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new Lazy<ImmutableArray<MetadataReference>>(LoadReferences);

        private static readonly Lazy<CSharpCompilation> LazyEmpty = new Lazy<CSharpCompilation>(
            () => CSharpCompilation.Create("Robustness", Array.Empty<SyntaxTree>(), References, CompilationOptions));

        public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

        /// <summary>A compilation with the references and no source; adding trees to it reuses the reference symbols.</summary>
        public static CSharpCompilation EmptyCompilation => LazyEmpty.Value;

        public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = Discover<DiagnosticAnalyzer>(
            AnalyzerAssembly, t => t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length != 0);

        public static ImmutableArray<CodeFixProvider> CodeFixProviders { get; } = Discover<CodeFixProvider>(
            CodeFixAssembly, t => t.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), inherit: false).Length != 0);

        /// <summary>The repository root (the folder holding PortLint.sln), found from the test binaries upwards.</summary>
        public static string RepositoryRoot
        {
            get
            {
                for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
                {
                    if (File.Exists(Path.Combine(directory.FullName, "PortLint.sln")))
                    {
                        return directory.FullName;
                    }
                }

                throw new InvalidOperationException("PortLint.sln not found above " + AppContext.BaseDirectory);
            }
        }

        private static ImmutableArray<T> Discover<T>(string assemblyName, Func<Type, bool> exported)
            where T : class
        {
            var assembly = Assembly.Load(new AssemblyName(assemblyName));
            return assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && exported(t) && t.GetConstructor(Type.EmptyTypes) != null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (T)Activator.CreateInstance(t)!)
                .ToImmutableArray();
        }

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            var netCore = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
            var aspNetRoot = Path.Combine(netCore.Parent!.Parent!.FullName, "Microsoft.AspNetCore.App");
            var aspNet = Path.Combine(aspNetRoot, netCore.Name);
            if (!Directory.Exists(aspNet))
            {
                aspNet = Directory.GetDirectories(aspNetRoot).OrderBy(d => d, StringComparer.Ordinal).Last();
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var references = new List<MetadataReference>();
            foreach (var directory in new[] { netCore.FullName, aspNet })
            {
                foreach (var path in Directory.GetFiles(directory, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
                {
                    if (seen.Add(Path.GetFileName(path)) && HasMetadata(path))
                    {
                        references.Add(MetadataReference.CreateFromFile(path));
                    }
                }
            }

            // xunit.core: the compilations are test code, so PORT005 and the test-code order of the fixes (port 0 first, with
            // its rewiring) run on every mutant too.
            references.Add(MetadataReference.CreateFromFile(typeof(Xunit.FactAttribute).Assembly.Location));
            return references.ToImmutableArray();
        }

        private static bool HasMetadata(string path)
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var reader = new PEReader(stream);
                return reader.HasMetadata;
            }
            catch (BadImageFormatException)
            {
                return false;
            }
        }
    }
}
