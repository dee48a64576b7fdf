using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PortLint.Binding;

namespace PortLint.Flow
{
    /// <summary>
    /// The calls in a file that can reach a derived sink, syntax only: a call whose method has one of the summary's names, a
    /// creation of a type of such a name, and, when a constructor is a derived sink, <c>new(...)</c>, <c>: base(...)</c>,
    /// <c>: this(...)</c> and a primary constructor's base call. The semantic model decides which ones really do.
    /// </summary>
    internal static class CallSites
    {
        public static bool MayHave(string content, FlowSummary flow)
            => flow.Words.ContainsAny(content)
            || (flow.HasConstructors && (TargetTypedNew.Any(content) || HasInitializer(content, "base") || HasInitializer(content, "this")));

        /// <summary>`base(` or `this(` (with spaces between): a constructor initializer, not `this.port`.</summary>
        private static bool HasInitializer(string content, string keyword)
        {
            for (var at = content.IndexOf(keyword, System.StringComparison.Ordinal); at >= 0; at = content.IndexOf(keyword, at + keyword.Length, System.StringComparison.Ordinal))
            {
                if (IsFollowedByParenthesis(content, at + keyword.Length))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsFollowedByParenthesis(string content, int from)
        {
            var next = from;
            while (next < content.Length && (content[next] == ' ' || content[next] == '\t' || content[next] == '\r' || content[next] == '\n'))
            {
                next++;
            }

            return next < content.Length && content[next] == '(';
        }

        public static void Find(SyntaxNode root, string content, FlowSummary flow, TextSpan? filterSpan, List<SyntaxNode> sites, CancellationToken cancellationToken)
        {
            var positions = new List<int>();
            flow.Words.AddOccurrences(content, positions);
            if (flow.HasConstructors)
            {
                TargetTypedNew.AddOccurrences(content, positions);
                AddKeyword(content, "base", positions);
                AddKeyword(content, "this", positions);
            }

            HashSet<SyntaxNode>? seen = null;
            foreach (var position in positions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var token = root.FindToken(position);
                if (token.SpanStart != position || !(SiteOf(token, flow) is { } site))
                {
                    continue;
                }

                if ((filterSpan is not { } span || site.Span.IntersectsWith(span)) && (seen ??= new HashSet<SyntaxNode>()).Add(site))
                {
                    sites.Add(site);
                }
            }
        }

        private static void AddKeyword(string content, string keyword, List<int> positions)
        {
            for (var at = content.IndexOf(keyword, System.StringComparison.Ordinal); at >= 0; at = content.IndexOf(keyword, at + keyword.Length, System.StringComparison.Ordinal))
            {
                if (IsFollowedByParenthesis(content, at + keyword.Length))
                {
                    positions.Add(at);
                }
            }
        }

        /// <summary>The call a token names, when it is the called name (not an argument, not a name inside another expression).</summary>
        private static SyntaxNode? SiteOf(SyntaxToken token, FlowSummary flow)
        {
            switch (token.Kind())
            {
                case SyntaxKind.IdentifierToken when flow.IsName(token.ValueText):
                    return NamedSite(token.Parent as SimpleNameSyntax);
                case SyntaxKind.NewKeyword when flow.HasConstructors:
                    return token.Parent is ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation ? creation : null;
                case SyntaxKind.BaseKeyword when flow.HasConstructors:
                case SyntaxKind.ThisKeyword when flow.HasConstructors:
                    return token.Parent is ConstructorInitializerSyntax { ArgumentList.Arguments.Count: > 0 } initializer ? initializer : null;
                default:
                    return null;
            }
        }

        private static SyntaxNode? NamedSite(SimpleNameSyntax? name)
        {
            if (name is null)
            {
                return null;
            }

            // The name as written: `Start`, `server.Start`, `Fixtures.EchoServer`, `global::Ns.EchoServer`.
            SyntaxNode written = name;
            while (written.Parent is QualifiedNameSyntax qualified && qualified.Right == written
                || written.Parent is AliasQualifiedNameSyntax aliased && aliased.Name == written
                || written.Parent is MemberAccessExpressionSyntax access && access.Name == written
                || written.Parent is MemberBindingExpressionSyntax)
            {
                written = written.Parent;
            }

            switch (written.Parent)
            {
                case InvocationExpressionSyntax invocation when invocation.Expression == written && invocation.ArgumentList.Arguments.Count > 0:
                    return invocation;
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Invoke", Parent: InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } invoked } delegateCall
                    when delegateCall.Expression == written:
                    // start.Invoke(51337): a delegate local.
                    return invoked;
                case ObjectCreationExpressionSyntax creation when creation.Type == written && creation.ArgumentList is { Arguments.Count: > 0 }:
                    return creation;
                case PrimaryConstructorBaseTypeSyntax baseCall when baseCall.Type == written && baseCall.ArgumentList.Arguments.Count > 0:
                    return baseCall;
                default:
                    return null;
            }
        }
    }
}
