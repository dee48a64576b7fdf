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
            var index = WriteIndex.Of(scope);
            var writes = index.Find(symbol.Name);
            if (writes.Disqualified || (IsStructInstanceMember(symbol) && index.Find(ThisName).Any))
            {
                // `this = other` in a struct writes every field.
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
                    // A local declared in a switch section is in scope in every section of the switch.
                    return node is GlobalStatementSyntax || node is SwitchSectionSyntax ? node.Parent : node;
                }
            }

            return null;
        }

        /// <summary>The name <see cref="WriteIndex"/> files writes of <c>this</c> under (<c>this = other</c> in a struct writes every field).</summary>
        internal const string ThisName = "this";

        /// <summary>Whether <paramref name="symbol"/> is an instance field or property of a struct, which <c>this = other</c> overwrites.</summary>
        internal static bool IsStructInstanceMember(ISymbol symbol)
            => (symbol is IFieldSymbol || symbol is IPropertySymbol) && !symbol.IsStatic && symbol.ContainingType?.IsValueType == true;

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
                case ThisExpressionSyntax _:
                    return ThisName;
                default:
                    return null;
            }
        }

        /// <summary>The writes of one name in a scope.</summary>
        internal struct Writes
        {
            /// <summary>Assignments to the name (a deconstruction counts once).</summary>
            public int Count;

            /// <summary>The value of the one simple assignment, when <see cref="Count"/> is 1 and it was one.</summary>
            public ExpressionSyntax? Assigned;

            /// <summary>Incremented, decremented, passed by ref/out or taken by ref: no single value.</summary>
            public bool Disqualified;

            /// <summary>Some write is a compound assignment (<c>+=</c>, <c>??=</c>) or a deconstruction: not a value of its own.</summary>
            public bool NotSimple;

            /// <summary>The first simple assignment (<c>name = value</c>).</summary>
            public AssignmentExpressionSyntax? First;

            /// <summary>The later simple assignments, in the order of the text; null when there is at most one.</summary>
            public List<AssignmentExpressionSyntax>? Others;

            /// <summary>Whether the name is written at all, or used in a way that may write it.</summary>
            public bool Any => Count > 0 || Disqualified;

            /// <summary>Adds the simple assignments, in the order of the text.</summary>
            public void AddSimpleAssignments(List<AssignmentExpressionSyntax> into)
            {
                if (First != null)
                {
                    into.Add(First);
                }

                if (Others != null)
                {
                    into.AddRange(Others);
                }
            }
        }

        /// <summary>
        /// The writes of every name in one scope node, by name (syntax only, so it holds for every compilation that shares the
        /// tree). Built once per scope and kept as long as the scope's syntax tree lives.
        /// </summary>
        internal sealed class WriteIndex
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
                                if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
                                {
                                    writes.Assigned = assignment.Right;
                                    if (writes.First is null)
                                    {
                                        writes.First = assignment;
                                    }
                                    else
                                    {
                                        (writes.Others ??= new List<AssignmentExpressionSyntax>()).Add(assignment);
                                    }
                                }
                                else
                                {
                                    writes.Assigned = null;
                                    writes.NotSimple = true;
                                }

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
                                        writes.NotSimple = true;
                                        _byName[identifier.Identifier.ValueText] = writes;
                                    }
                                }
                            }

                            break;
                        case PrefixUnaryExpressionSyntax prefix when IsIncrementOrDecrement(prefix.Kind()) || prefix.IsKind(SyntaxKind.AddressOfExpression):
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
                        case GotoStatementSyntax _:
                        case LabeledStatementSyntax _:
                            HasJumps = true;
                            break;
                    }
                }
            }

            /// <summary>Whether the scope holds a <c>goto</c> or a label: statements may then run out of the order of the text.</summary>
            public bool HasJumps { get; }

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
