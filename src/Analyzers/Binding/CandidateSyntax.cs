using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PortLint.Binding
{
    /// <summary>
    /// The cheap syntax-only filter in front of every semantic question. Asking the semantic model about one node binds its
    /// whole member (with nullable analysis), so only calls whose name can be a server-binding API AND whose port or URL
    /// argument can be a compile-time constant reach it. Endpoints held in locals or fields are found from their creation
    /// (<see cref="HeldEndPointUses"/>), so <c>Bind(x)</c> with a plain name is no candidate. No allocation.
    /// </summary>
    internal static class CandidateSyntax
    {
        /// <summary>Whether <paramref name="invocation"/> can be a binding API, in a file that contains <paramref name="words"/>.</summary>
        public static bool IsCandidate(InvocationExpressionSyntax invocation, BindingWordSet words = (BindingWordSet)~0)
        {
            var arguments = invocation.ArgumentList.Arguments;
            if (arguments.Count == 0 || !TryGetName(invocation.Expression, out var receiver, out var name))
            {
                return false;
            }

            var first = arguments[0].Expression;
            switch (name)
            {
                case "Listen" when (words & BindingWordSet.Kestrel) != 0:
                    // Kestrel: Listen(IPAddress, int[, configure]), or Listen(EndPoint[, configure]) with the endpoint created here.
                    return (arguments.Count >= 2 && (MayBeConstant(arguments[1].Expression) || HasNamedArgument(arguments))) || IsCreation(first);
                case "ListenLocalhost" when (words & BindingWordSet.Kestrel) != 0:
                case "ListenAnyIP" when (words & BindingWordSet.Kestrel) != 0:
                    return arguments.Count <= 2 && (MayBeConstant(first) || HasNamedArgument(arguments));
                case "UseUrls":
                    foreach (var argument in arguments)
                    {
                        if (MayBeConstant(argument.Expression))
                        {
                            return true;
                        }
                    }

                    return false;
                case "UseSetting":
                    return arguments.Count == 2 && MayBeConstant(arguments[1].Expression);
                case "Run" when (words & BindingWordSet.WebApplication) != 0:
                case "RunAsync" when (words & BindingWordSet.WebApplication) != 0:
                    return arguments.Count == 1 && MayBeConstant(first) && RightmostName(receiver) != "Task";
                case "Bind":
                    return arguments.Count == 1 && IsCreation(first);
                case "Create":
                    return arguments.Count == 1 && MayBeConstant(first) && IsTypeName(receiver, "TcpListener", "Sockets");
                case "Add":
                    if (arguments.Count != 1 || !MayBeConstant(first))
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
            var arguments = creation.ArgumentList?.Arguments ?? default;
            if (arguments.Count == 0)
            {
                return false;
            }

            if (IsTypeName(creation.Type, "IPEndPoint", "Net"))
            {
                return arguments.Count == 2 && MayHoldPort(arguments, 1);
            }

            // TcpListener(IPAddress, int) / (int) / (IPEndPoint): the last argument; UdpClient(int[, family]) / (IPEndPoint): the first.
            return (IsTypeName(creation.Type, "TcpListener", "Sockets") && MayHoldPort(arguments, arguments.Count - 1))
                || (IsTypeName(creation.Type, "UdpClient", "Sockets") && MayHoldPort(arguments, 0));
        }

        public static bool IsCandidate(ImplicitObjectCreationExpressionSyntax creation)
        {
            var arguments = creation.ArgumentList.Arguments;
            if (arguments.Count == 0 || arguments.Count > 2)
            {
                return false;
            }

            // `TcpListener listener = new(...)`: the declared type names the type.
            if (creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } }
                && !declaration.Type.IsVar)
            {
                var type = declaration.Type is NullableTypeSyntax nullable ? nullable.ElementType : declaration.Type;
                if (!IsTypeName(type, "TcpListener", "Sockets") && !IsTypeName(type, "UdpClient", "Sockets") && !IsTypeName(type, "IPEndPoint", "Net"))
                {
                    return false;
                }
            }

            return MayHoldPort(arguments, 0) || MayHoldPort(arguments, arguments.Count - 1);
        }

        /// <summary>Whether <paramref name="call"/> can pass a held endpoint to a binding API: <c>Bind(ep)</c>, <c>Listen(ep)</c>, <c>new TcpListener(ep)</c>, <c>new UdpClient(ep)</c>.</summary>
        public static bool MayBindEndPoint(ExpressionSyntax call)
        {
            switch (call)
            {
                case InvocationExpressionSyntax invocation when TryGetName(invocation.Expression, out _, out var name):
                    return name == "Bind" || name == "Listen";
                case ObjectCreationExpressionSyntax creation:
                    return IsTypeName(creation.Type, "TcpListener", "Sockets") || IsTypeName(creation.Type, "UdpClient", "Sockets");
                case ImplicitObjectCreationExpressionSyntax _:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Whether the argument at <paramref name="index"/> can be a constant port or an endpoint created here (named arguments: any may be).</summary>
        private static bool MayHoldPort(SeparatedSyntaxList<ArgumentSyntax> arguments, int index)
        {
            var expression = arguments[index].Expression;
            return MayBeConstant(expression) || IsCreation(expression) || HasNamedArgument(arguments);
        }

        /// <summary>
        /// Whether an argument can have a compile-time value (or hold one in part, as a URL with a constant port does): literals,
        /// names (constants, locals, fields), operators on them, interpolated strings and arrays. Calls, element access and
        /// conditionals cannot.
        /// </summary>
        private static bool MayBeConstant(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case LiteralExpressionSyntax _:
                    case IdentifierNameSyntax _:
                    case MemberAccessExpressionSyntax _:
                    case BinaryExpressionSyntax _:
                    case InterpolatedStringExpressionSyntax _:
                    case ArrayCreationExpressionSyntax _:
                    case ImplicitArrayCreationExpressionSyntax _:
                    case CollectionExpressionSyntax _:
                        return true;
                    case ParenthesizedExpressionSyntax parenthesized:
                        expression = parenthesized.Expression;
                        continue;
                    case CastExpressionSyntax cast:
                        expression = cast.Expression;
                        continue;
                    case CheckedExpressionSyntax checkedExpression:
                        expression = checkedExpression.Expression;
                        continue;
                    case PrefixUnaryExpressionSyntax prefix:
                        expression = prefix.Operand;
                        continue;
                    case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                        expression = postfix.Operand;
                        continue;
                    default:
                        return false;
                }
            }
        }

        private static bool IsCreation(ExpressionSyntax expression)
            => expression is ObjectCreationExpressionSyntax || expression is ImplicitObjectCreationExpressionSyntax;

        private static bool HasNamedArgument(SeparatedSyntaxList<ArgumentSyntax> arguments)
        {
            foreach (var argument in arguments)
            {
                if (argument.NameColon != null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <paramref name="type"/> can name the type <paramref name="name"/> of namespace <c>…<paramref name="namespaceTail"/></c>:
        /// <c>TcpListener</c>, <c>Sockets.TcpListener</c>, <c>System.Net.Sockets.TcpListener</c>, or an alias-qualified name; not
        /// <c>Fakes.TcpListener</c>.
        /// </summary>
        private static bool IsTypeName(ExpressionSyntax? type, string name, string namespaceTail)
        {
            switch (type)
            {
                case IdentifierNameSyntax identifier:
                    return identifier.Identifier.ValueText == name;
                case QualifiedNameSyntax qualified:
                    return qualified.Right.Identifier.ValueText == name && IsNamespace(qualified.Left, namespaceTail);
                case MemberAccessExpressionSyntax memberAccess:
                    return memberAccess.Name.Identifier.ValueText == name && IsNamespace(memberAccess.Expression, namespaceTail);
                case AliasQualifiedNameSyntax aliasQualified:
                    return aliasQualified.Name.Identifier.ValueText == name;
                default:
                    return false;
            }
        }

        /// <summary>A qualifier that can be the namespace: it ends with <paramref name="tail"/>, or it is one name (a namespace alias).</summary>
        private static bool IsNamespace(ExpressionSyntax qualifier, string tail)
            => qualifier is IdentifierNameSyntax || qualifier is AliasQualifiedNameSyntax || RightmostName(qualifier) == tail;

        private static bool TryGetName(ExpressionSyntax expression, out ExpressionSyntax? receiver, out string name)
        {
            switch (expression)
            {
                case MemberAccessExpressionSyntax memberAccess:
                    receiver = memberAccess.Expression;
                    name = memberAccess.Name.Identifier.ValueText;
                    return true;
                case MemberBindingExpressionSyntax memberBinding:
                    receiver = null;
                    name = memberBinding.Name.Identifier.ValueText;
                    return true;
                case IdentifierNameSyntax identifier:
                    receiver = null;
                    name = identifier.Identifier.ValueText;
                    return true;
                default:
                    receiver = null;
                    name = string.Empty;
                    return false;
            }
        }

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
