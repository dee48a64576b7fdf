using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PortLint.Bench.RealTree
{
    /// <summary>
    /// One project of a real source tree, read from its *.csproj without MSBuild: its *.cs files (recursively, without
    /// bin/, obj/ and nested folders that hold a project of their own), the SDK it names, ImplicitUsings and Nullable (the
    /// csproj, else the nearest Directory.Build.props that sets them), its ProjectReferences, and the config files PortLint's
    /// package adds as AdditionalFiles (Properties/launchSettings.json, appsettings*.json). Compile items added or removed by
    /// MSBuild (linked shared sources, Compile Remove) and multi-targeting are not evaluated.
    /// </summary>
    internal sealed class TreeProject
    {
        private TreeProject(string projectFile, string assemblyName, string sdk, bool implicitUsings, bool nullable,
            IReadOnlyList<string> sourceFiles, IReadOnlyList<string> configFiles, IReadOnlyList<string> projectReferences)
        {
            ProjectFile = projectFile;
            AssemblyName = assemblyName;
            Sdk = sdk;
            ImplicitUsings = implicitUsings;
            Nullable = nullable;
            SourceFiles = sourceFiles;
            ConfigFiles = configFiles;
            ProjectReferences = projectReferences;
        }

        public string ProjectFile { get; }

        public string Directory => Path.GetDirectoryName(ProjectFile)!;

        public string AssemblyName { get; }

        /// <summary>The SDK of the Project element, e.g. Microsoft.NET.Sdk.Web.</summary>
        public string Sdk { get; }

        public bool ImplicitUsings { get; }

        public bool Nullable { get; }

        public IReadOnlyList<string> SourceFiles { get; }

        public IReadOnlyList<string> ConfigFiles { get; }

        /// <summary>Full paths of the referenced *.csproj files.</summary>
        public IReadOnlyList<string> ProjectReferences { get; }

        /// <summary>Every project folder under <paramref name="root"/> (a folder with one or more *.csproj; the first by name is taken).</summary>
        public static IReadOnlyList<TreeProject> Discover(string root)
        {
            root = Path.GetFullPath(root);
            var projectFiles = Walk(root)
                .Select(directory => System.IO.Directory.GetFiles(directory, "*.csproj").OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault())
                .Where(f => f != null)
                .Select(f => f!)
                .ToList();
            var projectDirectories = new HashSet<string>(projectFiles.Select(f => Path.GetDirectoryName(f)!), StringComparer.Ordinal);
            return projectFiles.Select(f => Read(root, f, projectDirectories)).ToList();
        }

        private static TreeProject Read(string root, string projectFile, HashSet<string> projectDirectories)
        {
            var text = File.ReadAllText(projectFile);
            var directory = Path.GetDirectoryName(projectFile)!;
            var props = DirectoryBuildProps(root, directory).Select(File.ReadAllText).ToList();
            string? Property(string name) => new[] { text }.Concat(props).Select(t => PropertyValue(t, name)).FirstOrDefault(v => v != null);

            var sdk = Regex.Match(text, "<Project\\s+Sdk\\s*=\\s*\"([^\"]+)\"").Groups[1].Value;
            var assemblyName = PropertyValue(text, "AssemblyName") is { } name && !name.Contains('$') ? name : Path.GetFileNameWithoutExtension(projectFile);
            var references = Regex.Matches(text, "<ProjectReference\\s+Include\\s*=\\s*\"([^\"]+)\"")
                .Select(m => Path.GetFullPath(Path.Combine(directory, m.Groups[1].Value.Replace('\\', Path.DirectorySeparatorChar))))
                .ToList();
            var sources = SourceFilesOf(directory, projectDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
            var configs = new[] { Path.Combine(directory, "Properties", "launchSettings.json") }
                .Where(File.Exists)
                .Concat(System.IO.Directory.GetFiles(directory, "appsettings*.json").OrderBy(f => f, StringComparer.Ordinal))
                .ToList();
            return new TreeProject(projectFile, assemblyName, sdk.Length == 0 ? "Microsoft.NET.Sdk" : sdk,
                IsEnabled(Property("ImplicitUsings")), IsEnabled(Property("Nullable")), sources, configs, references);
        }

        private static bool IsEnabled(string? value)
            => string.Equals(value, "enable", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>The first unconditional-looking value of a property (conditions are not evaluated).</summary>
        private static string? PropertyValue(string projectText, string property)
        {
            var match = Regex.Match(projectText, $"<{property}(?:\\s[^>]*)?>\\s*([^<]*?)\\s*</{property}>");
            return match.Success ? match.Groups[1].Value : null;
        }

        /// <summary>Directory.Build.props files from the project's folder up to the tree's root, nearest first.</summary>
        private static IEnumerable<string> DirectoryBuildProps(string root, string directory)
        {
            for (var current = new DirectoryInfo(directory); current != null && current.FullName.StartsWith(root, StringComparison.Ordinal); current = current.Parent)
            {
                var props = Path.Combine(current.FullName, "Directory.Build.props");
                if (File.Exists(props))
                {
                    yield return props;
                }
            }
        }

        private static IEnumerable<string> SourceFilesOf(string directory, HashSet<string> projectDirectories)
        {
            foreach (var file in System.IO.Directory.GetFiles(directory, "*.cs"))
            {
                yield return file;
            }

            foreach (var child in System.IO.Directory.GetDirectories(directory))
            {
                if (IsBuildOutput(child) || projectDirectories.Contains(child))
                {
                    continue;
                }

                foreach (var file in SourceFilesOf(child, projectDirectories))
                {
                    yield return file;
                }
            }
        }

        /// <summary>Every folder under <paramref name="root"/> except build output and hidden folders.</summary>
        private static IEnumerable<string> Walk(string root)
        {
            yield return root;
            foreach (var child in System.IO.Directory.GetDirectories(root).OrderBy(d => d, StringComparer.Ordinal))
            {
                if (IsBuildOutput(child) || Path.GetFileName(child).StartsWith('.'))
                {
                    continue;
                }

                foreach (var directory in Walk(child))
                {
                    yield return directory;
                }
            }
        }

        private static bool IsBuildOutput(string directory)
            => Path.GetFileName(directory) is "bin" or "obj";
    }
}
