using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PortLint.Values;

namespace PortLint.Urls
{
    /// <summary>Builds the <see cref="UrlText"/> of a string argument: constants, interpolated strings and concatenations.</summary>
    internal static class UrlTextBuilder
    {
        private const int MaxDepth = 16;

        public static UrlText Build(IOperation value, SemanticModel model, CancellationToken cancellationToken)
        {
            var text = new UrlText(value.Syntax);
            Append(text, value, model, cancellationToken, 0);
            return text;
        }

        private static void Append(UrlText text, IOperation operation, SemanticModel model, CancellationToken cancellationToken, int depth)
        {
            if (depth > MaxDepth)
            {
                // Too deep to split into pieces: a constant still counts, as one piece.
                if (operation.ConstantValue.HasValue)
                {
                    AppendConstant(text, operation.ConstantValue.Value, operation.Syntax);
                }
                else
                {
                    text.AppendUnknown(operation.Syntax);
                }

                return;
            }

            // Pieces first, so a port inside a constant concatenation is still located on its own literal.
            var inner = ConstantPort.WalkDownConversions(operation);
            switch (inner)
            {
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        AppendPart(text, part, model, cancellationToken, depth);
                    }

                    return;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                    Append(text, binary.LeftOperand, model, cancellationToken, depth + 1);
                    Append(text, binary.RightOperand, model, cancellationToken, depth + 1);
                    return;
            }

            if (operation.ConstantValue.HasValue || inner.ConstantValue.HasValue)
            {
                AppendConstant(text, operation.ConstantValue.HasValue ? operation.ConstantValue.Value : inner.ConstantValue.Value, inner.Syntax);
                return;
            }

            if (inner is IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: { Type: { } instanceType } instance }
                && IsIntegral(instanceType.SpecialType))
            {
                // Port.ToString(): the number's digits, reported where the number is written.
                Append(text, instance, model, cancellationToken, depth + 1);
                return;
            }

            var assigned = ConstantPort.FollowSingleAssignment(inner, model, cancellationToken);
            if (assigned != null)
            {
                // The value is built where the local or field is assigned; its characters are reported at the reference.
                var assignedText = new UrlText(assigned.Syntax);
                Append(assignedText, assigned, model, cancellationToken, depth + 1);
                text.Append(assignedText.Value, operation.Syntax, -1);
                return;
            }

            text.AppendUnknown(operation.Syntax);
        }

        private static bool IsIntegral(SpecialType type)
            => type == SpecialType.System_Int32 || type == SpecialType.System_Int64 || type == SpecialType.System_UInt16
            || type == SpecialType.System_UInt32 || type == SpecialType.System_Int16 || type == SpecialType.System_UInt64;

        private static void AppendPart(UrlText text, IInterpolatedStringContentOperation part, SemanticModel model, CancellationToken cancellationToken, int depth)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation textPart when textPart.Text.ConstantValue.Value is string value:
                    text.Append(value, part.Syntax, part.Syntax.ToString() == value ? 0 : -1);
                    return;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    var holeValue = ConstantPort.FormatForString(ConstantPort.GetConstant(hole.Expression, model, cancellationToken));
                    if (holeValue != null)
                    {
                        var syntax = hole.Expression.Syntax;
                        text.Append(holeValue, syntax, syntax.ToString() == holeValue ? 0 : -1);
                        return;
                    }

                    if (hole.Expression.Type?.SpecialType == SpecialType.System_String)
                    {
                        Append(text, hole.Expression, model, cancellationToken, depth + 1);
                        return;
                    }

                    break;
            }

            text.AppendUnknown(part.Syntax);
        }

        private static void AppendConstant(UrlText text, object? value, SyntaxNode syntax)
        {
            var formatted = ConstantPort.FormatForString(value);
            if (formatted is null)
            {
                text.AppendUnknown(syntax);
                return;
            }

            text.Append(formatted, syntax, SourceOffset(formatted, syntax));
        }

        /// <summary>Where a constant's characters start inside its own literal token, or -1 when they are not written one to one.</summary>
        private static int SourceOffset(string value, SyntaxNode syntax)
        {
            if (!(syntax is LiteralExpressionSyntax literal))
            {
                return -1;
            }

            if (literal.IsKind(SyntaxKind.NumericLiteralExpression))
            {
                return literal.Token.Text == value ? 0 : -1;
            }

            if (!literal.IsKind(SyntaxKind.StringLiteralExpression) || value.Length == 0)
            {
                return -1;
            }

            var tokenText = literal.Token.Text;
            var index = tokenText.IndexOf(value, System.StringComparison.Ordinal);
            return index > 0 ? index : -1;
        }
    }
}
