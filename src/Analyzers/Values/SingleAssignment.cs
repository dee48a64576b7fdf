using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PortLint.Values
{
    /// <summary>
    /// Best effort: the one value a non-const local or a readonly or private field ever holds, when it is assigned exactly once in the
    /// file being analyzed (by its initializer, or by one assignment when it has none). Anything else (a second write, a
    /// ref/out use, a declaration in another file) gives no value.
    /// </summary>
    internal static class SingleAssignment
    {
        public static ExpressionSyntax? FindValue(ISymbol symbol, SyntaxTree tree, CancellationToken cancellationToken)
        {
            // A field qualifies when nothing outside its type's one declaration can write it: readonly, or private.
            if (!(symbol is ILocalSymbol)
                && !(symbol is IFieldSymbol { IsConst: false } field && (field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private)))
            {
                return null;
            }

            var references = symbol.DeclaringSyntaxReferences;
            if (references.Length != 1 || references[0].SyntaxTree != tree)
            {
                return null;
            }

            if (!(references[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax declarator))
            {
                return null;
            }

            var scope = Scope(symbol, declarator, tree, cancellationToken);
            if (scope is null)
            {
                return null;
            }

            ExpressionSyntax? assigned = null;
            var writes = 0;
            var name = symbol.Name;
            foreach (var node in scope.DescendantNodes())
            {
                switch (node)
                {
                    case AssignmentExpressionSyntax assignment when Writes(assignment.Left, name):
                        writes++;
                        assigned = assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && Names(assignment.Left, name) ? assignment.Right : null;
                        break;
                    case PrefixUnaryExpressionSyntax prefix when IsIncrementOrDecrement(prefix.Kind()) && Names(prefix.Operand, name):
                    case PostfixUnaryExpressionSyntax postfix when IsIncrementOrDecrement(postfix.Kind()) && Names(postfix.Operand, name):
                    case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword) && Names(argument.Expression, name):
                    case RefExpressionSyntax reference when Names(reference.Expression, name):
                        return null;
                }

                if (writes > 1)
                {
                    return null;
                }
            }

            if (declarator.Initializer is { } initializer)
            {
                return writes == 0 ? initializer.Value : null;
            }

            return writes == 1 ? assigned : null;
        }

        /// <summary>The syntax every read and write of a local or private/readonly field sits in: the local's block, or the field's type declaration.</summary>
        public static SyntaxNode? Scope(ISymbol symbol, VariableDeclaratorSyntax declarator, SyntaxTree tree, CancellationToken cancellationToken)
            => symbol is IFieldSymbol ? FieldScope(symbol, tree, cancellationToken) : LocalScope(declarator);

        private static SyntaxNode? LocalScope(VariableDeclaratorSyntax declarator)
        {
            for (var node = declarator.Parent; node != null; node = node.Parent)
            {
                if (node is BlockSyntax || node is SwitchSectionSyntax || node is CompilationUnitSyntax || node is GlobalStatementSyntax && node.Parent is CompilationUnitSyntax)
                {
                    return node is GlobalStatementSyntax ? node.Parent : node;
                }
            }

            return null;
        }

        private static SyntaxNode? FieldScope(ISymbol field, SyntaxTree tree, CancellationToken cancellationToken)
        {
            var typeReferences = field.ContainingType?.DeclaringSyntaxReferences ?? default;
            if (typeReferences.IsDefault || typeReferences.Length != 1 || typeReferences[0].SyntaxTree != tree)
            {
                return null;
            }

            return typeReferences[0].GetSyntax(cancellationToken);
        }

        private static bool Writes(ExpressionSyntax left, string name)
        {
            if (Names(left, name))
            {
                return true;
            }

            // Deconstruction: (a, port) = ...
            if (left is TupleExpressionSyntax || left is DeclarationExpressionSyntax)
            {
                foreach (var identifier in left.DescendantNodes())
                {
                    if (identifier is IdentifierNameSyntax id && id.Identifier.ValueText == name)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool Names(ExpressionSyntax expression, string name)
        {
            switch (expression)
            {
                case IdentifierNameSyntax identifier:
                    return identifier.Identifier.ValueText == name;
                case MemberAccessExpressionSyntax memberAccess:
                    return memberAccess.Name.Identifier.ValueText == name;
                case ParenthesizedExpressionSyntax parenthesized:
                    return Names(parenthesized.Expression, name);
                default:
                    return false;
            }
        }

        private static bool IsIncrementOrDecrement(SyntaxKind kind)
            => kind == SyntaxKind.PreIncrementExpression || kind == SyntaxKind.PreDecrementExpression
            || kind == SyntaxKind.PostIncrementExpression || kind == SyntaxKind.PostDecrementExpression;
    }
}
