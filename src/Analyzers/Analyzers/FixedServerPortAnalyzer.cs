using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PortLint.Rules;

namespace PortLint.Analyzers
{
    /// <summary>
    /// Finds the fixed ports that reach server-binding APIs and reports PORT001-PORT005. The five rules are outcomes of one
    /// search (a port at a binding site falls in at most one of them; PORT005 only in test code), so one analyzer finds each
    /// binding site once.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FixedServerPortAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.DynamicRangePort,
            Descriptors.LinuxEphemeralRangePort,
            Descriptors.PortOutOfRange,
            Descriptors.KestrelLocalhostPortZero,
            Descriptors.TestFixedPort);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            // Only the entries of the libraries the compilation references; their symbols are looked up when the first file
            // that names one of them is analyzed, not before: most compilations of a solution never get there.
            var analysis = BindingSiteAnalysis.Create(context.Compilation, context.Options.AnalyzerConfigOptionsProvider);
            if (analysis is null)
            {
                return;
            }

            // One action per tree rather than one per call: most trees never name a binding API, and a text check rules them
            // out before any node is visited (see docs/performance.md).
            context.RegisterSemanticModelAction(analysis.AnalyzeTree);
        }
    }
}
