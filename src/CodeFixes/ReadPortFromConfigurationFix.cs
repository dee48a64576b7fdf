using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortLint.Binding;

namespace PortLint.CodeFixes
{
    /// <summary>
    /// "Read the port from configuration": the hard-coded value stays as the default. Reads an <c>IConfiguration</c> in scope
    /// (<c>GetValue</c> when Microsoft.Extensions.Configuration.Binder is referenced, else <c>int.TryParse</c> of the indexer),
    /// or else an environment variable. Only APIs the compilation already references.
    /// </summary>
    internal static class ReadPortFromConfigurationFix
    {
        private const string IConfigurationName = "Microsoft.Extensions.Configuration.IConfiguration";
        private const string ConfigurationBinderName = "Microsoft.Extensions.Configuration.ConfigurationBinder";
        private const string ConfigurationNamespace = "Microsoft.Extensions.Configuration";

        public static SourceEdits? Create(BindingSite site, CompilationUnitSyntax root, CancellationToken cancellationToken)
        {
            var model = site.Model;
            var target = site.Target;
            var position = target.SpanStart;
            var configuration = FindConfiguration(model, position, cancellationToken);
            var edits = new SourceEdits();

            if (site.IsUrl)
            {
                string key;
                string variable;
                if (site.Family == SinkFamily.HttpListener)
                {
                    var section = SiteNames.HttpListenerSection(target);
                    key = section + ":Prefix";
                    variable = SiteNames.UpperSnake(section) + "_PREFIX";
                }
                else
                {
                    // The host's own key: --urls, ASPNETCORE_URLS.
                    key = "Urls";
                    variable = "ASPNETCORE_URLS";
                }

                var read = configuration != null
                    ? configuration.Value.Expression + "[" + SourceEdits.StringLiteral(key) + "]"
                    : Environment(model, position) + ".GetEnvironmentVariable(" + SourceEdits.StringLiteral(variable) + ")";
                edits.Replace(target.Span, read + " ?? " + SourceEdits.Parenthesize(target));
                return edits;
            }

            var name = SiteNames.Section(site, cancellationToken);
            var portKey = SourceEdits.StringLiteral(name + ":Port");
            var portType = model.GetTypeInfo(target, cancellationToken).Type;
            if (configuration != null && BinderGetValue(model.Compilation) != null)
            {
                var typeArgument = portType?.SpecialType == SpecialType.System_Int32 ? string.Empty : "<int>";
                if (!model.LookupSymbols(position, configuration.Value.Type, "GetValue", includeReducedExtensionMethods: true).IsEmpty)
                {
                    edits.Replace(target.Span, configuration.Value.Expression + ".GetValue" + typeArgument + "(" + portKey + ", " + target + ")");
                }
                else if (SourceEdits.CanAddUsing(root))
                {
                    edits.AddUsing(root, site.Text, ConfigurationNamespace);
                    edits.Replace(target.Span, configuration.Value.Expression + ".GetValue" + typeArgument + "(" + portKey + ", " + target + ")");
                }
                else
                {
                    // The usings are half-typed: call the extension by its qualified name rather than add a using next to them.
                    edits.Replace(target.Span, "global::" + ConfigurationNamespace + ".ConfigurationBinder.GetValue" + typeArgument + "(" + configuration.Value.Expression + ", " + portKey + ", " + target + ")");
                }

                return edits;
            }

            if (!CanDeclareExpressionVariable(target))
            {
                return null;
            }

            var local = UniqueLocal(SiteNames.Camel(name) + "Port", target);
            var text = configuration != null
                ? configuration.Value.Expression + "[" + portKey + "]"
                : Environment(model, position) + ".GetEnvironmentVariable(" + SourceEdits.StringLiteral(SiteNames.UpperSnake(name) + "_PORT") + ")";
            edits.Replace(target.Span, "int.TryParse(" + text + ", out var " + local + ") ? " + local + " : " + SourceEdits.Parenthesize(target));
            return edits;
        }

        /// <summary>An <c>IConfiguration</c> usable at <paramref name="position"/>: a local, parameter, field or property of that type, or one's <c>Configuration</c> property.</summary>
        private static (string Expression, ITypeSymbol Type)? FindConfiguration(SemanticModel model, int position, CancellationToken cancellationToken)
        {
            var configurationType = model.Compilation.GetTypeByMetadataName(IConfigurationName);
            if (configurationType is null)
            {
                return null;
            }

            var staticFunction = InnermostStaticFunction(model, position);
            var staticOnly = staticFunction != null || IsStaticContext(model, position);
            var scope = SiteNames.Scope(model.SyntaxTree.GetRoot(cancellationToken).FindToken(position).Parent!).FullSpan;
            var candidates = model.LookupSymbols(position)
                .Where(s => IsUsable(s, model.SyntaxTree, position, scope, staticOnly)
                    && (staticFunction is null || !(s is ILocalSymbol || s is IParameterSymbol) || IsWithin(s, staticFunction)))
                .OrderBy(s => s is ILocalSymbol || s is IParameterSymbol ? 0 : 1)
                .ThenByDescending(s => s.Locations.FirstOrDefault()?.SourceSpan.Start ?? -1)
                .ThenBy(s => s.Name, System.StringComparer.Ordinal)
                .ToList();

            foreach (var symbol in candidates)
            {
                var type = TypeOf(symbol);
                if (type != null && IsConfiguration(type, configurationType))
                {
                    return (Escape(symbol.Name), type);
                }
            }

            foreach (var symbol in candidates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var type = TypeOf(symbol);
                var property = type?.GetMembers("Configuration").OfType<IPropertySymbol>().FirstOrDefault(p => !p.IsStatic && p.GetMethod != null && p.DeclaredAccessibility == Accessibility.Public);
                if (property is null)
                {
                    property = (type as INamedTypeSymbol)?.AllInterfaces.SelectMany(i => i.GetMembers("Configuration").OfType<IPropertySymbol>()).FirstOrDefault(p => p.GetMethod != null);
                }

                if (property != null && IsConfiguration(property.Type, configurationType))
                {
                    return (Escape(symbol.Name) + ".Configuration", property.Type);
                }
            }

            return null;
        }

        private static bool IsUsable(ISymbol symbol, SyntaxTree tree, int position, Microsoft.CodeAnalysis.Text.TextSpan scope, bool staticOnly)
        {
            switch (symbol)
            {
                case ILocalSymbol local:
                    // Declared before the binding site, in the same member: top-level locals are in scope in every file, but out of bounds in types.
                    var declaration = local.DeclaringSyntaxReferences.FirstOrDefault();
                    return declaration != null && declaration.SyntaxTree == tree && declaration.Span.End < position && scope.Contains(declaration.Span);
                case IParameterSymbol _:
                    return true;
                case IFieldSymbol field:
                    return !field.IsImplicitlyDeclared && (field.IsStatic || !staticOnly);
                case IPropertySymbol property:
                    return !property.IsIndexer && property.GetMethod != null && (property.IsStatic || !staticOnly);
                default:
                    return false;
            }
        }

        private static ITypeSymbol? TypeOf(ISymbol symbol)
        {
            switch (symbol)
            {
                case ILocalSymbol local:
                    return local.Type;
                case IParameterSymbol parameter:
                    return parameter.Type;
                case IFieldSymbol field:
                    return field.Type;
                case IPropertySymbol property:
                    return property.Type;
                default:
                    return null;
            }
        }

        private static bool IsConfiguration(ITypeSymbol type, INamedTypeSymbol configurationType)
            => SymbolEqualityComparer.Default.Equals(type, configurationType)
            || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, configurationType));

        /// <summary>The innermost <c>static</c> local function or lambda around <paramref name="position"/>: it captures nothing from outside itself.</summary>
        private static IMethodSymbol? InnermostStaticFunction(SemanticModel model, int position)
        {
            for (var symbol = model.GetEnclosingSymbol(position); symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } function; symbol = symbol.ContainingSymbol)
            {
                if (function.IsStatic)
                {
                    return function;
                }
            }

            return null;
        }

        private static bool IsWithin(ISymbol symbol, IMethodSymbol function)
        {
            for (var container = symbol.ContainingSymbol; container != null; container = container.ContainingSymbol)
            {
                if (SymbolEqualityComparer.Default.Equals(container, function))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether only static members can be used: a static member, or a field initializer.</summary>
        private static bool IsStaticContext(SemanticModel model, int position)
        {
            var symbol = model.GetEnclosingSymbol(position);
            while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            {
                symbol = symbol.ContainingSymbol;
            }

            return symbol is null || symbol.IsStatic || symbol is IFieldSymbol || symbol is INamedTypeSymbol;
        }

        private static IMethodSymbol? BinderGetValue(Compilation compilation)
            => compilation.GetTypeByMetadataName(ConfigurationBinderName)?.GetMembers("GetValue").OfType<IMethodSymbol>()
                .FirstOrDefault(m => m.IsGenericMethod && m.Parameters.Length == 3 && m.DeclaredAccessibility == Accessibility.Public);

        /// <summary><c>Environment</c> when it names System.Environment here, else the qualified name.</summary>
        private static string Environment(SemanticModel model, int position)
        {
            var environment = model.Compilation.GetTypeByMetadataName("System.Environment");
            var found = model.LookupSymbols(position, name: "Environment");
            return found.Length == 1 && SymbolEqualityComparer.Default.Equals(found[0], environment) ? "Environment" : "System.Environment";
        }

        /// <summary><c>out var</c> needs C# 7.0, and C# 7.3 in field, property and constructor initializers.</summary>
        private static bool CanDeclareExpressionVariable(SyntaxNode node)
        {
            var version = ((CSharpParseOptions)node.SyntaxTree.Options).LanguageVersion;
            var inInitializer = node.FirstAncestorOrSelf<SyntaxNode>(n => n is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } }
                || n is EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax }
                || n is ConstructorInitializerSyntax) != null;
            return version >= (inInitializer ? LanguageVersion.CSharp7_3 : LanguageVersion.CSharp7);
        }

        /// <summary><paramref name="name"/>, or with a suffix when the member already uses that identifier anywhere.</summary>
        private static string UniqueLocal(string name, SyntaxNode site)
        {
            var scope = SiteNames.Scope(site);
            var used = scope.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).ToImmutableHashSet();
            var candidate = name;
            if (SyntaxFacts.GetKeywordKind(candidate) != SyntaxKind.None)
            {
                candidate = "@" + candidate;
            }

            for (var i = 2; used.Contains(candidate.TrimStart('@')); i++)
            {
                candidate = name + "Value" + (i == 2 ? string.Empty : i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return candidate;
        }

        private static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}
