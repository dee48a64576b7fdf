using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PortLint.Bench.RealTree
{
    /// <summary>
    /// The reference assemblies a real project compiles against: the targeting packs of the dotnet installation
    /// (packs/Microsoft.NETCore.App.Ref and packs/Microsoft.AspNetCore.App.Ref, highest version, highest net* folder), and
    /// the installation's SDK folder (for the SDK's analyzers). Found from the runtime the bench runs on, nothing hard-coded.
    /// </summary>
    internal static class ReferencePacks
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new Lazy<ImmutableArray<MetadataReference>>(Load);

        /// <summary>The dotnet installation: shared/Microsoft.NETCore.App/&lt;version&gt; is two levels under it.</summary>
        public static string DotnetRoot => new DirectoryInfo(FrameworkReferences.NetCoreDirectory).Parent!.Parent!.Parent!.FullName;

        /// <summary>Microsoft.NETCore.App.Ref and Microsoft.AspNetCore.App.Ref, one reference per assembly name.</summary>
        public static ImmutableArray<MetadataReference> Get() => References.Value;

        /// <summary>The ref/&lt;tfm&gt; folders the references come from, for the report.</summary>
        public static IReadOnlyList<string> Folders { get; } = new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" }.Select(RefFolder).ToList();

        /// <summary>The newest SDK folder (sdk/&lt;version&gt;) of the installation.</summary>
        public static string SdkFolder => HighestVersion(Path.Combine(DotnetRoot, "sdk"));

        private static ImmutableArray<MetadataReference> Load()
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            return Folders
                .SelectMany(folder => Directory.GetFiles(folder, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
                .Where(path => seen.Add(Path.GetFileName(path)))
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }

        private static string RefFolder(string pack)
        {
            var version = HighestVersion(Path.Combine(DotnetRoot, "packs", pack));
            var tfms = Directory.GetDirectories(Path.Combine(version, "ref"), "net*");
            if (tfms.Length == 0)
            {
                throw new InvalidOperationException("No ref/net* folder in " + version);
            }

            return tfms.OrderBy(d => VersionOf(Path.GetFileName(d).Substring(3))).Last();
        }

        private static string HighestVersion(string parent)
        {
            var versions = Directory.Exists(parent) ? Directory.GetDirectories(parent) : Array.Empty<string>();
            if (versions.Length == 0)
            {
                throw new InvalidOperationException("Nothing installed under " + parent);
            }

            return versions.OrderBy(d => VersionOf(Path.GetFileName(d))).ThenBy(d => d, StringComparer.Ordinal).Last();
        }

        /// <summary>The numeric part of a folder name such as 10.0.12, 10.0.100-preview.1 or 10.0; 0.0 when it has none.</summary>
        private static Version VersionOf(string name)
        {
            var numeric = new string(name.TakeWhile(c => char.IsDigit(c) || c == '.').ToArray()).Trim('.');
            return Version.TryParse(numeric.Contains('.') ? numeric : numeric + ".0", out var version) ? version : new Version(0, 0);
        }
    }
}
