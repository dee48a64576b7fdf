using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortLint.Binding;
using PortLint.Catalog;

namespace PortLint.CodeFixes
{
    /// <summary>
    /// Names the configuration key, environment variable and local the configuration fix writes, after the binding site's
    /// context. The section is the name the server is assigned to (<c>var metricsListener = new TcpListener(...)</c>:
    /// <c>MetricsListener</c>), the socket that binds (<c>socket.Bind(...)</c>: <c>Socket</c>), <c>Kestrel</c> for Kestrel's
    /// Listen methods, the containing type's name, or <c>Server</c>. When several binding sites of one member would get the same
    /// section, the second gets <c>2</c>, the third <c>3</c>, in source order, so keys and locals never clash.
    /// </summary>
    internal static class SiteNames
    {
        public static string Section(BindingSite site, CancellationToken cancellationToken)
        {
            var baseName = BaseSection(site.Family, site.PortExpression!);
            var scope = Scope(site.PortExpression!);
            var ordinal = 0;
            var mine = 0;
            foreach (var argument in scope.DescendantNodes().OfType<ArgumentSyntax>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (argument.Expression == site.PortExpression)
                {
                    ordinal++;
                    mine = ordinal;
                    continue;
                }

                if (IsFixablePortArgument(argument, site.Model, out var family, cancellationToken) && BaseSection(family, argument.Expression) == baseName)
                {
                    ordinal++;
                }
            }

            return mine > 1 ? baseName + mine.ToString(System.Globalization.CultureInfo.InvariantCulture) : baseName;
        }

        /// <summary>The section of an HttpListener's prefix: the listener's name, or <c>HttpListener</c>.</summary>
        public static string HttpListenerSection(ExpressionSyntax url)
        {
            // listener.Prefixes.Add(url)
            if (url.Parent?.Parent?.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax prefixes } }
                && Name(prefixes.Expression) is { } name)
            {
                return name;
            }

            return "HttpListener";
        }

        public static string Camel(string pascal) => pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);

        /// <summary><c>MetricsListener</c> -> <c>METRICS_LISTENER</c>.</summary>
        public static string UpperSnake(string pascal)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < pascal.Length; i++)
            {
                var c = pascal[i];
                if (i > 0 && char.IsUpper(c) && (char.IsLower(pascal[i - 1]) || char.IsDigit(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]))))
                {
                    builder.Append('_');
                }
                else if (i > 0 && char.IsDigit(c) && !char.IsDigit(pascal[i - 1]))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToUpperInvariant(c));
            }

            return builder.ToString();
        }

        /// <summary>The member (or the top-level statements) whose locals a new <c>out var</c> could clash with.</summary>
        public static SyntaxNode Scope(SyntaxNode node)
        {
            SyntaxNode? scope = node.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => !(m is GlobalStatementSyntax) && !(m is BaseTypeDeclarationSyntax) && !(m is BaseNamespaceDeclarationSyntax));
            if (scope != null)
            {
                return scope;
            }

            return node.SyntaxTree.GetRoot();
        }

        private static string BaseSection(SinkFamily family, ExpressionSyntax port)
        {
            switch (family)
            {
                case SinkFamily.KestrelListen:
                case SinkFamily.KestrelListenLocalhost:
                case SinkFamily.KestrelListenAnyIP:
                    return "Kestrel";
            }

            // The creation or invocation the port is an argument of: the IPEndPoint, the listener, or the Bind call.
            var owner = port.Parent?.Parent?.Parent;
            for (var hop = 0; owner != null && hop < 3; hop++)
            {
                var target = AssignedName(owner);
                if (target != null)
                {
                    return target;
                }

                if (owner.Parent is ArgumentSyntax argument && argument.Parent?.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax bind } && bind.Name.Identifier.ValueText == "Bind")
                {
                    return Name(bind.Expression) ?? "Socket";
                }

                owner = owner.Parent is ArgumentSyntax next ? next.Parent?.Parent : null;
            }

            var type = port.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            if (type != null && type.Identifier.ValueText != "Program")
            {
                return Pascal(type.Identifier.ValueText) ?? "Server";
            }

            return "Server";
        }

        /// <summary>The name a creation is assigned to: a local, field, property or assignment target.</summary>
        private static string? AssignedName(SyntaxNode creation)
        {
            var node = creation;
            while (node.Parent is ParenthesizedExpressionSyntax || node.Parent is CastExpressionSyntax)
            {
                node = node.Parent;
            }

            switch (node.Parent)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                    return Pascal(declarator.Identifier.ValueText);
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    return Pascal(property.Identifier.ValueText);
                case AssignmentExpressionSyntax assignment when assignment.Right == node:
                    return Name(assignment.Left);
                default:
                    return null;
            }
        }

        private static string? Name(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case IdentifierNameSyntax identifier:
                    return Pascal(identifier.Identifier.ValueText);
                case MemberAccessExpressionSyntax memberAccess:
                    return Pascal(memberAccess.Name.Identifier.ValueText);
                default:
                    return null;
            }
        }

        private static string? Pascal(string name)
        {
            foreach (var prefix in new[] { "m_", "s_", "t_", "_" })
            {
                if (name.StartsWith(prefix, System.StringComparison.Ordinal) && name.Length > prefix.Length)
                {
                    name = name.Substring(prefix.Length);
                    break;
                }
            }

            var builder = new StringBuilder(name.Length);
            foreach (var c in name)
            {
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(builder.Length == 0 ? char.ToUpperInvariant(c) : c);
                }
            }

            return builder.Length == 0 || char.IsDigit(builder[0]) ? null : builder.ToString();
        }

        /// <summary>
        /// Whether <paramref name="argument"/> is the port of a binding site: a port sink's port, or an IPEndPoint's, constant or
        /// not, so a site already read from configuration keeps its number and fixing one at a time names sites as Fix All does.
        /// </summary>
        private static bool IsFixablePortArgument(ArgumentSyntax argument, SemanticModel model, out SinkFamily family, CancellationToken cancellationToken)
        {
            family = SinkFamily.TcpListener;
            var owner = argument.Parent?.Parent;
            if (!(owner is InvocationExpressionSyntax) && !(owner is BaseObjectCreationExpressionSyntax))
            {
                return false;
            }

            if (!(model.GetSymbolInfo(owner, cancellationToken).Symbol is IMethodSymbol method)
                || !(model.GetOperation(argument, cancellationToken) is Microsoft.CodeAnalysis.Operations.IArgumentOperation operation)
                || operation.Parameter is null
                || operation.Parameter.Type.SpecialType != SpecialType.System_Int32)
            {
                return false;
            }

            if (method.MethodKind == MethodKind.Constructor && method.ContainingType.ToDisplayString() == "System.Net.IPEndPoint")
            {
                return true;
            }

            foreach (var row in SinkSymbols.BuiltInFor(model.Compilation).ForMember(method))
            {
                if (row.Value == BoundValueKind.Port && row.Parameter?.Ordinal == operation.Parameter.Ordinal)
                {
                    family = row.Entry.Family;
                    return true;
                }
            }

            return false;
        }
    }
}
