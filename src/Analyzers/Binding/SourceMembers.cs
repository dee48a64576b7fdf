using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PortLint.Binding
{
    /// <summary>
    /// What a compilation's own declarations tell the syntax filter, read from the type declarations of every tree (not the
    /// member bodies) the first time a site needs it: the names of the fields and properties whose value the value analysis can
    /// read (<c>endPoint.Port</c> is a constant only if some <c>Port</c> of the project is one the analysis follows; members of
    /// referenced assemblies never are), and the types declared here with no base type other than such types
    /// (<c>new HostUrlDetails { Port = port }</c> sets no catalogued property). Each tree's part is kept as long as the tree lives.
    /// </summary>
    internal sealed class SourceMembers
    {
        /// <summary>Bounds the base-type chains followed by name.</summary>
        private const int MaxBaseDepth = 8;

        private static readonly ConditionalWeakTable<SyntaxTree, TreePart> Cache = new ConditionalWeakTable<SyntaxTree, TreePart>();

        private readonly HashSet<string> _valueMembers;
        private readonly Dictionary<string, List<string>> _types;

        private readonly Dictionary<string, LiteralExpressionSyntax?> _constants;

        private SourceMembers(HashSet<string> valueMembers, Dictionary<string, List<string>> types, Dictionary<string, LiteralExpressionSyntax?> constants)
        {
            _valueMembers = valueMembers;
            _types = types;
            _constants = constants;
        }

        /// <summary>
        /// The literal of <c>Type.Name</c> when the compilation declares one constant of that name, with a literal initializer
        /// (<c>const int Default = 1883;</c>); null otherwise (the semantic model decides, and a referenced type may be meant).
        /// </summary>
        public LiteralExpressionSyntax? ConstantOf(string typeName, string name)
            => _constants.TryGetValue(typeName + "." + name, out var literal) ? literal : null;

        public static SourceMembers Read(Compilation compilation, CancellationToken cancellationToken)
        {
            var members = new HashSet<string>(System.StringComparer.Ordinal);
            var types = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
            var constants = new Dictionary<string, LiteralExpressionSyntax?>(System.StringComparer.Ordinal);
            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!Cache.TryGetValue(tree, out var part))
                {
                    part = TreePart.Read(tree, cancellationToken);
                    part = Cache.GetValue(tree, _ => part);
                }

                members.UnionWith(part.ValueMembers);
                foreach (var constant in part.Constants)
                {
                    constants[constant.Key] = constants.TryGetValue(constant.Key, out var known)
                        && (known is null || constant.Value is null || !Equals(known.Token.Value, constant.Value.Token.Value))
                        ? null
                        : constant.Value;
                }

                foreach (var type in part.Types)
                {
                    if (!types.TryGetValue(type.Key, out var bases))
                    {
                        types.Add(type.Key, bases = new List<string>());
                    }

                    bases.AddRange(type.Value);
                }
            }

            return new SourceMembers(members, types, constants);
        }

        /// <summary>Whether some field or property of this name in the compilation has a value the value analysis may read.</summary>
        public bool MayReadValueOf(string memberName) => _valueMembers.Contains(memberName);

        /// <summary>
        /// Whether every type of this name is declared in the compilation with no base type, or only bases that are such types
        /// themselves (a catalogued type must be ruled out by the caller: a library's own source declares it).
        /// </summary>
        public bool IsOwnPlainType(string name, System.Func<string, bool> isCatalogued) => IsOwnPlainType(name, isCatalogued, 0);

        private bool IsOwnPlainType(string name, System.Func<string, bool> isCatalogued, int depth)
        {
            if (depth > MaxBaseDepth || isCatalogued(name) || !_types.TryGetValue(name, out var bases))
            {
                return false;
            }

            foreach (var baseName in bases)
            {
                if (baseName == name || !IsOwnPlainType(baseName, isCatalogued, depth + 1))
                {
                    return false;
                }
            }

            return true;
        }

        private sealed class TreePart
        {
            private TreePart(HashSet<string> valueMembers, Dictionary<string, List<string>> types)
            {
                ValueMembers = valueMembers;
                Types = types;
            }

            public HashSet<string> ValueMembers { get; }

            /// <summary>Type names declared in the tree, with the base names their declarations write (an unknown base as "").</summary>
            public Dictionary<string, List<string>> Types { get; }

            public static TreePart Read(SyntaxTree tree, CancellationToken cancellationToken)
            {
                var part = new TreePart(new HashSet<string>(System.StringComparer.Ordinal), new Dictionary<string, List<string>>(System.StringComparer.Ordinal));
                if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax root)
                {
                    part.AddMembers(root.Members, cancellationToken);
                }

                return part;
            }

            private void AddMembers(SyntaxList<MemberDeclarationSyntax> members, CancellationToken cancellationToken)
            {
                foreach (var member in members)
                {
                    switch (member)
                    {
                        case BaseNamespaceDeclarationSyntax ns:
                            AddMembers(ns.Members, cancellationToken);
                            break;
                        case TypeDeclarationSyntax type:
                            cancellationToken.ThrowIfCancellationRequested();
                            AddType(type.Identifier.ValueText, type.BaseList);
                            AddMembers(type.Members, cancellationToken);
                            break;
                        case EnumDeclarationSyntax enumeration:
                            AddType(enumeration.Identifier.ValueText, null);
                            break;
                        case DelegateDeclarationSyntax @delegate:
                            AddType(@delegate.Identifier.ValueText, null);
                            break;
                        case FieldDeclarationSyntax field:
                            // Every field: a private one is read along its writes, a readonly one from its initializer.
                            var isConst = field.Modifiers.Any(SyntaxKind.ConstKeyword) && field.Parent is TypeDeclarationSyntax;
                            foreach (var variable in field.Declaration.Variables)
                            {
                                ValueMembers.Add(variable.Identifier.ValueText);
                                if (isConst)
                                {
                                    AddConstant(((TypeDeclarationSyntax)field.Parent!).Identifier.ValueText + "." + variable.Identifier.ValueText, variable.Initializer?.Value);
                                }
                            }

                            break;
                        case PropertyDeclarationSyntax property when MayHaveReadableValue(property):
                            ValueMembers.Add(property.Identifier.ValueText);
                            break;
                    }
                }
            }

            /// <summary><c>MqttPorts.Default</c>: a constant whose initializer is a literal; several declarations of one name that disagree, or another initializer, as null.</summary>
            public Dictionary<string, LiteralExpressionSyntax?> Constants { get; } = new Dictionary<string, LiteralExpressionSyntax?>(System.StringComparer.Ordinal);

            private void AddConstant(string name, ExpressionSyntax? value)
            {
                var literal = value as LiteralExpressionSyntax;
                if (Constants.TryGetValue(name, out var known) && (known is null || literal is null || !Equals(known.Token.Value, literal.Token.Value)))
                {
                    literal = null;
                }

                Constants[name] = literal;
            }

            private void AddType(string name, BaseListSyntax? baseList)
            {
                if (!Types.TryGetValue(name, out var bases))
                {
                    Types.Add(name, bases = new List<string>());
                }

                if (baseList is null)
                {
                    return;
                }

                foreach (var baseType in baseList.Types)
                {
                    bases.Add(SiteSyntax.RightmostName(baseType.Type) ?? string.Empty);
                }
            }

            /// <summary>
            /// The property forms the value analysis reads (<c>ValueSources</c>): an expression body, a getter with an expression body
            /// or one <c>return</c>, a get-only auto-property (its initializer and its constructors' writes); not a settable
            /// auto-property, and not a body whose value comes at run time (<c>Ports?.FirstOrDefault() ?? default</c>).
            /// </summary>
            private static bool MayHaveReadableValue(PropertyDeclarationSyntax property)
            {
                if (property.ExpressionBody is { } expressionBody)
                {
                    return !CheapSemantics.IsRuntimeValue(expressionBody.Expression, factoryNames: null);
                }

                if (property.AccessorList is null)
                {
                    return false;
                }

                AccessorDeclarationSyntax? getter = null;
                foreach (var accessor in property.AccessorList.Accessors)
                {
                    if (accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
                    {
                        getter = accessor;
                    }
                }

                switch (getter)
                {
                    case null:
                        return false;
                    case { ExpressionBody: { } getterExpression }:
                        return !CheapSemantics.IsRuntimeValue(getterExpression.Expression, factoryNames: null);
                    case { Body: { } body }:
                        return body.Statements.Count == 1 && body.Statements[0] is ReturnStatementSyntax { Expression: { } returned } && !CheapSemantics.IsRuntimeValue(returned, factoryNames: null);
                    default:
                        return property.AccessorList.Accessors.Count == 1;
                }
            }
        }
    }
}
