using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace PortLint.Tests.Infrastructure
{
    /// <summary>Runs an analyzer over one source with the test references and returns the diagnostics themselves (properties included).</summary>
    internal static class DiagnosticCollector
    {
        public static async Task<ImmutableArray<Diagnostic>> CollectAsync(DiagnosticAnalyzer analyzer, string markupSource)
        {
            var source = Regex.Replace(markupSource, @"\{\|#\d+:(.*?)\|\}", "$1");
            var references = (await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, default))
                .AddRange(await TestReferences.AspNetCoreAsync());
            var compilation = CSharpCompilation.Create(
                "Collected",
                new[] { CSharpSyntaxTree.ParseText(source, path: "/0/Test0.cs") },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            return await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync();
        }

        public static async Task<Diagnostic> SingleAsync(DiagnosticAnalyzer analyzer, string markupSource)
            => Assert.Single(await CollectAsync(analyzer, markupSource));
    }
}
