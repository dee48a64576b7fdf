using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PortLint.Binding
{
    /// <summary>
    /// The cheap syntax-only filter in front of every semantic question: only invocations and creations whose names can be a
    /// server-binding API reach the semantic model. No allocation.
    /// </summary>
    internal static class CandidateSyntax
    {
        public static bool IsCandidate(InvocationExpressionSyntax invocation)
        {
            var arguments = invocation.ArgumentList.Arguments;
            if (arguments.Count == 0)
            {
                return false;
            }

            ExpressionSyntax? receiver;
            SimpleNameSyntax? name;
            switch (invocation.Expression)
            {
                case MemberAccessExpressionSyntax memberAccess:
                    receiver = memberAccess.Expression;
                    name = memberAccess.Name;
                    break;
                case MemberBindingExpressionSyntax memberBinding:
                    receiver = null;
                    name = memberBinding.Name;
                    break;
                case IdentifierNameSyntax identifier:
                    receiver = null;
                    name = identifier;
                    break;
                default:
                    return false;
            }

            switch (name.Identifier.ValueText)
            {
                case "Listen":
                case "ListenLocalhost":
                case "ListenAnyIP":
                case "UseUrls":
                case "UseSetting":
                case "RunAsync":
                    return true;
                case "Run":
                    return arguments.Count == 1 && !(arguments[0].Expression is AnonymousFunctionExpressionSyntax);
                case "Bind":
                    return arguments.Count == 1;
                case "Create":
                    return arguments.Count == 1 && RightmostName(receiver) == "TcpListener";
                case "Add":
                    if (arguments.Count != 1)
                    {
                        return false;
                    }

                    var collection = RightmostName(receiver);
                    return collection == "Urls" || collection == "Prefixes" || collection == "Addresses";
                default:
                    return false;
            }
        }

        public static bool IsCandidate(ObjectCreationExpressionSyntax creation)
        {
            if (creation.ArgumentList is null || creation.ArgumentList.Arguments.Count == 0)
            {
                return false;
            }

            var typeName = RightmostName(creation.Type);
            return typeName == "TcpListener" || typeName == "UdpClient" || typeName == "IPEndPoint";
        }

        public static bool IsCandidate(ImplicitObjectCreationExpressionSyntax creation)
            => creation.ArgumentList.Arguments.Count != 0;

        private static string? RightmostName(ExpressionSyntax? node)
        {
            switch (node)
            {
                case SimpleNameSyntax simple:
                    return simple.Identifier.ValueText;
                case QualifiedNameSyntax qualified:
                    return qualified.Right.Identifier.ValueText;
                case AliasQualifiedNameSyntax aliasQualified:
                    return aliasQualified.Name.Identifier.ValueText;
                case MemberAccessExpressionSyntax memberAccess:
                    return memberAccess.Name.Identifier.ValueText;
                case MemberBindingExpressionSyntax memberBinding:
                    return memberBinding.Name.Identifier.ValueText;
                case ConditionalAccessExpressionSyntax conditional:
                    return RightmostName(conditional.WhenNotNull);
                case ParenthesizedExpressionSyntax parenthesized:
                    return RightmostName(parenthesized.Expression);
                case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    return RightmostName(postfix.Operand);
                default:
                    return null;
            }
        }
    }
}
