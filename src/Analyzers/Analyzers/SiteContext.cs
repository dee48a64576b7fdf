using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PortLint.Analyzers
{
    /// <summary>What checking one binding site needs: the tree's semantic model, where diagnostics go, and cancellation.</summary>
    internal readonly struct SiteContext
    {
        private readonly Action<Diagnostic> _report;

        public SiteContext(SemanticModel semanticModel, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            SemanticModel = semanticModel;
            _report = report;
            CancellationToken = cancellationToken;
        }

        public SemanticModel SemanticModel { get; }

        public CancellationToken CancellationToken { get; }

        public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
    }
}
