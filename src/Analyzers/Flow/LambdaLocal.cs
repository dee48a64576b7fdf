using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PortLint.Values;

namespace PortLint.Flow
{
    /// <summary>
    /// A lambda or anonymous method assigned once to a local and called through it (<c>Action&lt;int&gt; start = port =&gt; …;
    /// start(51337);</c>): the only delegate call whose target is known. Any other delegate (a parameter, a field, a method
    /// group, a local assigned twice) is not followed.
    /// </summary>
    internal static class LambdaLocal
    {
        /// <summary>The local a lambda initializes (<c>start</c>), or null.</summary>
        public static string? NameOf(IMethodSymbol lambda, CancellationToken cancellationToken)
        {
            var references = lambda.DeclaringSyntaxReferences;
            if (references.Length != 1)
            {
                return null;
            }

            SyntaxNode? node = references[0].GetSyntax(cancellationToken);
            while (node?.Parent is ParenthesizedExpressionSyntax || node?.Parent is CastExpressionSyntax)
            {
                node = node.Parent;
            }

            return node?.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } ? declarator.Identifier.ValueText : null;
        }

        /// <summary>The lambda a delegate call runs, when the delegate is a local assigned once, from a lambda.</summary>
        public static IMethodSymbol? Target(IInvocationOperation invocation, SemanticModel model, CancellationToken cancellationToken)
        {
            if (!(invocation.Instance is { } instance) || !(ConstantPort.WalkDownConversions(instance) is ILocalReferenceOperation local))
            {
                return null;
            }

            var assigned = ConstantPort.FollowSingleAssignment(local, model, cancellationToken);
            for (var depth = 0; depth < 4 && assigned != null; depth++)
            {
                switch (assigned)
                {
                    case IDelegateCreationOperation creation:
                        assigned = creation.Target;
                        continue;
                    case IConversionOperation conversion:
                        assigned = conversion.Operand;
                        continue;
                    case IAnonymousFunctionOperation function:
                        return function.Symbol;
                    default:
                        return null;
                }
            }

            return null;
        }
    }
}
