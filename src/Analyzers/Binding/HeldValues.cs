using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortLint.Values;

namespace PortLint.Binding
{
    /// <summary>
    /// A value created or read in one place and bound in another through a local or a private/readonly field that holds
    /// nothing else: <c>var ep = new IPEndPoint(IPAddress.Any, 50000); socket.Bind(ep);</c>, <c>var urls = app.Urls;
    /// urls.Add(url);</c>. Only the local's block or the field's type is searched, and only for the holder's name.
    /// </summary>
    internal static class HeldValues
    {
        /// <summary>The local or field whose one value <paramref name="value"/> is, and the syntax all its uses sit in.</summary>
        public static bool TryGetHolder(SyntaxNode value, SemanticModel model, CancellationToken cancellationToken, out ISymbol holder, out SyntaxNode scope)
        {
            holder = null!;
            scope = null!;
            ISymbol? symbol = null;
            switch (value.Parent)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax initialized }:
                    symbol = model.GetDeclaredSymbol(initialized, cancellationToken);
                    break;
                case AssignmentExpressionSyntax assignment when assignment.Right == value && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    symbol = model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol;
                    break;
            }

            if (!(symbol is ILocalSymbol || symbol is IFieldSymbol))
            {
                return false;
            }

            var references = symbol.DeclaringSyntaxReferences;
            if (references.Length != 1
                || !(references[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax declarator)
                || SingleAssignment.FindValue(symbol, model.SyntaxTree, cancellationToken) != value
                || !(SingleAssignment.Scope(symbol, declarator, model.SyntaxTree, cancellationToken) is { } found))
            {
                return false;
            }

            holder = symbol;
            scope = found;
            return true;
        }

        /// <summary>
        /// The places that pass <paramref name="holder"/> on: the call, creation or assignment it is an argument or the assigned
        /// value of, and the call it is the receiver of (<c>urls.Add(...)</c>). Syntax only; the caller checks each semantically.
        /// </summary>
        public static IEnumerable<(SyntaxNode Consumer, ExpressionSyntax Use)> Uses(ISymbol holder, SyntaxNode scope, CancellationToken cancellationToken)
            => Uses(holder.Name, scope, cancellationToken);

        /// <summary>As <see cref="Uses(ISymbol, SyntaxNode, CancellationToken)"/>, for a holder known by its name only (syntax).</summary>
        public static IEnumerable<(SyntaxNode Consumer, ExpressionSyntax Use)> Uses(string name, SyntaxNode scope, CancellationToken cancellationToken)
        {
            foreach (var node in scope.DescendantNodes())
            {
                if (!(node is IdentifierNameSyntax identifier) || identifier.Identifier.ValueText != name)
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                ExpressionSyntax use = identifier;
                if (identifier.Parent is MemberAccessExpressionSyntax qualified && qualified.Name == identifier)
                {
                    // this.endPoint
                    use = qualified;
                }

                switch (use.Parent)
                {
                    case ArgumentSyntax { Parent: { Parent: { } call } } when call is InvocationExpressionSyntax || call is BaseObjectCreationExpressionSyntax:
                        yield return (call, use);
                        break;
                    case AssignmentExpressionSyntax assignment when assignment.Right == use:
                        yield return (assignment, use);
                        break;
                    case MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } receiver when receiver.Expression == use:
                        yield return (invocation, use);
                        break;
                }
            }
        }
    }
}
