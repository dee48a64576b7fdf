using System.Text;
using Microsoft.CodeAnalysis;

namespace PortLint.Flow
{
    /// <summary>How a path through the project's own methods is written in a message: <c>EchoServer(int), then TcpListener(IPAddress, int)</c>.</summary>
    internal static class FlowDisplay
    {
        private static readonly SymbolDisplayFormat ParameterTypes = SymbolDisplayFormat.MinimallyQualifiedFormat;

        /// <summary><c>Harness.StartServer(int)</c>, <c>EchoServer(int)</c> for a constructor, <c>Start(int)</c> for a local function, <c>start(int)</c> for a lambda held in a local.</summary>
        public static string Of(IMethodSymbol method)
        {
            var text = new StringBuilder();
            var type = method.ContainingType;
            switch (method.MethodKind)
            {
                case MethodKind.Constructor:
                    text.Append(type?.Name ?? ".ctor");
                    break;
                case MethodKind.LocalFunction:
                    text.Append(method.Name);
                    break;
                case MethodKind.AnonymousFunction:
                    // The local the lambda is called through: `start(int)`.
                    text.Append(LambdaLocal.NameOf(method, default) ?? "lambda");
                    break;
                default:
                    if (type != null)
                    {
                        text.Append(type.Name).Append('.');
                    }

                    text.Append(method.Name);
                    break;
            }

            text.Append('(');
            for (var i = 0; i < method.Parameters.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(", ");
                }

                text.Append(method.Parameters[i].Type.ToDisplayString(ParameterTypes));
            }

            return text.Append(')').ToString();
        }

        /// <summary>The path of a method whose parameter reaches <paramref name="rest"/>.</summary>
        public static string Then(IMethodSymbol method, string rest) => Of(method) + ", then " + rest;
    }
}
