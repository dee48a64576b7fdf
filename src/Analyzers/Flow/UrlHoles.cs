using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortLint.Values;

namespace PortLint.Flow
{
    /// <summary>
    /// The pieces of a URL that sit where its port goes and are not constants (<c>$"http://127.0.0.1:{port}/"</c>,
    /// <c>"http://localhost:" + port</c>), with the URL's host: while derived sinks are built, such a piece that is a parameter
    /// makes the parameter a port.
    /// </summary>
    internal static class UrlHoles
    {
        private const char Unknown = '\u0001';
        private const int MaxPieces = 32;

        public static void Find(IOperation url, SemanticModel model, List<(IOperation Hole, string? Host)> holes, CancellationToken cancellationToken)
        {
            var pieces = new List<(string? Text, IOperation? Value)>();
            if (!Flatten(url, pieces, model, cancellationToken, 0))
            {
                return;
            }

            var before = new StringBuilder();
            for (var i = 0; i < pieces.Count; i++)
            {
                var (text, value) = pieces[i];
                if (text != null)
                {
                    before.Append(text);
                    continue;
                }

                var next = i + 1 < pieces.Count ? pieces[i + 1].Text : string.Empty;
                if (value != null && next != null && EndsAtPort(next) && HostBeforePort(before.ToString(), out var host))
                {
                    holes.Add((value, host));
                }

                before.Append(Unknown);
            }
        }

        /// <summary><c>http://host:</c> — the text before a hole ends with a scheme, a host and a colon; the host, or null when a piece of it is not known.</summary>
        private static bool HostBeforePort(string before, out string? host)
        {
            host = null;
            var scheme = before.LastIndexOf("://", System.StringComparison.Ordinal);
            if (scheme <= 0 || before.Length == 0 || before[before.Length - 1] != ':')
            {
                return false;
            }

            var name = before.Substring(scheme + 3, before.Length - scheme - 4);
            if (name.IndexOf('/') >= 0 || name.IndexOf(';') >= 0)
            {
                return false;
            }

            host = name.IndexOf(Unknown) >= 0 ? null : name;
            return true;
        }

        private static bool EndsAtPort(string next) => next.Length == 0 || next[0] == '/' || next[0] == ';' || next[0] == ',';

        private static bool Flatten(IOperation operation, List<(string? Text, IOperation? Value)> pieces, SemanticModel model, CancellationToken cancellationToken, int depth)
        {
            if (depth > 8 || pieces.Count > MaxPieces)
            {
                return false;
            }

            var inner = ConstantPort.WalkDownConversions(operation);
            switch (inner)
            {
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        switch (part)
                        {
                            case IInterpolatedStringTextOperation { Text.ConstantValue.Value: string text }:
                                pieces.Add((text, null));
                                break;
                            case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                                AddValue(hole.Expression, pieces, model, cancellationToken);
                                break;
                            default:
                                pieces.Add((null, null));
                                break;
                        }
                    }

                    return true;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                    return Flatten(binary.LeftOperand, pieces, model, cancellationToken, depth + 1)
                        && Flatten(binary.RightOperand, pieces, model, cancellationToken, depth + 1);
                default:
                    AddValue(inner, pieces, model, cancellationToken);
                    return true;
            }
        }

        private static void AddValue(IOperation value, List<(string? Text, IOperation? Value)> pieces, SemanticModel model, CancellationToken cancellationToken)
        {
            var constant = ConstantPort.FormatForString(ConstantPort.GetConstant(value, model, cancellationToken));
            if (constant != null)
            {
                pieces.Add((constant, null));
                return;
            }

            // port.ToString() is the port's text.
            var inner = ConstantPort.WalkDownConversions(value);
            if (inner is IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: { } number } && number.Type?.SpecialType == SpecialType.System_Int32)
            {
                inner = number;
            }

            pieces.Add((null, inner.Type?.SpecialType == SpecialType.System_Int32 ? inner : null));
        }
    }
}
