using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortLint.Catalog;

namespace PortLint.Binding
{
    /// <summary>
    /// What a simple name at a candidate site stands for, read from the declarations around it (syntax only). The semantic model
    /// cannot answer cheaply: its first question in a member, <c>LookupSymbols</c> included, binds the member (measured: 4–12 ms on
    /// real code). A site all of whose values are parameters, method groups, or variables declared with a type that can hold no
    /// port, URL or endpoint (<c>WireMockServer.Start(settings)</c> with <c>var settings = new WireMockServerSettings {...}</c>) is
    /// dropped here; anything the declarations do not settle goes on to the semantic model.
    /// </summary>
    internal static class CheapSemantics
    {
        /// <summary>Whether <paramref name="value"/> can be a compile-time port, URL or endpoint (true when the declarations do not tell).</summary>
        public static bool MayCarryValue(ExpressionSyntax value)
        {
            if (!(value is IdentifierNameSyntax name))
            {
                return true;
            }

            switch (Declaration(name))
            {
                case ParameterSyntax _:
                    // A parameter's value is not known here.
                    return false;
                case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } declarator:
                    return declaration.Parent is LocalDeclarationStatementSyntax { IsConst: true }
                        || (declaration.Parent is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
                        || MayHoldValue(declaration.Type.IsVar ? (declarator.Initializer?.Value as ObjectCreationExpressionSyntax)?.Type : declaration.Type);
                default:
                    return true;
            }
        }

        /// <summary>
        /// The simple name of the type a receiver (<c>server</c>, <c>this.server</c>) is declared with nearby: an explicit type, or
        /// the created type of <c>var server = new FakeServer()</c>; null when the declarations do not tell.
        /// </summary>
        public static string? DeclaredTypeName(ExpressionSyntax receiver)
        {
            var name = receiver switch
            {
                IdentifierNameSyntax identifier => identifier,
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax member } => member,
                _ => null,
            };
            var type = name is null ? null : Declaration(name) switch
            {
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } declarator
                    => declaration.Type.IsVar ? (declarator.Initializer?.Value as ObjectCreationExpressionSyntax)?.Type : declaration.Type,
                ParameterSyntax parameter => parameter.Type,
                PropertyDeclarationSyntax property => property.Type,
                _ => null,
            };
            while (type is NullableTypeSyntax nullable)
            {
                type = nullable.ElementType;
            }

            return type switch
            {
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name.Identifier.ValueText,
                _ => null,
            };
        }

        /// <summary>For <c>target = new(...)</c>: whether the target, a variable declared nearby, can be of a type whose constructor binds.</summary>
        public static bool MayBeOfConstructedType(ExpressionSyntax target, SinkIndex index)
        {
            var name = target switch
            {
                IdentifierNameSyntax identifier => identifier,
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax member } => member,
                _ => null,
            };
            var type = name is null ? null : Declaration(name) switch
            {
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } when !declaration.Type.IsVar => declaration.Type,
                PropertyDeclarationSyntax property => property.Type,
                _ => null,
            };
            if (type is null)
            {
                return true;
            }

            foreach (var node in type.DescendantNodesAndSelf())
            {
                if (node is SimpleNameSyntax simple && index.TryGetName(simple.Identifier.ValueText, out var site) && site.Creation != ValueShapes.None)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The declaration a simple name refers to: a parameter of an enclosing method, lambda or local function, a local declared
        /// before it in an enclosing block, or a field or property of the enclosing type declaration. Null when none is found or
        /// the name is declared in more than one of these ways (the semantic model decides then).
        /// </summary>
        private static SyntaxNode? Declaration(SimpleNameSyntax name)
        {
            var text = name.Identifier.ValueText;
            var position = name.SpanStart;
            for (var node = name.Parent; node != null; node = node.Parent)
            {
                switch (node)
                {
                    case BlockSyntax block:
                        foreach (var statement in block.Statements)
                        {
                            if (statement.SpanStart >= position)
                            {
                                break;
                            }

                            if (statement is LocalDeclarationStatementSyntax local && Find(local.Declaration, text) is { } declarator)
                            {
                                return declarator;
                            }
                        }

                        break;
                    case BaseMethodDeclarationSyntax method when Find(method.ParameterList, text) is { } parameter:
                        return parameter;
                    case LocalFunctionStatementSyntax localFunction when Find(localFunction.ParameterList, text) is { } parameter:
                        return parameter;
                    case ParenthesizedLambdaExpressionSyntax lambda when Find(lambda.ParameterList, text) is { } parameter:
                        return parameter;
                    case SimpleLambdaExpressionSyntax simpleLambda when simpleLambda.Parameter.Identifier.ValueText == text:
                        return simpleLambda.Parameter;
                    case TypeDeclarationSyntax type:
                        if (type.ParameterList != null && Find(type.ParameterList, text) is { } primary)
                        {
                            return primary;
                        }

                        SyntaxNode? member = null;
                        foreach (var declared in type.Members)
                        {
                            SyntaxNode? found = declared switch
                            {
                                FieldDeclarationSyntax field => Find(field.Declaration, text),
                                PropertyDeclarationSyntax property when property.Identifier.ValueText == text => property,
                                _ => null,
                            };
                            if (found != null)
                            {
                                if (member != null)
                                {
                                    return null;
                                }

                                member = found;
                            }
                        }

                        // Not found in this declaration: another part of a partial type, a base type, or an outer type may declare it.
                        return member;
                    case ForStatementSyntax _:
                    case ForEachStatementSyntax _:
                    case UsingStatementSyntax _:
                    case FixedStatementSyntax _:
                    case CatchClauseSyntax _:
                    case SwitchSectionSyntax _:
                    case AnonymousMethodExpressionSyntax _:
                    case QueryExpressionSyntax _:
                    case GlobalStatementSyntax _:
                        // Declarations these scopes hold are not read here.
                        return null;
                }
            }

            return null;
        }

        private static VariableDeclaratorSyntax? Find(VariableDeclarationSyntax declaration, string name)
        {
            foreach (var variable in declaration.Variables)
            {
                if (variable.Identifier.ValueText == name)
                {
                    return variable;
                }
            }

            return null;
        }

        private static ParameterSyntax? Find(BaseParameterListSyntax? parameters, string name)
        {
            if (parameters != null)
            {
                foreach (var parameter in parameters.Parameters)
                {
                    if (parameter.Identifier.ValueText == name)
                    {
                        return parameter;
                    }
                }
            }

            return null;
        }

        /// <summary>Whether a variable declared with <paramref name="type"/> can hold a port, URL (list), endpoint or settings; true when unknown.</summary>
        /// <summary>Whether a declared type can hold a port, a URL or an endpoint (an integer, a string, an array, a type named …EndPoint); unknown types can.</summary>
        internal static bool MayHoldValue(TypeSyntax? type) => type switch
        {
            null => true,
            PredefinedTypeSyntax _ => true,
            ArrayTypeSyntax _ => true,
            NullableTypeSyntax nullable => MayHoldValue(nullable.ElementType),
            GenericNameSyntax _ => true,
            SimpleNameSyntax simple => simple.Identifier.ValueText.EndsWith("EndPoint", System.StringComparison.Ordinal)
                || simple.Identifier.ValueText.EndsWith("Endpoint", System.StringComparison.Ordinal)
                || simple.Identifier.ValueText == "String" || simple.Identifier.ValueText.StartsWith("Int", System.StringComparison.Ordinal)
                || simple.Identifier.ValueText.StartsWith("UInt", System.StringComparison.Ordinal),
            QualifiedNameSyntax qualified => MayHoldValue(qualified.Right),
            AliasQualifiedNameSyntax aliasQualified => MayHoldValue(aliasQualified.Name),
            _ => true,
        };
    }
}
