using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortLint.Catalog;

namespace PortLint.Binding
{
    /// <summary>
    /// The cheap syntax-only filter in front of every semantic question. Asking the semantic model about one node binds its
    /// whole member (with nullable analysis), so only the sites whose name can be a catalogued API (<see cref="SinkIndex"/>)
    /// AND whose value can be known at compile time reach it. Names are compared after resolving the file's and the
    /// compilation's <c>using</c> aliases. No allocation.
    /// </summary>
    internal static class SiteSyntax
    {
        public static bool IsCandidate(SyntaxNode node, SinkIndex index, Dictionary<string, string>? aliases) => node switch
        {
            InvocationExpressionSyntax invocation => IsCandidate(invocation, index, aliases),
            ObjectCreationExpressionSyntax creation => IsCandidate(creation, index, aliases),
            ImplicitObjectCreationExpressionSyntax implicitCreation => IsCandidate(implicitCreation, index, aliases),
            AssignmentExpressionSyntax assignment => IsCandidate(assignment, index),
            MemberAccessExpressionSyntax memberAccess => IsHeldCollection(memberAccess, index),
            _ => false,
        };

        public static bool IsCandidate(InvocationExpressionSyntax invocation, SinkIndex index, Dictionary<string, string>? aliases)
        {
            var arguments = invocation.ArgumentList.Arguments;
            if (arguments.Count == 0 || !TryGetName(invocation.Expression, out var receiver, out var name) || !index.TryGetName(name, out var site))
            {
                return false;
            }

            if (name == "Add"
                && arguments.Count == 1
                && RightmostName(receiver) is { } collection
                && index.TryGetName(collection, out var collectionSite)
                && collectionSite.Collection
                && (MayBeConstant(arguments[0].Expression) || arguments[0].Expression is InvocationExpressionSyntax))
            {
                return true;
            }

            if (site.Call != ValueShapes.None && AnyArgument(arguments, site.Call))
            {
                return true;
            }

            return site.StaticCall != ValueShapes.None
                && (receiver is null || (Resolve(RightmostName(receiver), index, aliases) is { } type && site.StaticTypes.Contains(type) && InNamespace(receiver, type, index)))
                && AnyArgument(arguments, site.StaticCall);
        }

        public static bool IsCandidate(ObjectCreationExpressionSyntax creation, SinkIndex index, Dictionary<string, string>? aliases)
        {
            var arguments = creation.ArgumentList?.Arguments ?? default;
            return arguments.Count != 0
                && Resolve(RightmostName(creation.Type), index, aliases) is { } name
                && index.TryGetName(name, out var site)
                && site.Creation != ValueShapes.None
                && InNamespace(creation.Type, name, index)
                && AnyArgument(arguments, site.Creation | ValueShapes.Creation);
        }

        public static bool IsCandidate(ImplicitObjectCreationExpressionSyntax creation, SinkIndex index, Dictionary<string, string>? aliases)
        {
            var arguments = creation.ArgumentList.Arguments;
            if (arguments.Count == 0 || !index.HasConstructors)
            {
                return false;
            }

            // Passed as an argument, it is looked at as part of that call (`socket.Bind(new(IPAddress.Any, 50000))`); an element of a
            // collection (`{ new("key", value) }`, `[new(1, 2)]`) is no server.
            if (creation.Parent is ArgumentSyntax || creation.Parent is ExpressionElementSyntax
                || (creation.Parent is InitializerExpressionSyntax initializer && !initializer.IsKind(SyntaxKind.ObjectInitializerExpression)))
            {
                return false;
            }

            // `TcpListener listener = new(...)`, `TcpListener Create() => new(...)`: the declared type names the type.
            if (DeclaredType(creation) is { } declared && !NamesConstructedType(declared, index, aliases))
            {
                return false;
            }
            return AnyArgument(arguments, ValueShapes.Constant | ValueShapes.Creation);
        }

        /// <summary>The type syntax a target-typed <c>new(...)</c> takes its type from, where it is written: a declaration, a property, a return type.</summary>
        internal static TypeSyntax? DeclaredType(ImplicitObjectCreationExpressionSyntax creation)
        {
            switch (creation.Parent)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } when !declaration.Type.IsVar:
                    return declaration.Type;
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    return property.Type;
                case ArrowExpressionClauseSyntax arrow:
                    return ReturnType(arrow.Parent);
                case ReturnStatementSyntax returnStatement:
                    for (SyntaxNode? node = returnStatement.Parent; node != null; node = node.Parent)
                    {
                        if (node is AnonymousFunctionExpressionSyntax)
                        {
                            return null;
                        }

                        if (ReturnType(node) is { } type)
                        {
                            return type;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        private static TypeSyntax? ReturnType(SyntaxNode? member) => member switch
        {
            MethodDeclarationSyntax method => method.ReturnType,
            LocalFunctionStatementSyntax localFunction => localFunction.ReturnType,
            PropertyDeclarationSyntax property => property.Type,
            IndexerDeclarationSyntax indexer => indexer.Type,
            OperatorDeclarationSyntax op => op.ReturnType,
            ConversionOperatorDeclarationSyntax conversion => conversion.Type,
            AccessorDeclarationSyntax { Parent: AccessorListSyntax { Parent: BasePropertyDeclarationSyntax property } } => property.Type,
            _ => null,
        };

        /// <summary>Whether a type (or a type argument of it: <c>Task&lt;TcpListener&gt;</c>, <c>TcpListener?</c>) names a type whose constructor binds.</summary>
        private static bool NamesConstructedType(TypeSyntax type, SinkIndex index, Dictionary<string, string>? aliases)
        {
            foreach (var node in type.DescendantNodesAndSelf())
            {
                if (node is SimpleNameSyntax name && Resolve(name.Identifier.ValueText, index, aliases) is { } resolved && index.TryGetName(resolved, out var site) && site.Creation != ValueShapes.None)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>x.Port = 51000</c>, <c>{ Port = 51000 }</c>, <c>configuration["urls"] = url</c>.</summary>
        public static bool IsCandidate(AssignmentExpressionSyntax assignment, SinkIndex index)
        {
            if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
            {
                return false;
            }

            switch (assignment.Left)
            {
                case ElementAccessExpressionSyntax elementAccess:
                    return index.WatchesSettingKeys
                        && elementAccess.ArgumentList.Arguments.Count == 1
                        && MayBeConstant(elementAccess.ArgumentList.Arguments[0].Expression)
                        && MayBeConstant(assignment.Right);
                default:
                    return RightmostName(assignment.Left) is { } name
                        && index.TryGetName(name, out var site)
                        && site.Property != ValueShapes.None
                        && Matches(assignment.Right, site.Property);
            }
        }

        /// <summary><c>var urls = app.Urls;</c>: a collection whose <c>Add</c> binds, held in a local or field.</summary>
        public static bool IsHeldCollection(MemberAccessExpressionSyntax memberAccess, SinkIndex index)
            => (memberAccess.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax }
                || (memberAccess.Parent is AssignmentExpressionSyntax assignment && assignment.Right == memberAccess))
            && index.TryGetName(memberAccess.Name.Identifier.ValueText, out var site)
            && site.Collection;

        /// <summary>Whether <paramref name="call"/> can pass a held value to a sink: <c>Bind(ep)</c>, <c>new TcpListener(ep)</c>, <c>new(ep)</c>, <c>o.ListenEndPoint = ep</c>.</summary>
        public static bool MayConsume(SyntaxNode call, SinkIndex index, Dictionary<string, string>? aliases)
        {
            switch (call)
            {
                case InvocationExpressionSyntax invocation when TryGetName(invocation.Expression, out _, out var name):
                    return index.TryGetName(name, out var site) && (site.Call | site.StaticCall) != ValueShapes.None;
                case ObjectCreationExpressionSyntax creation:
                    return Resolve(RightmostName(creation.Type), index, aliases) is { } type && index.TryGetName(type, out var created) && created.Creation != ValueShapes.None;
                case ImplicitObjectCreationExpressionSyntax _:
                    return index.HasConstructors;
                case AssignmentExpressionSyntax assignment:
                    return RightmostName(assignment.Left) is { } property && index.TryGetName(property, out var assigned) && assigned.Property != ValueShapes.None;
                default:
                    return false;
            }
        }

        /// <summary>
        /// Whether a written type (<c>TcpListener</c>, <c>Sockets.TcpListener</c>, <c>global::System.Net.Sockets.TcpListener</c>, an
        /// alias-qualified or one-name qualifier) can be the catalogued type <paramref name="name"/>; not <c>Fakes.TcpListener</c>.
        /// </summary>
        private static bool InNamespace(ExpressionSyntax type, string name, SinkIndex index)
        {
            var qualifier = type switch
            {
                QualifiedNameSyntax qualified => qualified.Left,
                MemberAccessExpressionSyntax memberAccess => memberAccess.Expression,
                _ => null,
            };
            if (qualifier is null || qualifier is IdentifierNameSyntax || qualifier is AliasQualifiedNameSyntax || !index.TryGetName(name, out var site) || site.Namespaces.Count == 0)
            {
                // A simple name, or one name before it (a namespace alias, or the namespace's last part).
                return true;
            }

            return RightmostName(qualifier) is { } tail && site.Namespaces.Contains(tail);
        }

        /// <summary>An alias stands for the type it names; other names for themselves.</summary>
        private static string? Resolve(string? name, SinkIndex index, Dictionary<string, string>? aliases)
        {
            if (name is null)
            {
                return null;
            }

            if (aliases != null && aliases.TryGetValue(name, out var target))
            {
                return target;
            }

            return index.GlobalAliases.Count != 0 && index.GlobalAliases.TryGetValue(name, out var globalTarget) ? globalTarget : name;
        }

        private static bool AnyArgument(SeparatedSyntaxList<ArgumentSyntax> arguments, ValueShapes shapes)
        {
            foreach (var argument in arguments)
            {
                if (argument.NameColon != null || Matches(argument.Expression, shapes))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Matches(ExpressionSyntax expression, ValueShapes shapes)
            => ((shapes & ValueShapes.Constant) != 0 && MayBeConstant(expression))
            || ((shapes & ValueShapes.Creation) != 0 && IsCreation(expression))
            || ((shapes & ValueShapes.Settings) != 0 && (IsCreation(expression) || expression is IdentifierNameSyntax || expression is MemberAccessExpressionSyntax
                || expression is CollectionExpressionSyntax || expression is ArrayCreationExpressionSyntax || expression is ImplicitArrayCreationExpressionSyntax));

        /// <summary>
        /// Whether a value can have a compile-time value (or hold one in part, as a URL with a constant port does): literals,
        /// names (constants, locals, fields), operators on them, interpolated strings and arrays; a conditional or a switch
        /// expression whose every branch can (a port that is a constant on every path). Calls and element access cannot.
        /// </summary>
        internal static bool MayBeConstant(ExpressionSyntax expression)
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
                    case InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" } toString }:
                        // Port.ToString(): a constant's text.
                        expression = toString.Expression;
                        continue;
                    case ConditionalExpressionSyntax conditional:
                        // fast ? 51337 : 51338
                        if (!MayBeConstant(conditional.WhenTrue))
                        {
                            return false;
                        }

                        expression = conditional.WhenFalse;
                        continue;
                    case SwitchExpressionSyntax switchExpression:
                        foreach (var arm in switchExpression.Arms)
                        {
                            if (!MayBeConstant(arm.Expression))
                            {
                                return false;
                            }
                        }

                        return switchExpression.Arms.Count > 0;
                    default:
                        return false;
                }
            }
        }

        private static bool IsCreation(ExpressionSyntax expression)
            => expression is ObjectCreationExpressionSyntax || expression is ImplicitObjectCreationExpressionSyntax;

        internal static bool TryGetName(ExpressionSyntax expression, out ExpressionSyntax? receiver, out string name)
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
                case SimpleNameSyntax simple:
                    receiver = null;
                    name = simple.Identifier.ValueText;
                    return true;
                default:
                    receiver = null;
                    name = string.Empty;
                    return false;
            }
        }

        internal static string? RightmostName(SyntaxNode? node)
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
