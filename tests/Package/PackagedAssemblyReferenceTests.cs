using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;

namespace PortLint.Tests.Package
{
    /// <summary>
    /// Reads the package the build packed next to this assembly (see PackPortLintForTests in the test project).
    /// An analyzer compiled against a newer Microsoft.CodeAnalysis than the compiler that loads it is skipped with warning
    /// CS8032, so .NET 8 SDKs and Visual Studio 17.8 (Roslyn 4.8) would silently run no PortLint rule.
    /// </summary>
    public sealed class PackagedAssemblyReferenceTests
    {
        private static readonly Version MaxRoslyn = new Version(4, 8, 0, 0);

        private static readonly string[] AnalyzerAssemblies =
        {
            "analyzers/dotnet/cs/PortLint.Analyzers.dll",
            "analyzers/dotnet/cs/PortLint.CodeFixes.dll",
        };

        [Fact]
        public void Package_HoldsTheAnalyzerAssembliesAndTheProps()
        {
            var entries = ReadEntryNames();

            foreach (var assembly in AnalyzerAssemblies)
            {
                Assert.Contains(assembly, entries);
            }

            Assert.Contains("build/PortLint.props", entries);
            Assert.Contains("LICENSE", entries);
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("analyzers/dotnet/cs/PortLint.Analyzers.dll")]
        [InlineData("analyzers/dotnet/cs/PortLint.CodeFixes.dll")]
        public void PackedAssembly_ReferencesMicrosoftCodeAnalysisNoNewerThan48(string entryName)
        {
            var roslynReferences = ReadAssemblyReferences(entryName)
                .Where(r => (r.Name ?? string.Empty).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                .ToList();

            if (entryName.EndsWith("PortLint.Analyzers.dll", StringComparison.Ordinal))
            {
                // Proves the references are read at all; the code-fix assembly may not reference Roslyn until it holds a fix.
                Assert.Contains(roslynReferences, r => r.Name == "Microsoft.CodeAnalysis");
            }

            foreach (var reference in roslynReferences)
            {
                Assert.True(
                    reference.Version <= MaxRoslyn,
                    $"{entryName} references {reference.Name} {reference.Version}; analyzers must reference {MaxRoslyn} or older, "
                    + "or .NET 8 SDKs and Visual Studio 17.8 skip them (CS8032).");
            }
        }

        [Fact]
        public void Nuspec_IsADevelopmentDependencyWithoutDependencies()
        {
            var metadata = ReadNuspecMetadata();
            string? Value(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

            Assert.Equal("PortLint", Value("id"));
            Assert.Equal(ExpectedVersion(), Value("version"));
            Assert.Equal("true", Value("developmentDependency"));
            Assert.Equal("MIT", Value("license"));
            Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies");

            var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
            Assert.Equal("https://github.com/portlint/portlint", repository.Attribute("url")?.Value);
        }

        [Fact]
        public void Nuspec_NamesTheReadme_WhenTheRepositoryHasOne()
        {
            var readme = ReadNuspecMetadata().Elements().FirstOrDefault(e => e.Name.LocalName == "readme")?.Value;
            var entries = ReadEntryNames();

            if (readme is null)
            {
                Assert.DoesNotContain("README.md", entries);
                return;
            }

            Assert.Equal("README.md", readme);
            Assert.Contains("README.md", entries);
        }

        private static string PackagePath()
        {
            var relative = typeof(PackagedAssemblyReferenceTests).Assembly
                .GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "PortLintPackage")
                .Value!;
            var path = Path.Combine(AppContext.BaseDirectory, relative);
            Assert.True(File.Exists(path), "The build did not pack " + path);
            return path;
        }

        private static string ExpectedVersion()
        {
            var name = Path.GetFileNameWithoutExtension(PackagePath());
            return name.Substring("PortLint.".Length);
        }

        private static List<string> ReadEntryNames()
        {
            using var zip = ZipFile.OpenRead(PackagePath());
            return zip.Entries.Select(e => e.FullName).ToList();
        }

        private static XElement ReadNuspecMetadata()
        {
            using var zip = ZipFile.OpenRead(PackagePath());
            var nuspec = zip.GetEntry("PortLint.nuspec");
            Assert.NotNull(nuspec);
            using var stream = nuspec!.Open();
            return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        }

        private static List<AssemblyName> ReadAssemblyReferences(string entryName)
        {
            using var zip = ZipFile.OpenRead(PackagePath());
            var entry = zip.GetEntry(entryName);
            Assert.NotNull(entry);

            using var buffer = new MemoryStream();
            using (var stream = entry!.Open())
            {
                stream.CopyTo(buffer);
            }

            buffer.Position = 0;
            using var pe = new PEReader(buffer);
            var reader = pe.GetMetadataReader();
            return reader.AssemblyReferences
                .Select(handle => reader.GetAssemblyReference(handle).GetAssemblyName())
                .ToList();
        }
    }
}
