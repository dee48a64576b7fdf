using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PortLint.Analyzers;
using PortLint.Catalog;
using PortLint.Options;

namespace PortLint.Bench.Analyzers
{
    /// <summary>
    /// Throwaway comparison, not shipped: PortLint's search written with operation actions instead of the syntax-first filter.
    /// The driver hands it every invocation, creation and assignment operation of every method body (so it builds the IOperation
    /// tree of every body); it matches the target symbol against the same <see cref="SinkSymbols"/> and, for the few matches,
    /// hands the node to the shipped <see cref="BindingSiteAnalysis"/> so both variants report the same diagnostics.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class OperationActionVariantAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<DiagnosticDescriptor> Supported = new FixedServerPortAnalyzer().SupportedDiagnostics;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Supported;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                var analysis = BindingSiteAnalysis.Create(start.Compilation, start.Options.AnalyzerConfigOptionsProvider);
                if (analysis is null)
                {
                    return;
                }

                var index = analysis.IndexFor(PortLintOptions.Default);
                var symbols = analysis.SymbolsFor(PortLintOptions.Default);
                start.RegisterOperationAction(context => AnalyzeInvocation(context, index, symbols, analysis), OperationKind.Invocation);
                start.RegisterOperationAction(context => AnalyzeCreation(context, index, symbols, analysis), OperationKind.ObjectCreation);
                start.RegisterOperationAction(context => AnalyzeAssignment(context, index, symbols, analysis), OperationKind.SimpleAssignment);
            });
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, SinkIndex index, SinkSymbols symbols, BindingSiteAnalysis analysis)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!(invocation.Syntax is InvocationExpressionSyntax))
            {
                // Collection-initializer Adds (`Prefixes = { url }`) are invocations without invocation syntax; the shipped
                // analyzer does not look at them either.
                return;
            }

            var method = invocation.TargetMethod;
            if (symbols.ForMember(method).Length != 0
                || (invocation.Instance is IPropertyReferenceOperation collection && method.Name == "Add" && symbols.ForCollection(collection.Property).Length != 0))
            {
                analysis.AnalyzeInvocation(ToSiteContext(context, index, symbols), invocation);
            }
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, SinkIndex index, SinkSymbols symbols, BindingSiteAnalysis analysis)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Constructor is { } constructor
                && (symbols.ForMember(constructor).Length != 0 || symbols.IsIPEndPoint(constructor.ContainingType)))
            {
                analysis.AnalyzeCreation(ToSiteContext(context, index, symbols), creation.Syntax);
            }
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, SinkIndex index, SinkSymbols symbols, BindingSiteAnalysis analysis)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is IPropertyReferenceOperation target && symbols.ForMember(target.Property).Length != 0)
            {
                analysis.AnalyzeAssignment(ToSiteContext(context, index, symbols), assignment.Syntax);
            }
        }

        private static SiteContext ToSiteContext(OperationAnalysisContext context, SinkIndex index, SinkSymbols symbols)
            => new SiteContext(context.Operation.SemanticModel!, context.ReportDiagnostic, context.CancellationToken, index, symbols, PortLintOptions.Default);
    }
}
