using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using PortLint.Catalog;

namespace PortLint.Tests.Infrastructure
{
    /// <summary>Sink indexes for the unit tests of the syntax-only checks.</summary>
    internal static class TestIndexes
    {
        /// <summary>
        /// The index of an ASP.NET Core compilation (BCL and ASP.NET Core entries) whose files name Kestrel and WebApplication,
        /// so the gated names (<c>Listen</c>, <c>Run</c>) are active.
        /// </summary>
        public static readonly SinkIndex AspNetCore = SinkIndex.Create(
            SinkCatalog.BuiltIn.Where(e => e.Library == SinkLibraries.Bcl || e.Library == SinkLibraries.AspNetCore),
            ImmutableArray<UserSink>.Empty,
            CompilationFacts.Read(CSharpCompilation.Create("Web", new[] { CSharpSyntaxTree.ParseText("// Kestrel WebApplication") }), default));
    }
}
