using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;

namespace PortLint.Bench
{
    /// <summary>
    /// The assemblies corpora compile against: the shared framework the bench runs on (Microsoft.NETCore.App) and the
    /// ASP.NET Core shared framework beside it (Microsoft.AspNetCore.App), read from the dotnet installation, no download.
    /// </summary>
    internal static class FrameworkReferences
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> All = new Lazy<ImmutableArray<MetadataReference>>(() => Load(static _ => true));

        private static readonly Lazy<ImmutableArray<MetadataReference>> WithoutNetworking = new Lazy<ImmutableArray<MetadataReference>>(() => Load(static name => !IsNetworking(name)));

        public static string NetCoreDirectory => Path.GetDirectoryName(typeof(object).Assembly.Location)!;

        /// <summary>Microsoft.AspNetCore.App of the same version as the runtime, else the highest installed.</summary>
        public static string AspNetCoreDirectory
        {
            get
            {
                var netCore = new DirectoryInfo(NetCoreDirectory);
                var root = Path.Combine(netCore.Parent!.Parent!.FullName, "Microsoft.AspNetCore.App");
                var same = Path.Combine(root, netCore.Name);
                if (Directory.Exists(same))
                {
                    return same;
                }

                var versions = Directory.Exists(root) ? Directory.GetDirectories(root).OrderBy(d => d, StringComparer.Ordinal).ToArray() : Array.Empty<string>();
                if (versions.Length == 0)
                {
                    throw new InvalidOperationException("The ASP.NET Core shared framework (Microsoft.AspNetCore.App) is not installed under " + root);
                }

                return versions[^1];
            }
        }

        /// <summary>.NET + ASP.NET Core.</summary>
        public static ImmutableArray<MetadataReference> Get() => All.Value;

        /// <summary>.NET without System.Net.* and without ASP.NET Core: PortLint's compilation-start bail-out path.</summary>
        public static ImmutableArray<MetadataReference> GetWithoutNetworking() => WithoutNetworking.Value;

        private static bool IsNetworking(string fileName)
            => fileName.StartsWith("System.Net.", StringComparison.OrdinalIgnoreCase)
            || fileName.StartsWith("Microsoft.AspNetCore.", StringComparison.OrdinalIgnoreCase)
            || fileName.StartsWith("Microsoft.Extensions.", StringComparison.OrdinalIgnoreCase);

        private static ImmutableArray<MetadataReference> Load(Func<string, bool> include)
        {
            var references = new List<MetadataReference>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var directory in new[] { NetCoreDirectory, AspNetCoreDirectory })
            {
                foreach (var path in Directory.GetFiles(directory, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
                {
                    var name = Path.GetFileName(path);
                    if (!include(name) || !seen.Add(name) || !HasMetadata(path))
                    {
                        continue;
                    }

                    references.Add(MetadataReference.CreateFromFile(path));
                }
            }

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
