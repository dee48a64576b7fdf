using System;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace PortLint.Tests.Infrastructure
{
    /// <summary>
    /// The reference assemblies test compilations use: .NET 8 plus the ASP.NET Core 8 ref pack (Kestrel, WebApplication).
    /// The Testing library takes only lib/ assets from added packages, so the ASP.NET Core targeting pack (ref/ assets) is
    /// resolved on its own and added as plain references.
    /// </summary>
    internal static class TestReferences
    {
        public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

        private static readonly ReferenceAssemblies AspNetCore80Pack = new ReferenceAssemblies(
            "net8.0",
            new PackageIdentity("Microsoft.AspNetCore.App.Ref", "8.0.0"),
            Path.Combine("ref", "net8.0"));

        private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> AspNetCore80 = new Lazy<Task<ImmutableArray<MetadataReference>>>(
            () => AspNetCore80Pack.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));

        /// <summary>The ASP.NET Core 8 reference assemblies, downloaded once per test run.</summary>
        public static Task<ImmutableArray<MetadataReference>> AspNetCoreAsync() => AspNetCore80.Value;

        /// <summary>Gives a test the .NET 8 and ASP.NET Core 8 references.</summary>
        public static async Task AddToAsync(AnalyzerTest<DefaultVerifier> test)
        {
            test.ReferenceAssemblies = Net80;
            test.TestState.AdditionalReferences.AddRange(await AspNetCoreAsync().ConfigureAwait(false));
        }
    }
}
