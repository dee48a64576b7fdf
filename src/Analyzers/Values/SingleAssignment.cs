using System.Collections.Generic;
using System.Runtime.CompilerServices;
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

            // One walk of the scope indexes the writes of every name in it, so a type or a top-level program with many
            // fields/locals referenced at binding sites is walked once, not once per reference (that was quadratic).
            var writes = WriteIndex.Of(scope).Find(symbol.Name);
            if (writes.Disqualified)
            {
                return null;
            }

            if (declarator.Initializer is { } initializer)
            {
                return writes.Count == 0 ? initializer.Value : null;
            }

            return writes.Count == 1 ? writes.Assigned : null;
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

        /// <summary>The name an expression writes when it is the target of a write (<c>port</c>, <c>this.port</c>, <c>(port)</c>).</summary>
        private static string? NameOf(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case IdentifierNameSyntax identifier:
                    return identifier.Identifier.ValueText;
                case MemberAccessExpressionSyntax memberAccess:
                    return memberAccess.Name.Identifier.ValueText;
                case ParenthesizedExpressionSyntax parenthesized:
                    return NameOf(parenthesized.Expression);
                default:
                    return null;
            }
        }

        /// <summary>The writes of one name in a scope.</summary>
        private struct Writes
        {
            /// <summary>Assignments to the name (a deconstruction counts once).</summary>
            public int Count;

            /// <summary>The value of the one simple assignment, when <see cref="Count"/> is 1 and it was one.</summary>
            public ExpressionSyntax? Assigned;

            /// <summary>Incremented, decremented, passed by ref/out or taken by ref: no single value.</summary>
            public bool Disqualified;
        }

        /// <summary>
        /// The writes of every name in one scope node, by name (syntax only, so it holds for every compilation that shares the
        /// tree). Built once per scope and kept as long as the scope's syntax tree lives.
        /// </summary>
        private sealed class WriteIndex
        {
            private static readonly ConditionalWeakTable<SyntaxNode, WriteIndex> Cache = new ConditionalWeakTable<SyntaxNode, WriteIndex>();
            private static readonly ConditionalWeakTable<SyntaxNode, WriteIndex>.CreateValueCallback Build = scope => new WriteIndex(scope);

            private readonly Dictionary<string, Writes> _byName = new Dictionary<string, Writes>(System.StringComparer.Ordinal);

            private WriteIndex(SyntaxNode scope)
            {
                HashSet<string>? deconstructed = null;
                foreach (var node in scope.DescendantNodes())
                {
                    switch (node)
                    {
                        case AssignmentExpressionSyntax assignment:
                            var name = NameOf(assignment.Left);
                            if (name != null)
                            {
                                var writes = Find(name);
                                writes.Count++;
                                writes.Assigned = assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) ? assignment.Right : null;
                                _byName[name] = writes;
                            }
                            else if (assignment.Left is TupleExpressionSyntax || assignment.Left is DeclarationExpressionSyntax)
                            {
                                // Deconstruction: (a, port) = ... writes each name once, with no single value.
                                deconstructed ??= new HashSet<string>(System.StringComparer.Ordinal);
                                deconstructed.Clear();
                                foreach (var descendant in assignment.Left.DescendantNodes())
                                {
                                    if (descendant is IdentifierNameSyntax identifier && deconstructed.Add(identifier.Identifier.ValueText))
                                    {
                                        var writes = Find(identifier.Identifier.ValueText);
                                        writes.Count++;
                                        writes.Assigned = null;
                                        _byName[identifier.Identifier.ValueText] = writes;
                                    }
                                }
                            }

                            break;
                        case PrefixUnaryExpressionSyntax prefix when IsIncrementOrDecrement(prefix.Kind()):
                            Disqualify(NameOf(prefix.Operand));
                            break;
                        case PostfixUnaryExpressionSyntax postfix when IsIncrementOrDecrement(postfix.Kind()):
                            Disqualify(NameOf(postfix.Operand));
                            break;
                        case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword):
                            Disqualify(NameOf(argument.Expression));
                            break;
                        case RefExpressionSyntax reference:
                            Disqualify(NameOf(reference.Expression));
                            break;
                    }
                }
            }

            public static WriteIndex Of(SyntaxNode scope) => Cache.GetValue(scope, Build);

            public Writes Find(string name) => _byName.TryGetValue(name, out var writes) ? writes : default;

            private void Disqualify(string? name)
            {
                if (name != null)
                {
                    var writes = Find(name);
                    writes.Disqualified = true;
                    _byName[name] = writes;
                }
            }
        }

        private static bool IsIncrementOrDecrement(SyntaxKind kind)
            => kind == SyntaxKind.PreIncrementExpression || kind == SyntaxKind.PreDecrementExpression
            || kind == SyntaxKind.PostIncrementExpression || kind == SyntaxKind.PostDecrementExpression;
    }
}
