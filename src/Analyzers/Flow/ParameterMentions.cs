using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PortLint.Flow
{
    /// <summary>
    /// Syntax only, before any semantic question of a summary build: whether a site's values name a parameter of a method,
    /// local function, lambda or primary constructor around it, or a field or property of its type (which its constructors may
    /// set from their parameters), and which declaration that is. A site whose values name neither cannot make a derived sink.
    /// </summary>
    internal static class ParameterMentions
    {
        /// <summary>Names looked at per site: a value with more is a computation, not a parameter passed on.</summary>
        private const int MaxNames = 32;

        /// <summary>
        /// The declaration whose parameter (a method, constructor, local function, lambda) or whose type's member a site's values
        /// name, nearest first; null when they name neither.
        /// </summary>
        public static SyntaxNode? Owner(SyntaxNode site)
        {
            var seen = 0;
            foreach (var value in Values(site))
            {
                // A lambda is no port (Task.Run(() => _items.Count, token)); a name that is read from (`_options.Port`) or called is
                // not the value itself.
                foreach (var node in value.DescendantNodesAndSelf(child => !(child is AnonymousFunctionExpressionSyntax)))
                {
                    if (node is IdentifierNameSyntax name
                        && !(name.Parent is MemberAccessExpressionSyntax access && ((access.Expression == name && access.Name.Identifier.ValueText != "ToString") || (access.Name == name && !(access.Expression is ThisExpressionSyntax))))
                        && !(name.Parent is InvocationExpressionSyntax call && call.Expression == name)
                        && !(name.Parent is ConditionalAccessExpressionSyntax conditional && conditional.Expression == name))
                    {
                        if (++seen > MaxNames)
                        {
                            return null;
                        }

                        // A local declared around the site (`var settings = new …; Start(settings)`) is no parameter, whatever the
                        // type declares; its initializer's own sites are looked at by themselves.
                        if (!IsLocal(name) && OwnerOf(site, name.Identifier.ValueText) is { } owner)
                        {
                            return owner;
                        }
                    }
                }
            }

            return null;
        }

        private static System.Collections.Generic.IEnumerable<ExpressionSyntax> Values(SyntaxNode site)
        {
            switch (site)
            {
                case InvocationExpressionSyntax invocation:
                    foreach (var argument in invocation.ArgumentList.Arguments)
                    {
                        yield return argument.Expression;
                    }

                    break;
                case BaseObjectCreationExpressionSyntax { ArgumentList: { } arguments }:
                    foreach (var argument in arguments.Arguments)
                    {
                        yield return argument.Expression;
                    }

                    break;
                case ConstructorInitializerSyntax initializer:
                    foreach (var argument in initializer.ArgumentList.Arguments)
                    {
                        yield return argument.Expression;
                    }

                    break;
                case PrimaryConstructorBaseTypeSyntax baseCall:
                    foreach (var argument in baseCall.ArgumentList.Arguments)
                    {
                        yield return argument.Expression;
                    }

                    break;
                case AssignmentExpressionSyntax assignment:
                    yield return assignment.Right;
                    break;
            }
        }

        private static bool IsLocal(IdentifierNameSyntax name)
            => Binding.CheapSemantics.Declaration(name) is VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax } or SingleVariableDesignationSyntax;

        private static SyntaxNode? OwnerOf(SyntaxNode site, string name)
        {
            for (var node = site.Parent; node != null; node = node.Parent)
            {
                switch (node)
                {
                    case BaseMethodDeclarationSyntax method when Declares(method.ParameterList, name):
                    case LocalFunctionStatementSyntax local when Declares(local.ParameterList, name):
                    case ParenthesizedLambdaExpressionSyntax lambda when Declares(lambda.ParameterList, name):
                    case AnonymousMethodExpressionSyntax anonymous when Declares(anonymous.ParameterList, name):
                    case SimpleLambdaExpressionSyntax simple when simple.Parameter.Identifier.ValueText == name:
                        return node;
                    case TypeDeclarationSyntax type:
                        return Declares(type.ParameterList, name) || DeclaresMember(type, name) ? type : null;
                }
            }

            return null;
        }

        private static bool Declares(BaseParameterListSyntax? parameters, string name)
        {
            if (parameters is null)
            {
                return false;
            }

            foreach (var parameter in parameters.Parameters)
            {
                if (parameter.Identifier.ValueText == name)
                {
                    // A CancellationToken or a lambda is no port (Task.Run(() => …, cancellationToken)).
                    return Binding.CheapSemantics.MayHoldValue(parameter.Type);
                }
            }

            return false;
        }

        /// <summary>A field or property of that name in this part of the type (other parts: the semantic model decides, from this part's site).</summary>
        private static bool DeclaresMember(TypeDeclarationSyntax type, string name)
        {
            foreach (var member in type.Members)
            {
                switch (member)
                {
                    case FieldDeclarationSyntax field when !field.Modifiers.Any(SyntaxKind.ConstKeyword):
                        foreach (var variable in field.Declaration.Variables)
                        {
                            if (variable.Identifier.ValueText == name)
                            {
                                return Binding.CheapSemantics.MayHoldValue(field.Declaration.Type);
                            }
                        }

                        break;
                    case PropertyDeclarationSyntax property when property.Identifier.ValueText == name:
                        return Binding.CheapSemantics.MayHoldValue(property.Type);
                }
            }

            // A partial type's other part may declare it.
            return type.Modifiers.Any(SyntaxKind.PartialKeyword);
        }
    }
}
