using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PortLint.Values
{
    /// <summary>
    /// The expressions whose value a local, field or property can hold where it is read, matched by symbol across the files of
    /// the compilation:
    /// <list type="bullet">
    /// <item>a local: its initializer and every simple assignment in its scope;</item>
    /// <item>a field that only its type can write (<c>readonly</c>, or <c>private</c>): its initializer and every simple
    /// assignment in any declaration of its type (a partial type's parts may be in several files);</item>
    /// <item>a get-only auto-property: the same, with the property's initializer;</item>
    /// <item>a property that cannot be overridden, with an expression body or a getter that is a single <c>return</c>: that
    /// expression.</item>
    /// </list>
    /// Writes are found by name in the syntax (<see cref="SingleAssignment.WriteIndex"/>, cached per scope) and confirmed by
    /// symbol; an increment, a compound assignment, a deconstruction or a ref/out use gives no value. A write that cannot reach
    /// the read in straight-line code is left out (<see cref="Reaches"/>): one overwritten by a later statement of the same
    /// block before the read, one after the read with no loop, jump or lambda in between, and a field's initializer that every
    /// constructor overwrites first. Nothing here follows a parameter, a call or anything else that is not written in the
    /// compilation's source.
    /// </summary>
    internal static class ValueSources
    {
        /// <summary>More writes than this (or parts of a partial type) and the value is taken as unknown.</summary>
        private const int MaxWrites = 32;

        /// <summary>The one expression whose value <paramref name="symbol"/> holds at <paramref name="reference"/>, when there is exactly one.</summary>
        public static ExpressionSyntax? FindSingle(ISymbol symbol, SyntaxNode reference, SemanticModel model, CancellationToken cancellationToken)
        {
            var values = new List<ExpressionSyntax>();
            return TryCollect(symbol, reference, model, cancellationToken, values) && values.Count == 1 ? values[0] : null;
        }

        /// <summary>
        /// Adds to <paramref name="values"/> every expression whose value <paramref name="symbol"/> can hold at
        /// <paramref name="reference"/> (a read of it); false when some write is not one of those or the symbol is not followed.
        /// </summary>
        public static bool TryCollect(ISymbol symbol, SyntaxNode reference, SemanticModel model, CancellationToken cancellationToken, List<ExpressionSyntax> values)
        {
            try
            {
                switch (symbol)
                {
                    case ILocalSymbol local:
                        return CollectLocal(local, reference, model, cancellationToken, values);
                    case IFieldSymbol field:
                        return CollectField(field, reference, model, cancellationToken, values);
                    case IPropertySymbol property:
                        return CollectProperty(property, reference, model, cancellationToken, values);
                    default:
                        return false;
                }
            }
            catch (System.ArgumentException)
            {
                // A node the semantic model does not know (a half-typed file): no value.
                values.Clear();
                return false;
            }
        }

        private static bool CollectLocal(ILocalSymbol local, SyntaxNode reference, SemanticModel model, CancellationToken cancellationToken, List<ExpressionSyntax> values)
        {
            if (local.IsConst || local.IsRef)
            {
                return false;
            }

            var references = local.DeclaringSyntaxReferences;
            if (references.Length != 1
                || references[0].SyntaxTree != reference.SyntaxTree
                || !(references[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax declarator)
                || !(SingleAssignment.Scope(local, declarator, declarator.SyntaxTree, cancellationToken) is { } scope))
            {
                return false;
            }

            var index = SingleAssignment.WriteIndex.Of(scope);
            var assignments = new List<AssignmentExpressionSyntax>();
            if (!AddWrites(index, local, model, cancellationToken, assignments))
            {
                return false;
            }

            if (declarator.Initializer is { } initializer && (index.HasJumps || Reaches(declarator, reference, scope, assignments)))
            {
                values.Add(initializer.Value);
            }

            foreach (var assignment in assignments)
            {
                if (index.HasJumps || Reaches(assignment, reference, scope, assignments))
                {
                    values.Add(assignment.Right);
                }
            }

            return values.Count > 0;
        }

        private static bool CollectField(IFieldSymbol field, SyntaxNode reference, SemanticModel model, CancellationToken cancellationToken, List<ExpressionSyntax> values)
        {
            // Only the type's own declarations can write a readonly or a private field.
            if (field.IsConst || !(field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private))
            {
                return false;
            }

            var references = field.DeclaringSyntaxReferences;
            if (references.Length != 1 || !(references[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax declarator))
            {
                return false;
            }

            return CollectMember(field, declarator.Initializer, reference, model, cancellationToken, values);
        }

        private static bool CollectProperty(IPropertySymbol property, SyntaxNode reference, SemanticModel model, CancellationToken cancellationToken, List<ExpressionSyntax> values)
        {
            // A property that can be overridden (or implemented) has no value known here.
            var type = property.ContainingType;
            if (type is null
                || type.TypeKind == TypeKind.Interface
                || property.IsIndexer
                || property.Parameters.Length > 0
                || property.IsAbstract
                || property.IsVirtual
                || property.IsExtern
                || (property.IsOverride && !property.IsSealed && !type.IsSealed)
                || property.ReturnsByRef
                || property.ReturnsByRefReadonly)
            {
                return false;
            }

            var references = property.DeclaringSyntaxReferences;
            if (references.Length != 1
                || !(references[0].GetSyntax(cancellationToken) is PropertyDeclarationSyntax declaration)
                || declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return false;
            }

            if (declaration.ExpressionBody is { } expressionBody)
            {
                // int Port => 51337;
                values.Add(expressionBody.Expression);
                return true;
            }

            if (declaration.AccessorList is null)
            {
                return false;
            }

            AccessorDeclarationSyntax? getter = null;
            foreach (var accessor in declaration.AccessorList.Accessors)
            {
                if (accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
                {
                    getter = accessor;
                }
            }

            if (getter is null)
            {
                return false;
            }

            if (getter.ExpressionBody is { } getterExpression)
            {
                // int Port { get => 51337; }
                values.Add(getterExpression.Expression);
                return true;
            }

            if (getter.Body is { } body)
            {
                // int Port { get { return 51337; } }
                if (body.Statements.Count == 1 && body.Statements[0] is ReturnStatementSyntax { Expression: { } returned })
                {
                    values.Add(returned);
                    return true;
                }

                return false;
            }

            // An auto-property: get-only, so only its type's constructors (and initializer) can write it.
            return declaration.AccessorList.Accessors.Count == 1
                && CollectMember(property, declaration.Initializer, reference, model, cancellationToken, values);
        }

        /// <summary>A field, or a get-only auto-property: its initializer and the simple assignments in every declaration of its type.</summary>
        private static bool CollectMember(ISymbol member, EqualsValueClauseSyntax? initializer, SyntaxNode reference, SemanticModel model, CancellationToken cancellationToken, List<ExpressionSyntax> values)
        {
            var parts = member.ContainingType?.DeclaringSyntaxReferences ?? default;
            if (parts.IsDefaultOrEmpty || parts.Length > MaxWrites)
            {
                return false;
            }

            var declarations = new List<TypeDeclarationSyntax>(parts.Length);
            var assignments = new List<AssignmentExpressionSyntax>();
            var hasJumps = false;
            foreach (var part in parts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!(part.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration))
                {
                    return false;
                }

                var index = SingleAssignment.WriteIndex.Of(declaration);
                if ((SingleAssignment.IsStructInstanceMember(member) && index.Find(SingleAssignment.ThisName).Any)
                    || !AddWrites(index, member, model, cancellationToken, assignments))
                {
                    return false;
                }

                hasJumps |= index.HasJumps;
                declarations.Add(declaration);
            }

            if (initializer != null && !InitializerOverwritten(member, reference, declarations, assignments, hasJumps))
            {
                values.Add(initializer.Value);
            }

            foreach (var assignment in assignments)
            {
                values.Add(assignment.Right);
            }

            return values.Count > 0;
        }

        /// <summary>
        /// Adds the simple assignments of <paramref name="symbol"/> that <paramref name="index"/> holds (confirmed by symbol: the
        /// same name in another type or a nested function's own local is not a write of it); false when it may be written otherwise.
        /// </summary>
        private static bool AddWrites(SingleAssignment.WriteIndex index, ISymbol symbol, SemanticModel model, CancellationToken cancellationToken, List<AssignmentExpressionSyntax> assignments)
        {
            var writes = index.Find(symbol.Name);
            if (writes.Disqualified || writes.NotSimple || assignments.Count + writes.Count > MaxWrites)
            {
                return false;
            }

            if (writes.Count == 0)
            {
                return true;
            }

            var found = new List<AssignmentExpressionSyntax>(writes.Count);
            writes.AddSimpleAssignments(found);
            foreach (var assignment in found)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var assignmentModel = TreeModels.For(model, assignment.SyntaxTree);
                if (!(assignmentModel?.GetOperation(assignment, cancellationToken) is ISimpleAssignmentOperation operation))
                {
                    // Not bound as an assignment (an error, an object initializer's member of an unknown type): no value.
                    return false;
                }

                if (IsWriteOf(operation.Target, symbol))
                {
                    assignments.Add(assignment);
                }
                else if (operation.Target is IInvalidOperation)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsWriteOf(IOperation target, ISymbol symbol)
        {
            while (target is IParenthesizedOperation parenthesized)
            {
                target = parenthesized.Operand;
            }

            var written = target switch
            {
                ILocalReferenceOperation local => local.Local,
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation property => property.Property,
                _ => (ISymbol?)null,
            };
            return written != null && SymbolEqualityComparer.Default.Equals(written.OriginalDefinition, symbol.OriginalDefinition);
        }

        /// <summary>
        /// Whether the write <paramref name="write"/> (a declarator with an initializer, or an assignment) of a local can reach the
        /// read <paramref name="reference"/>, as far as the statements around them tell: false when, in the innermost statement
        /// list that holds both, it is overwritten by an assignment statement between them, or when it comes after the read and
        /// nothing (a loop between the list and the local's scope, a lambda or local function) can bring it back. The caller has
        /// made sure the scope holds no <c>goto</c> or label.
        /// </summary>
        private static bool Reaches(SyntaxNode write, SyntaxNode reference, SyntaxNode scope, List<AssignmentExpressionSyntax> assignments)
        {
            var list = CommonStatementList(write, reference, scope);
            if (list is null)
            {
                return true;
            }

            var writeStatement = ChildOf(list, write, out var writeInFunction);
            var readStatement = ChildOf(list, reference, out var readInFunction);
            if (writeStatement is null || readStatement is null || writeInFunction || writeStatement == readStatement)
            {
                // A write in a lambda or a local function runs whenever it is called.
                return true;
            }

            var loop = LoopBetween(list, scope);
            if (writeStatement.SpanStart > readStatement.SpanStart)
            {
                // After the read: only a loop, or a read in a lambda that runs later, sees it.
                return readInFunction || loop;
            }

            if (readInFunction && loop)
            {
                return true;
            }

            foreach (var other in assignments)
            {
                if (other != write
                    && StatementOf(other, list) is { } overwriting
                    && overwriting.SpanStart >= writeStatement.Span.End
                    && overwriting.Span.End <= readStatement.SpanStart)
                {
                    // Overwritten on every path between the write and the read.
                    return false;
                }
            }

            return true;
        }

        /// <summary>The statement of <paramref name="list"/> that is the assignment itself (<c>port = 51338;</c>), or null.</summary>
        private static SyntaxNode? StatementOf(AssignmentExpressionSyntax assignment, SyntaxNode list)
        {
            if (!(assignment.Parent is ExpressionStatementSyntax statement))
            {
                return null;
            }

            if (statement.Parent == list)
            {
                return statement;
            }

            return statement.Parent is GlobalStatementSyntax global && global.Parent == list ? global : null;
        }

        /// <summary>The innermost block, switch section or top-level program inside <paramref name="scope"/> that holds both nodes.</summary>
        private static SyntaxNode? CommonStatementList(SyntaxNode write, SyntaxNode reference, SyntaxNode scope)
        {
            for (var node = write.Parent; node != null; node = node.Parent)
            {
                if ((node is BlockSyntax || node is SwitchSectionSyntax || node is CompilationUnitSyntax) && node.Span.Contains(reference.Span))
                {
                    return scope.Span.Contains(node.Span) ? node : null;
                }

                if (node == scope)
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>The statement of <paramref name="list"/> that holds <paramref name="node"/>; whether a lambda or local function lies between.</summary>
        private static SyntaxNode? ChildOf(SyntaxNode list, SyntaxNode node, out bool inFunction)
        {
            inFunction = false;
            for (SyntaxNode? current = node; current != null; current = current.Parent)
            {
                if (current is AnonymousFunctionExpressionSyntax || current is LocalFunctionStatementSyntax)
                {
                    inFunction = true;
                }

                if (current.Parent == list)
                {
                    return current;
                }
            }

            return null;
        }

        /// <summary>Whether a loop runs <paramref name="list"/> again inside <paramref name="scope"/>.</summary>
        private static bool LoopBetween(SyntaxNode list, SyntaxNode scope)
        {
            for (SyntaxNode? node = list; node != null && node != scope; node = node.Parent)
            {
                if (node is WhileStatementSyntax || node is DoStatementSyntax || node is ForStatementSyntax || node is CommonForEachStatementSyntax)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the initializer of a field or auto-property is overwritten before <paramref name="reference"/> reads it: in the
        /// constructor that reads it, by an assignment statement of its body before the read; elsewhere (a method, another type),
        /// when every constructor of the same kind (static or instance) writes it before anything else runs (a constructor that
        /// calls <c>: this(…)</c> runs one that does). A read in an initializer, a primary constructor or a jump keeps it.
        /// </summary>
        private static bool InitializerOverwritten(ISymbol member, SyntaxNode reference, List<TypeDeclarationSyntax> declarations, List<AssignmentExpressionSyntax> assignments, bool hasJumps)
        {
            if (assignments.Count == 0 || hasJumps)
            {
                return false;
            }

            var isStatic = member.IsStatic;
            var readIn = EnclosingMember(reference, out var readInFunction);
            var readInDeclarations = readIn != null && ContainsRef(declarations, readIn.Parent);
            if (readInDeclarations && (readIn is FieldDeclarationSyntax || readIn is PropertyDeclarationSyntax { Initializer: { } }))
            {
                // Another initializer runs before the constructors.
                return false;
            }

            if (readInDeclarations
                && readIn is ConstructorDeclarationSyntax readingConstructor
                && readingConstructor.Modifiers.Any(SyntaxKind.StaticKeyword) == isStatic
                && !readInFunction)
            {
                if (!(readingConstructor.Body is { } body) || ChildOf(body, reference, out _) is not { } readStatement)
                {
                    return false;
                }

                foreach (var assignment in assignments)
                {
                    if (assignment.Parent is ExpressionStatementSyntax statement && statement.Parent == body && statement.Span.End <= readStatement.SpanStart)
                    {
                        return true;
                    }
                }

                return false;
            }

            var constructors = 0;
            foreach (var declaration in declarations)
            {
                if (!isStatic && declaration.ParameterList != null)
                {
                    // A primary constructor has no body to overwrite it in.
                    return false;
                }

                foreach (var declared in declaration.Members)
                {
                    if (!(declared is ConstructorDeclarationSyntax constructor) || constructor.Modifiers.Any(SyntaxKind.StaticKeyword) != isStatic)
                    {
                        continue;
                    }

                    constructors++;
                    if (!isStatic && constructor.Initializer is { } chained && chained.IsKind(SyntaxKind.ThisConstructorInitializer))
                    {
                        continue;
                    }

                    if (!OverwritesFirst(constructor, assignments))
                    {
                        return false;
                    }
                }
            }

            return constructors > 0;
        }

        /// <summary>Whether a constructor's body starts with assignments of plain values, one of them in <paramref name="assignments"/>.</summary>
        private static bool OverwritesFirst(ConstructorDeclarationSyntax constructor, List<AssignmentExpressionSyntax> assignments)
        {
            if (constructor.ExpressionBody is { Expression: AssignmentExpressionSyntax only })
            {
                return ContainsRef(assignments, only);
            }

            if (constructor.Body is null)
            {
                return false;
            }

            foreach (var statement in constructor.Body.Statements)
            {
                if (!(statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment }))
                {
                    return false;
                }

                if (ContainsRef(assignments, assignment))
                {
                    return true;
                }

                // `_name = name;` runs no code that could read the member; a call or a creation might.
                if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || !IsPlainValue(assignment.Right))
                {
                    return false;
                }
            }

            return false;
        }

        private static bool IsPlainValue(ExpressionSyntax value) => value switch
        {
            LiteralExpressionSyntax _ => true,
            IdentifierNameSyntax _ => true,
            DefaultExpressionSyntax _ => true,
            MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax or ThisExpressionSyntax or PredefinedTypeSyntax } => true,
            PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax } => true,
            ParenthesizedExpressionSyntax parenthesized => IsPlainValue(parenthesized.Expression),
            CastExpressionSyntax cast => IsPlainValue(cast.Expression),
            _ => false,
        };

        /// <summary>The member declaration <paramref name="node"/> is in; whether a lambda or local function lies between.</summary>
        private static MemberDeclarationSyntax? EnclosingMember(SyntaxNode node, out bool inFunction)
        {
            inFunction = false;
            for (var current = node.Parent; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case AnonymousFunctionExpressionSyntax _:
                    case LocalFunctionStatementSyntax _:
                        inFunction = true;
                        break;
                    case MemberDeclarationSyntax member:
                        return member;
                }
            }

            return null;
        }

        private static bool ContainsRef<T>(List<T> items, SyntaxNode? node)
            where T : SyntaxNode
        {
            foreach (var item in items)
            {
                if (item == node)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
