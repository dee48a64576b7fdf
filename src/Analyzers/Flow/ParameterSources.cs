using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PortLint.Values;

namespace PortLint.Flow
{
    /// <summary>
    /// Which parameters of the project's own methods a value comes from: the parameter itself (<c>port</c>, <c>port + 1</c>), or a
    /// field or property of the type that only its constructors set from their parameters (<c>_port = port;</c>, a primary
    /// constructor's parameter captured or copied into a field, a positional record's property).
    /// </summary>
    internal static class ParameterSources
    {
        /// <summary>Bounds the writes looked at per carrier: a field written more often is no one parameter's.</summary>
        private const int MaxCarrierWrites = 16;

        public static void Find(IOperation value, SemanticModel model, List<ParameterSource> sources, CancellationToken cancellationToken)
        {
            var offset = 0L;
            var operation = ConstantPort.WalkDownConversions(value);
            for (var depth = 0; depth < 4 && operation is IBinaryOperation binary; depth++)
            {
                // port + 1, 1 + port, port - 1: a constant shift of one parameter.
                if (binary.OperatorKind == BinaryOperatorKind.Add && IsIntegral(binary.LeftOperand, out var left))
                {
                    offset += left;
                    operation = ConstantPort.WalkDownConversions(binary.RightOperand);
                }
                else if ((binary.OperatorKind == BinaryOperatorKind.Add || binary.OperatorKind == BinaryOperatorKind.Subtract) && IsIntegral(binary.RightOperand, out var right))
                {
                    offset += binary.OperatorKind == BinaryOperatorKind.Add ? right : -right;
                    operation = ConstantPort.WalkDownConversions(binary.LeftOperand);
                }
                else
                {
                    return;
                }
            }

            switch (operation)
            {
                case IParameterReferenceOperation parameter:
                    Add(parameter.Parameter, offset, sources);
                    break;
                case IFieldReferenceOperation field when IsOwnMember(field.Instance):
                    AddCarrier(field.Field, offset, model, sources, cancellationToken);
                    break;
                case IPropertyReferenceOperation { Arguments.Length: 0 } property when IsOwnMember(property.Instance):
                    AddCarrier(property.Property, offset, model, sources, cancellationToken);
                    break;
            }
        }

        /// <summary>Whether a parameter can make its method a derived sink: a by-value parameter of a method of the project with a body here.</summary>
        public static bool CanFollow(IParameterSymbol parameter)
        {
            if (parameter.RefKind != RefKind.None || parameter.IsParams || !(parameter.ContainingSymbol is IMethodSymbol method))
            {
                return false;
            }

            switch (method.MethodKind)
            {
                case MethodKind.Ordinary:
                case MethodKind.Constructor:
                case MethodKind.LocalFunction:
                case MethodKind.AnonymousFunction:
                    break;
                default:
                    return false;
            }

            // A call of a virtual, abstract or interface method may run another body: its target is not known.
            return !method.IsAbstract && !method.IsVirtual && !(method.IsOverride && !method.IsSealed)
                && method.ContainingType?.TypeKind != TypeKind.Interface
                && !method.DeclaringSyntaxReferences.IsEmpty;
        }

        private static void Add(IParameterSymbol parameter, long offset, List<ParameterSource> sources)
        {
            if (CanFollow(parameter))
            {
                sources.Add(new ParameterSource(parameter.OriginalDefinition, offset));
            }
        }

        private static bool IsOwnMember(IOperation? instance)
            => instance is null || instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

        private static bool IsIntegral(IOperation operation, out long value)
        {
            if (operation.ConstantValue.HasValue && operation.ConstantValue.Value is int number)
            {
                value = number;
                return true;
            }

            value = 0;
            return false;
        }

        /// <summary>
        /// A field or property only the type's constructors write, each from one of its parameters: those parameters. A positional
        /// record's property is its primary constructor's parameter.
        /// </summary>
        private static void AddCarrier(ISymbol member, long offset, SemanticModel model, List<ParameterSource> sources, CancellationToken cancellationToken)
        {
            var type = member.ContainingType;
            if (type is null || member.IsStatic || !(member is IFieldSymbol || member is IPropertySymbol))
            {
                return;
            }

            switch (member)
            {
                case IFieldSymbol { IsConst: true }:
                    return;
                case IFieldSymbol field when !field.IsReadOnly && field.DeclaredAccessibility != Accessibility.Private:
                    return;
                case IPropertySymbol property when !IsOnlySetByItsType(property):
                    return;
            }

            var references = member.DeclaringSyntaxReferences;
            if (references.Length != 1)
            {
                return;
            }

            var declaration = references[0].GetSyntax(cancellationToken);
            var declarationModel = TreeModels.For(model, declaration.SyntaxTree);
            if (declarationModel is null)
            {
                return;
            }

            if (declaration is ParameterSyntax positional)
            {
                // record Server(int Port): the property is the primary constructor's parameter (unless the record declares it).
                if (declarationModel.GetDeclaredSymbol(positional, cancellationToken) is IParameterSymbol recordParameter)
                {
                    Add(recordParameter, offset, sources);
                }

                return;
            }

            var found = new List<IParameterSymbol>();
            var initializer = declaration switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value,
                _ => null,
            };
            if (initializer != null && !TryAddParameter(initializer, declarationModel, found, cancellationToken))
            {
                return;
            }

            foreach (var typeReference in type.DeclaringSyntaxReferences)
            {
                if (!(typeReference.GetSyntax(cancellationToken) is TypeDeclarationSyntax part)
                    || !AddConstructorWrites(member, part, TreeModels.For(model, part.SyntaxTree), found, cancellationToken))
                {
                    return;
                }
            }

            foreach (var parameter in found)
            {
                Add(parameter, offset, sources);
            }
        }

        /// <summary>A get-only auto-property, or one whose setter is private: only its type writes it.</summary>
        private static bool IsOnlySetByItsType(IPropertySymbol property)
            => !property.IsVirtual && !property.IsAbstract && !property.IsOverride
            && (property.SetMethod is null || property.SetMethod.DeclaredAccessibility == Accessibility.Private
                || (property.ContainingType.IsRecord && property.SetMethod.IsInitOnly && IsPositional(property)));

        private static bool IsPositional(IPropertySymbol property)
        {
            var references = property.DeclaringSyntaxReferences;
            return references.Length == 1 && references[0].GetSyntax() is ParameterSyntax;
        }

        /// <summary>
        /// The writes of <paramref name="member"/> in one declaration of its type: false when one is not a constructor's plain
        /// assignment of a parameter (a method writes it, it is incremented, passed by ref, or given another value).
        /// </summary>
        private static bool AddConstructorWrites(ISymbol member, TypeDeclarationSyntax part, SemanticModel? model, List<IParameterSymbol> found, CancellationToken cancellationToken)
        {
            var name = member.Name;
            var text = part.SyntaxTree.GetText(cancellationToken).ToString();
            if (text.IndexOf(name, part.SpanStart, part.Span.Length, System.StringComparison.Ordinal) < 0)
            {
                return true;
            }

            var writes = 0;
            foreach (var node in part.DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                ExpressionSyntax? target;
                ExpressionSyntax? assigned = null;
                switch (node)
                {
                    case AssignmentExpressionSyntax assignment:
                        target = assignment.Left;
                        assigned = assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) ? assignment.Right : null;
                        break;
                    case PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression):
                        target = prefix.Operand;
                        break;
                    case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.PostIncrementExpression) || postfix.IsKind(SyntaxKind.PostDecrementExpression):
                        target = postfix.Operand;
                        break;
                    case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None):
                        target = argument.Expression;
                        break;
                    default:
                        continue;
                }

                if (!Names(target, name))
                {
                    continue;
                }

                if (model is null || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(target, cancellationToken).Symbol?.OriginalDefinition, member.OriginalDefinition))
                {
                    // Another symbol of the same name (a local, another object's field) — unless the model cannot tell.
                    if (model is null)
                    {
                        return false;
                    }

                    continue;
                }

                if (++writes > MaxCarrierWrites
                    || assigned is null
                    || !(node.FirstAncestorOrSelf<ConstructorDeclarationSyntax>() is { } constructor)
                    || constructor.Modifiers.Any(SyntaxKind.StaticKeyword)
                    || !TryAddParameter(assigned, model, found, cancellationToken))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Names(ExpressionSyntax? target, string name) => target switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText == name,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: { } member } => member.Identifier.ValueText == name,
            ParenthesizedExpressionSyntax parenthesized => Names(parenthesized.Expression, name),
            _ => false,
        };

        private static bool TryAddParameter(ExpressionSyntax value, SemanticModel model, List<IParameterSymbol> found, CancellationToken cancellationToken)
        {
            if (value is IdentifierNameSyntax && model.GetSymbolInfo(value, cancellationToken).Symbol is IParameterSymbol parameter)
            {
                found.Add(parameter);
                return true;
            }

            return false;
        }
    }
}
