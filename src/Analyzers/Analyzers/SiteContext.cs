using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using PortLint.Catalog;
using PortLint.Options;

namespace PortLint.Analyzers
{
    /// <summary>
    /// What checking one binding site needs: the tree's semantic model, the catalogue's views, the options, whether the compilation
    /// is test code, where diagnostics go, and cancellation.
    /// </summary>
    internal readonly struct SiteContext
    {
        private readonly Action<Diagnostic> _report;

        public SiteContext(SemanticModel semanticModel, Action<Diagnostic> report, CancellationToken cancellationToken, SinkIndex index, SinkSymbols symbols, PortLintOptions options, bool isTestCode = false)
        {
            SemanticModel = semanticModel;
            _report = report;
            CancellationToken = cancellationToken;
            Index = index;
            Symbols = symbols;
            Options = options;
            IsTestCode = isTestCode;
        }

        public SemanticModel SemanticModel { get; }

        public CancellationToken CancellationToken { get; }

        public SinkIndex Index { get; }

        public SinkSymbols Symbols { get; }

        public PortLintOptions Options { get; }

        /// <summary>The compilation references a test framework (<see cref="Rules.TestFrameworks"/>): PORT005 applies.</summary>
        public bool IsTestCode { get; }

        public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
    }
}
