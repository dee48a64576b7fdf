using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PortLint.Analyzers;
using PortLint.Binding;
using PortLint.Options;

namespace PortLint.Bench.Analyzers
{
    /// <summary>
    /// Throwaway comparison, not shipped: PortLint's search written with operation actions instead of the syntax-first filter.
    /// The driver hands it every invocation and creation operation of every method body (so it builds the IOperation tree of
    /// every body); it matches the target symbol against the same <see cref="BindingSymbols"/> and, for the few matches,
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
                var symbols = BindingSymbols.Create(start.Compilation);
                if (symbols is null)
                {
                    return;
                }

                var analysis = new BindingSiteAnalysis(symbols, new PortLintOptionsCache(start.Options.AnalyzerConfigOptionsProvider));
                start.RegisterOperationAction(context => AnalyzeInvocation(context, symbols, analysis), OperationKind.Invocation);
                start.RegisterOperationAction(context => AnalyzeCreation(context, symbols, analysis), OperationKind.ObjectCreation);
            });
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, BindingSymbols symbols, BindingSiteAnalysis analysis)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!(invocation.Syntax is InvocationExpressionSyntax))
            {
                // Collection-initializer Adds (`Prefixes = { url }`) are invocations without invocation syntax; the shipped
                // analyzer does not look at them either.
                return;
            }

            var method = invocation.TargetMethod;
            if (symbols.TryGetSink(method, out _)
                || (invocation.Instance is IPropertyReferenceOperation collection && method.Name == "Add" && symbols.TryGetUrlCollectionSink(collection.Property, out _))
                || symbols.IsUseSetting(method))
            {
                analysis.AnalyzeInvocation(ToSiteContext(context), (InvocationExpressionSyntax)invocation.Syntax);
            }
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, BindingSymbols symbols, BindingSiteAnalysis analysis)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Constructor is { } constructor
                && (symbols.TryGetSink(constructor, out _) || symbols.IsIPEndPoint(constructor.ContainingType)))
            {
                analysis.AnalyzeCreation(ToSiteContext(context), (ExpressionSyntax)creation.Syntax);
            }
        }

        private static SiteContext ToSiteContext(OperationAnalysisContext context)
            => new SiteContext(context.Operation.SemanticModel!, context.ReportDiagnostic, context.CancellationToken);
    }
}
