using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PortLint.Analyzers;
using PortLint.Values;

namespace PortLint.Binding
{
    /// <summary>
    /// For an <c>IPEndPoint</c> created as the one value of a local or a private/readonly field, finds the binding API it
    /// reaches (<c>socket.Bind(endPoint)</c>, <c>new TcpListener(endPoint)</c>, ...), searching only the local's block or the
    /// field's type. Runs only for IPEndPoint creations, which are rare.
    /// </summary>
    internal static class HeldEndPointUses
    {
        public static Sink? FindSink(IObjectCreationOperation creation, SemanticModel model, BindingSymbols symbols, CancellationToken cancellationToken)
        {
            var holder = Holder(creation.Syntax, model, cancellationToken, out var declarator);
            if (holder is null || declarator is null
                || SingleAssignment.FindValue(holder, model.SyntaxTree, cancellationToken) != creation.Syntax
                || !(SingleAssignment.Scope(holder, declarator, model.SyntaxTree, cancellationToken) is { } scope))
            {
                return null;
            }

            var name = holder.Name;
            foreach (var node in scope.DescendantNodes())
            {
                if (node is IdentifierNameSyntax identifier
                    && identifier.Identifier.ValueText == name
                    && ArgumentOf(identifier) is { } argument
                    && argument.Parent?.Parent is ExpressionSyntax call
                    && CandidateSyntax.MayBindEndPoint(call)
                    && BoundSink(call, argument, holder, model, symbols, cancellationToken) is { } sink)
                {
                    return sink;
                }
            }

            return null;
        }

        /// <summary>The local or field whose value <paramref name="creation"/> is: <c>var ep = new IPEndPoint(...)</c> or <c>_ep = new IPEndPoint(...)</c>.</summary>
        private static ISymbol? Holder(SyntaxNode creation, SemanticModel model, CancellationToken cancellationToken, out VariableDeclaratorSyntax? declarator)
        {
            declarator = null;
            ISymbol? symbol = null;
            switch (creation.Parent)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax initialized }:
                    symbol = model.GetDeclaredSymbol(initialized, cancellationToken);
                    break;
                case AssignmentExpressionSyntax assignment when assignment.Right == creation && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    symbol = model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol;
                    break;
            }

            if (symbol is ILocalSymbol || symbol is IFieldSymbol)
            {
                var references = symbol.DeclaringSyntaxReferences;
                declarator = references.Length == 1 ? references[0].GetSyntax(cancellationToken) as VariableDeclaratorSyntax : null;
                return symbol;
            }

            return null;
        }

        private static ArgumentSyntax? ArgumentOf(IdentifierNameSyntax identifier)
        {
            var expression = (ExpressionSyntax)identifier;
            if (identifier.Parent is MemberAccessExpressionSyntax memberAccess && memberAccess.Name == identifier)
            {
                expression = memberAccess;
            }

            return expression.Parent as ArgumentSyntax;
        }

        private static Sink? BoundSink(ExpressionSyntax call, ArgumentSyntax argumentSyntax, ISymbol holder, SemanticModel model, BindingSymbols symbols, CancellationToken cancellationToken)
        {
            IMethodSymbol? method;
            System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments;
            switch (model.GetOperation(call, cancellationToken))
            {
                case IInvocationOperation invocation:
                    method = invocation.TargetMethod;
                    arguments = invocation.Arguments;
                    break;
                case IObjectCreationOperation objectCreation:
                    method = objectCreation.Constructor;
                    arguments = objectCreation.Arguments;
                    break;
                default:
                    return null;
            }

            if (method is null || !symbols.TryGetSink(method, out var sink) || sink.Kind != SinkKind.EndPoint)
            {
                return null;
            }

            var argument = BindingSiteAnalysis.FindArgument(arguments, sink.ParameterOrdinal);
            var value = argument is null ? null : ConstantPort.WalkDownConversions(argument.Value);
            var referenced = value switch
            {
                ILocalReferenceOperation local => (ISymbol)local.Local,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };
            return argument != null && argument.Syntax == argumentSyntax && SymbolEqualityComparer.Default.Equals(referenced, holder) ? sink : null;
        }
    }
}
