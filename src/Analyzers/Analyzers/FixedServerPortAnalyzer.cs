using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PortLint.Binding;
using PortLint.Options;
using PortLint.Rules;

namespace PortLint.Analyzers
{
    /// <summary>
    /// Finds the fixed ports that reach server-binding APIs and reports PORT001-PORT004. The four rules are outcomes of one
    /// search (a port at a binding site falls in exactly one of them), so one analyzer finds each binding site once.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FixedServerPortAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.DynamicRangePort,
            Descriptors.LinuxEphemeralRangePort,
            Descriptors.PortOutOfRange,
            Descriptors.KestrelLocalhostPortZero);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var symbols = BindingSymbols.Create(context.Compilation);
            if (symbols is null)
            {
                return;
            }

            var analysis = new BindingSiteAnalysis(symbols, new PortLintOptionsCache(context.Options.AnalyzerConfigOptionsProvider));
            context.RegisterSyntaxNodeAction(analysis.AnalyzeInvocation, SyntaxKind.InvocationExpression);
            context.RegisterSyntaxNodeAction(
                analysis.AnalyzeCreation,
                SyntaxKind.ObjectCreationExpression,
                SyntaxKind.ImplicitObjectCreationExpression);
        }
    }
}
