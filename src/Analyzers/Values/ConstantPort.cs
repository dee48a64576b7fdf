using System;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PortLint.Values
{
    /// <summary>
    /// Resolves the compile-time value of a port or URL argument: literals, constants in any class, constant expressions, enum
    /// members converted to a number, and locals, readonly or private fields and properties that hold one value from a constant
    /// (<see cref="SingleAssignment"/>, and <see cref="ValueSources"/> across the files of the compilation).
    /// </summary>
    internal static class ConstantPort
    {
        private const int MaxDepth = 4;

        /// <summary>The integral value of <paramref name="operation"/>, when it is known at compile time.</summary>
        public static bool TryGetInteger(IOperation operation, SemanticModel model, CancellationToken cancellationToken, out long value)
            => TryGetInteger(operation, model, cancellationToken, 0, out value);

        /// <summary>The value of <paramref name="operation"/> when it is known at compile time (any type).</summary>
        public static object? GetConstant(IOperation operation, SemanticModel model, CancellationToken cancellationToken)
            => GetConstant(operation, model, cancellationToken, 0);

        /// <summary>The value written into a string, as C# formats it for string interpolation and concatenation.</summary>
        public static string? FormatForString(object? value)
        {
            switch (value)
            {
                case null:
                    return null;
                case string text:
                    return text;
                case char c:
                    return c.ToString();
                case bool b:
                    return b ? "True" : "False";
                case IFormattable formattable when IsIntegral(value):
                    return formattable.ToString(null, CultureInfo.InvariantCulture);
                default:
                    return null;
            }
        }

        /// <summary>
        /// Follows a reference to a non-const local, a readonly or private field or a property to the one value it holds there,
        /// as an operation: <see cref="SingleAssignment"/> in the same file, else <see cref="ValueSources"/> in any file of the
        /// compilation (read with that file's semantic model).
        /// </summary>
        public static IOperation? FollowSingleAssignment(IOperation operation, SemanticModel model, CancellationToken cancellationToken)
        {
            ISymbol? symbol;
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    symbol = local.Local;
                    break;
                case IFieldReferenceOperation field:
                    symbol = field.Field;
                    break;
                case IPropertyReferenceOperation { Arguments.Length: 0 } property:
                    symbol = property.Property;
                    break;
                default:
                    return null;
            }

            var valueSyntax = symbol is IPropertySymbol ? null : SingleAssignment.FindValue(symbol, operation.Syntax.SyntaxTree, cancellationToken);
            valueSyntax ??= ValueSources.FindSingle(symbol, operation.Syntax, model, cancellationToken);
            return valueSyntax is null ? null : TreeModels.For(model, valueSyntax.SyntaxTree)?.GetOperation(valueSyntax, cancellationToken);
        }

        public static IOperation WalkDownConversions(IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion when conversion.Operand != null:
                        operation = conversion.Operand;
                        continue;
                    case IParenthesizedOperation parenthesized:
                        operation = parenthesized.Operand;
                        continue;
                    default:
                        return operation;
                }
            }
        }

        private static bool TryGetInteger(IOperation operation, SemanticModel model, CancellationToken cancellationToken, int depth, out long value)
        {
            var constant = GetConstant(operation, model, cancellationToken, depth);
            if (constant != null && IsIntegral(constant))
            {
                try
                {
                    value = Convert.ToInt64(constant, CultureInfo.InvariantCulture);
                    return true;
                }
                catch (OverflowException)
                {
                    // ulong above long.MaxValue: certainly out of range.
                    value = long.MaxValue;
                    return true;
                }
            }

            value = 0;
            return false;
        }

        private static object? GetConstant(IOperation operation, SemanticModel model, CancellationToken cancellationToken, int depth)
        {
            if (operation.ConstantValue.HasValue)
            {
                return operation.ConstantValue.Value;
            }

            if (depth >= MaxDepth)
            {
                return null;
            }

            var inner = WalkDownConversions(operation);
            if (inner.ConstantValue.HasValue)
            {
                return inner.ConstantValue.Value;
            }

            if (inner is IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: { } instance } toString
                && toString.TargetMethod.ContainingType.SpecialType != SpecialType.None)
            {
                // 55555.ToString(), Port.ToString(): an integer's text (digits and a minus sign in every culture .NET ships).
                var number = GetConstant(instance, model, cancellationToken, depth + 1);
                return number != null && IsIntegral(number) ? FormatForString(number) : null;
            }

            var assigned = FollowSingleAssignment(inner, model, cancellationToken);
            return assigned is null ? null : GetConstant(assigned, model, cancellationToken, depth + 1);
        }

        private static bool IsIntegral(object value)
            => value is int || value is long || value is short || value is ushort || value is uint || value is ulong || value is byte || value is sbyte;
    }
}
