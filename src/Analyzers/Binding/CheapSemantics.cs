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
            => !(value is IdentifierNameSyntax name) || Classify(name, out _) != NameValue.None;

        /// <summary>
        /// What the declarations around a simple name tell of its value: nothing known (a parameter; a local written only by an
        /// <c>out</c> argument, a pattern, or an initializer the value analysis cannot read, such as a call; a variable of a type
        /// that holds no port), the one expression a local is ever given (its initializer, when nothing else writes it), or
        /// unknown (the semantic model decides).
        /// </summary>
        public static NameValue Classify(IdentifierNameSyntax name, out ExpressionSyntax? single)
        {
            single = null;
            switch (Declaration(name))
            {
                case ParameterSyntax _:
                    // A parameter's value is not known here.
                    return NameValue.None;
                case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } declarator:
                    if (declaration.Parent is LocalDeclarationStatementSyntax { IsConst: true }
                        || (declaration.Parent is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword)))
                    {
                        return NameValue.Unknown;
                    }

                    if (!MayHoldValue(declaration.Type.IsVar ? (declarator.Initializer?.Value as ObjectCreationExpressionSyntax)?.Type : declaration.Type))
                    {
                        return NameValue.None;
                    }

                    if (declaration.Parent is LocalDeclarationStatementSyntax local
                        && local.UsingKeyword.IsKind(SyntaxKind.None)
                        && declarator.Initializer is { } initializer
                        && IsWrittenOnlyWhereDeclared(declarator, declarator.Identifier.ValueText))
                    {
                        if (IsRuntimeValue(initializer.Value, factoryNames: null))
                        {
                            return NameValue.None;
                        }

                        single = initializer.Value;
                        return NameValue.Single;
                    }

                    return NameValue.Unknown;
                case SingleVariableDesignationSyntax designation:
                    // int.TryParse(text, out var port), if (value is int port): the value comes at run time.
                    return IsWrittenOnlyWhereDeclared(designation, designation.Identifier.ValueText) ? NameValue.None : NameValue.Unknown;
                default:
                    return NameValue.Unknown;
            }
        }

        /// <summary>
        /// Whether an expression's value is one the value analysis cannot read as a constant, whatever its operands: a call
        /// (not <c>ToString()</c>, <c>nameof</c> or a catalogued factory), <c>await</c>, an element or conditional access, <c>??</c>,
        /// <c>this</c>, or a conditional with such a branch.
        /// </summary>
        public static bool IsRuntimeValue(ExpressionSyntax value, System.Func<string, bool>? factoryNames)
        {
            switch (value)
            {
                case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } }:
                    return false;
                case InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" } toString }:
                    return IsRuntimeValue(toString.Expression, factoryNames);
                case InvocationExpressionSyntax call:
                    return !(SiteSyntax.TryGetName(call.Expression, out _, out var callee) && (factoryNames is null ? SinkCatalog.IsBuiltInFactoryName(callee) : factoryNames(callee)));
                case AwaitExpressionSyntax _:
                case ElementAccessExpressionSyntax _:
                case ConditionalAccessExpressionSyntax _:
                case ThisExpressionSyntax _:
                case BaseExpressionSyntax _:
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression }:
                    return true;
                case ParenthesizedExpressionSyntax parenthesized:
                    return IsRuntimeValue(parenthesized.Expression, factoryNames);
                case ConditionalExpressionSyntax conditional:
                    return IsRuntimeValue(conditional.WhenTrue, factoryNames) || IsRuntimeValue(conditional.WhenFalse, factoryNames);
                default:
                    return false;
            }
        }

        /// <summary>
        /// Whether a member access reads an instance member of a variable declared nearby (<c>endPoint.Port</c>, <c>config.Port</c>,
        /// <c>_options.Port</c>, <c>this.options.Port</c>): no constant can be read that way (a <c>const</c> needs its type's name),
        /// only a member whose declaration the value analysis follows.
        /// </summary>
        public static bool IsInstanceMemberOfVariable(MemberAccessExpressionSyntax access)
        {
            var root = access.Expression;
            while (true)
            {
                switch (root)
                {
                    case MemberAccessExpressionSyntax inner when inner.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                        if (inner.Expression is ThisExpressionSyntax)
                        {
                            return true;
                        }

                        root = inner.Expression;
                        continue;
                    case ParenthesizedExpressionSyntax parenthesized:
                        root = parenthesized.Expression;
                        continue;
                    case ThisExpressionSyntax _:
                        return true;
                    case IdentifierNameSyntax variable:
                        // `Config Config` (a variable named as its type) may read the type's static members.
                        return Declaration(variable) is { } declared && !(declared is TypeDeclarationSyntax) && DeclaredTypeName(variable) != variable.Identifier.ValueText;
                    default:
                        return false;
                }
            }
        }

        /// <summary>Whether nothing but the declaration writes a local: no assignment, increment, ref or out use of its name in its scope.</summary>
        private static bool IsWrittenOnlyWhereDeclared(SyntaxNode declaration, string name)
        {
            var scope = LocalScope(declaration);
            if (scope is null)
            {
                return false;
            }

            var writes = Values.SingleAssignment.WriteIndex.Of(scope).Find(name);
            return !writes.Any;
        }

        private static SyntaxNode? LocalScope(SyntaxNode declaration)
        {
            for (var node = declaration.Parent; node != null; node = node.Parent)
            {
                switch (node)
                {
                    case BlockSyntax _:
                    case CompilationUnitSyntax _:
                        return node;
                    case SwitchSectionSyntax section:
                        return section.Parent;
                    case GlobalStatementSyntax { Parent: CompilationUnitSyntax unit }:
                        return unit;
                    case AnonymousFunctionExpressionSyntax _:
                    case LocalFunctionStatementSyntax _:
                    case MemberDeclarationSyntax _:
                        return null;
                }
            }

            return null;
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
        internal static SyntaxNode? Declaration(SimpleNameSyntax name)
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

                            if (DeclaredIn(statement, text) is { } declared)
                            {
                                return declared;
                            }
                        }

                        break;
                    case GlobalStatementSyntax { Parent: CompilationUnitSyntax unit }:
                        // Top-level statements: the locals of the statements before this one.
                        foreach (var topLevel in unit.Members)
                        {
                            if (topLevel.SpanStart >= position)
                            {
                                break;
                            }

                            if (topLevel is GlobalStatementSyntax { Statement: { } statement } && DeclaredIn(statement, text) is { } declared)
                            {
                                return declared;
                            }
                        }

                        return null;
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
                    case ForEachStatementSyntax loop:
                        if (loop.Identifier.ValueText == text)
                        {
                            // A loop variable: no constant, and no type name (a member access on it reads an instance).
                            return loop;
                        }

                        // The loop declares nothing else.
                        break;
                    case ForStatementSyntax _:
                    case ForEachVariableStatementSyntax _:
                    case UsingStatementSyntax _:
                    case FixedStatementSyntax _:
                    case CatchClauseSyntax _:
                    case SwitchSectionSyntax _:
                    case AnonymousMethodExpressionSyntax _:
                    case QueryExpressionSyntax _:
                        // Declarations these scopes hold are not read here.
                        return null;
                }
            }

            return null;
        }

        /// <summary>
        /// A local a statement declares for the statements after it: a declaration's variable, or an expression variable
        /// (<c>out var port</c>, <c>is int port</c>) of an expression statement, a declaration's initializer or an <c>if</c>
        /// condition, which C# scopes to the enclosing block.
        /// </summary>
        private static SyntaxNode? DeclaredIn(StatementSyntax statement, string name)
        {
            SyntaxNode? expressions;
            switch (statement)
            {
                case LocalDeclarationStatementSyntax local:
                    if (Find(local.Declaration, name) is { } declarator)
                    {
                        return declarator;
                    }

                    expressions = local.Declaration;
                    break;
                case ExpressionStatementSyntax expression:
                    expressions = expression.Expression;
                    break;
                case IfStatementSyntax ifStatement:
                    expressions = ifStatement.Condition;
                    break;
                default:
                    return null;
            }

            foreach (var node in expressions.DescendantNodes(child => !(child is AnonymousFunctionExpressionSyntax)))
            {
                if (node is SingleVariableDesignationSyntax designation && designation.Identifier.ValueText == name)
                {
                    return designation;
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

    /// <summary>What <see cref="CheapSemantics.Classify"/> tells of a name's value.</summary>
    internal enum NameValue
    {
        /// <summary>The declarations do not tell: the semantic model decides.</summary>
        Unknown,

        /// <summary>No value the analysis can read: a parameter, a value that comes at run time, a type that holds no port.</summary>
        None,

        /// <summary>A local given one value, its initializer, and never written again.</summary>
        Single,
    }
}
