using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortLint.Ranges;

namespace PortLint.Values
{
    /// <summary>
    /// The integer values a port can have when it is not one constant but every path to it brings one: a conditional or a
    /// switch expression with constant arms, and a local, field or property assigned constants on several paths
    /// (<see cref="ValueSources"/>). Any path that brings something else (configuration, an argument, a computation, a call)
    /// gives no values: the port is configurable.
    /// </summary>
    internal static class PathValues
    {
        /// <summary>How many locals, fields or properties deep a value is followed.</summary>
        private const int MaxDepth = 4;

        /// <summary>More distinct values than this and nothing is reported (the message must stay readable).</summary>
        private const int MaxValues = 8;

        /// <summary>How many writes are read in all, whatever their nesting (a local assigned from locals assigned from locals…).</summary>
        private const int MaxSources = 64;

        /// <summary>The distinct values <paramref name="operation"/> can have, in the order of the text, or null when some path brings no constant.</summary>
        public static PathPorts? Find(IOperation operation, SemanticModel model, CancellationToken cancellationToken)
        {
            string? holder;
            switch (ConstantPort.WalkDownConversions(operation))
            {
                case ILocalReferenceOperation local:
                    holder = local.Local.Name;
                    break;
                case IFieldReferenceOperation field:
                    holder = field.Field.Name;
                    break;
                case IPropertyReferenceOperation property:
                    holder = property.Property.Name;
                    break;
                case IConditionalOperation _:
                case ISwitchExpressionOperation _:
                    holder = null;
                    break;
                default:
                    // A parameter, a call, a computation: no paths to follow.
                    return null;
            }

            var values = new List<long>();
            var budget = MaxSources;
            if (!Collect(operation, model, cancellationToken, 0, values, ref budget) || values.Count == 0)
            {
                return null;
            }

            return new PathPorts(values, holder);
        }

        private static bool Collect(IOperation operation, SemanticModel model, CancellationToken cancellationToken, int depth, List<long> values, ref int budget)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ConstantPort.TryGetInteger(operation, model, cancellationToken, out var value))
            {
                if (!values.Contains(value))
                {
                    values.Add(value);
                }

                return values.Count <= MaxValues;
            }

            if (depth >= MaxDepth)
            {
                return false;
            }

            var inner = ConstantPort.WalkDownConversions(operation);
            switch (inner)
            {
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    // a ? 51337 : 51338
                    return Collect(conditional.WhenTrue, model, cancellationToken, depth + 1, values, ref budget)
                        && Collect(whenFalse, model, cancellationToken, depth + 1, values, ref budget);

                case ISwitchExpressionOperation switchExpression when switchExpression.Arms.Length > 0:
                    foreach (var arm in switchExpression.Arms)
                    {
                        if (!Collect(arm.Value, model, cancellationToken, depth + 1, values, ref budget))
                        {
                            return false;
                        }
                    }

                    return true;

                case ILocalReferenceOperation _:
                case IFieldReferenceOperation _:
                case IPropertyReferenceOperation { Arguments.Length: 0 } _:
                    var symbol = inner switch
                    {
                        ILocalReferenceOperation local => (ISymbol)local.Local,
                        IFieldReferenceOperation field => field.Field,
                        _ => ((IPropertyReferenceOperation)inner).Property,
                    };
                    var sources = new List<Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax>();
                    if (!ValueSources.TryCollect(symbol, inner.Syntax, model, cancellationToken, sources) || (budget -= sources.Count) < 0)
                    {
                        return false;
                    }

                    foreach (var source in sources)
                    {
                        var sourceModel = TreeModels.For(model, source.SyntaxTree);
                        if (!(sourceModel?.GetOperation(source, cancellationToken) is { } sourceOperation)
                            || !Collect(sourceOperation, sourceModel, cancellationToken, depth + 1, values, ref budget))
                        {
                            return false;
                        }
                    }

                    return true;

                default:
                    return false;
            }
        }
    }

    /// <summary>The values a port has on different paths, and the name of the local, field or property that holds them.</summary>
    internal sealed class PathPorts
    {
        public PathPorts(List<long> values, string? holder)
        {
            Values = values;
            Holder = holder;
        }

        /// <summary>The distinct values, in the order of the text.</summary>
        public List<long> Values { get; }

        /// <summary>The local, field or property read at the binding site; null for a conditional written there.</summary>
        public string? Holder { get; }

        /// <summary>
        /// The port as the message shows it (the descriptors' <c>{0}</c>): <c>51337 (port is 51337 or 51338 on different paths)</c>,
        /// or only the digits when every path brings the same value.
        /// </summary>
        public string Describe(long port)
        {
            var digits = PortClassifier.Format(port);
            if (Values.Count < 2)
            {
                return digits;
            }

            var text = new StringBuilder(digits).Append(" (");
            if (Holder != null)
            {
                text.Append(Holder).Append(" is ");
            }

            for (var i = 0; i < Values.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(i == Values.Count - 1 ? " or " : ", ");
                }

                text.Append(PortClassifier.Format(Values[i]));
            }

            return text.Append(" on different paths)").ToString();
        }
    }
}
