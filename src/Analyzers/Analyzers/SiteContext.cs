using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using PortLint.Catalog;
using PortLint.Flow;
using PortLint.Options;

namespace PortLint.Analyzers
{
    /// <summary>
    /// What checking one binding site needs: the tree's semantic model, the catalogue's views, the options, whether the compilation
    /// is test code, the derived sinks, where diagnostics (or, while the derived sinks are built, parameters) go, and cancellation.
    /// </summary>
    internal readonly struct SiteContext
    {
        private readonly Action<Diagnostic> _report;

        public SiteContext(SemanticModel semanticModel, Action<Diagnostic> report, CancellationToken cancellationToken, SinkIndex index, SinkSymbols symbols, PortLintOptions options, bool isTestCode = false, FlowSummary? flow = null, DerivedSinkCollector? collector = null, DerivedSink? via = null)
        {
            SemanticModel = semanticModel;
            _report = report;
            CancellationToken = cancellationToken;
            Index = index;
            Symbols = symbols;
            Options = options;
            IsTestCode = isTestCode;
            Flow = flow;
            Collector = collector;
            Via = via;
        }

        public SemanticModel SemanticModel { get; }

        public CancellationToken CancellationToken { get; }

        public SinkIndex Index { get; }

        public SinkSymbols Symbols { get; }

        public PortLintOptions Options { get; }

        /// <summary>The compilation references a test framework (<see cref="Rules.TestFrameworks"/>): PORT005 applies.</summary>
        public bool IsTestCode { get; }

        /// <summary>The compilation's derived sinks (the project's own methods whose parameters reach a catalogued API), when known.</summary>
        public FlowSummary? Flow { get; }

        /// <summary>
        /// Set while a <see cref="FlowSummary"/> is built: values that come from a parameter of the project's own code are collected
        /// as derived sinks instead of being reported.
        /// </summary>
        public DerivedSinkCollector? Collector { get; }

        /// <summary>The derived sink whose parameter the value being checked is passed for; null at a catalogued API itself.</summary>
        public DerivedSink? Via { get; }

        /// <summary>The same context, checking a value passed for <paramref name="sink"/>'s parameter.</summary>
        public SiteContext Through(DerivedSink sink) => new SiteContext(SemanticModel, _report, CancellationToken, Index, Symbols, Options, IsTestCode, Flow, Collector, sink);

        public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
    }
}
