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
    /// Reference sets for the hosting libraries' tests (tests/Rules/Libraries): Aspire.Hosting 13.6.5 and Orleans 10.4.2 on
    /// .NET 8, and Microsoft.AspNetCore.Mvc.Testing 10.0.15 (net10.0 only) on .NET 10 with the ASP.NET Core 10 ref pack.
    /// Each replaces the .NET 8 + ASP.NET Core 8 references <see cref="TestReferences"/> gives a test; pass it as the
    /// verifier's <c>configure</c> argument.
    /// </summary>
    internal static class HostingReferences
    {
        /// <summary>
        /// Aspire.Hosting 13.6.5 (lib/net8.0) and its dependencies on .NET 8. Polly.Core and Nerdbank.MessagePack are named
        /// because the versions Aspire.Hosting asks for are not served here (the nearest served ones restore).
        /// </summary>
        public static readonly ReferenceAssemblies Aspire = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
            new PackageIdentity("Aspire.Hosting", "13.6.5"),
            new PackageIdentity("Polly.Core", "8.8.0"),
            new PackageIdentity("Nerdbank.MessagePack", "1.3.88")));

        /// <summary>
        /// Microsoft.Orleans.Server 10.4.2 (Orleans.Runtime, Orleans.Core with the client builder; lib/net8.0) on .NET 8.
        /// The Testing library's resolver takes only the versions a package asks for, so the dependencies whose asked-for
        /// versions are not served here are named at the versions NuGet restore picks instead (its NU1603 warnings for a
        /// net8.0 project referencing Microsoft.Orleans.Server 10.4.2): Connections.Abstractions for Orleans, the rest for the
        /// Microsoft.CodeAnalysis packages Orleans' code generator package depends on.
        /// </summary>
        public static readonly ReferenceAssemblies Orleans = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
            new PackageIdentity("Microsoft.Orleans.Server", "10.4.2"),
            new PackageIdentity("Microsoft.AspNetCore.Connections.Abstractions", "8.0.31"),
            new PackageIdentity("System.Reflection.Metadata", "6.0.2"),
            new PackageIdentity("System.Threading.Channels", "7.0.0"),
            new PackageIdentity("System.Composition.AttributedModel", "8.0.0"),
            new PackageIdentity("System.Composition.Convention", "8.0.0"),
            new PackageIdentity("System.Composition.Hosting", "8.0.0"),
            new PackageIdentity("System.Composition.Runtime", "8.0.0"),
            new PackageIdentity("System.Composition.TypedParts", "8.0.0")));

        /// <summary>.NET 10 (Microsoft.NETCore.App.Ref 10.0.12: the 10.0.0 pack is not served here) and Microsoft.AspNetCore.Mvc.Testing 10.0.15.</summary>
        public static readonly ReferenceAssemblies Net100MvcTesting = new ReferenceAssemblies(
                "net10.0",
                new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"),
                Path.Combine("ref", "net10.0"))
            .AddPackages(ImmutableArray.Create(new PackageIdentity("Microsoft.AspNetCore.Mvc.Testing", "10.0.15")));

        private static readonly ReferenceAssemblies AspNetCore100Pack = new ReferenceAssemblies(
            "net10.0",
            new PackageIdentity("Microsoft.AspNetCore.App.Ref", "10.0.12"),
            Path.Combine("ref", "net10.0"));

        private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> AspNetCore100 = new Lazy<Task<ImmutableArray<MetadataReference>>>(
            () => AspNetCore100Pack.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));

        /// <summary>Aspire.Hosting on .NET 8, without the ASP.NET Core 8 pack.</summary>
        public static void UseAspire(AnalyzerTest<DefaultVerifier> test) => Use(test, Aspire, ImmutableArray<MetadataReference>.Empty);

        /// <summary>Orleans (silo and client) on .NET 8, without the ASP.NET Core 8 pack.</summary>
        public static void UseOrleans(AnalyzerTest<DefaultVerifier> test) => Use(test, Orleans, ImmutableArray<MetadataReference>.Empty);

        /// <summary>
        /// .NET 10, the ASP.NET Core 10 pack and Microsoft.AspNetCore.Mvc.Testing 10.0.15: the pack is resolved (downloaded once
        /// per run) before the test is configured.
        /// </summary>
        public static async Task<Action<AnalyzerTest<DefaultVerifier>>> MvcTestingAsync()
        {
            var aspNetCore = await AspNetCore100.Value.ConfigureAwait(false);
            return test => Use(test, Net100MvcTesting, aspNetCore);
        }

        /// <summary>The ASP.NET Core 10 reference assemblies (net10.0 ref pack 10.0.12).</summary>
        public static Task<ImmutableArray<MetadataReference>> AspNetCore100Async() => AspNetCore100.Value;

        private static void Use(AnalyzerTest<DefaultVerifier> test, ReferenceAssemblies references, ImmutableArray<MetadataReference> additional)
        {
            test.ReferenceAssemblies = references;
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(additional);
        }
    }
}
