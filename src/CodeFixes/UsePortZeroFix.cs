using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PortLint.Binding;
using PortLint.Catalog;
using PortLint.Urls;

namespace PortLint.CodeFixes
{
    /// <summary>
    /// "Use port 0 (the OS picks a free port)": the port at the binding site becomes 0; Kestrel's localhost becomes the IPv4
    /// loopback (Kestrel throws on port 0 on localhost). Null when the result would not run or not be readable.
    /// </summary>
    internal static class UsePortZeroFix
    {
        private const string Loopback = "127.0.0.1";

        public static SourceEdits? Create(BindingSite site, CompilationUnitSyntax root)
        {
            if (site.PortZero == PortZeroSupport.NotSupported)
            {
                // HttpListener and HTTP.sys have no port 0; the catalogue says which APIs do.
                return null;
            }

            return site.IsUrl ? ForUrl(site) : ForPort(site, root);
        }

        private static SourceEdits? ForPort(BindingSite site, CompilationUnitSyntax root)
        {
            var port = site.PortExpression!;
            var edits = new SourceEdits();
            if (site.Family != SinkFamily.KestrelListenLocalhost)
            {
                edits.Replace(port.Span, "0");
                return edits;
            }

            // ListenLocalhost(n[, configure]) -> Listen(IPAddress.Loopback, 0[, configure]).
            if (!(port.Parent?.Parent is ArgumentListSyntax arguments) || !(arguments.Parent is InvocationExpressionSyntax invocation))
            {
                return null;
            }

            SimpleNameSyntax? name;
            switch (invocation.Expression)
            {
                case MemberAccessExpressionSyntax memberAccess:
                    name = memberAccess.Name;
                    break;
                case MemberBindingExpressionSyntax memberBinding:
                    name = memberBinding.Name;
                    break;
                default:
                    return null;
            }

            if (!(name is IdentifierNameSyntax))
            {
                return null;
            }

            var address = IPAddressLoopback(site, root, edits);
            edits.Replace(name.Identifier.Span, "Listen");
            if (arguments.Arguments[0] == port.Parent)
            {
                var portArgument = (ArgumentSyntax)port.Parent;
                var portName = portArgument.NameColon is null ? string.Empty : portArgument.NameColon.Name.Identifier.Text + ": ";
                edits.Replace(portArgument.Span, address + ", " + portName + "0");
            }
            else
            {
                edits.Insert(arguments.Arguments[0].SpanStart, address + ", ");
                edits.Replace(port.Span, "0");
            }

            return edits;
        }

        /// <summary><c>IPAddress.Loopback</c>, adding <c>using System.Net;</c> when no IPAddress is in scope, or the qualified name when another one is.</summary>
        private static string IPAddressLoopback(BindingSite site, CompilationUnitSyntax root, SourceEdits edits)
        {
            var ipAddress = site.Model.Compilation.GetTypeByMetadataName("System.Net.IPAddress");
            var inScope = site.Model.LookupNamespacesAndTypes(site.PortExpression!.SpanStart, name: "IPAddress");
            if (inScope.Length == 1 && SymbolEqualityComparer.Default.Equals(inScope[0], ipAddress))
            {
                return "IPAddress.Loopback";
            }

            if (inScope.IsEmpty && site.Model.LookupSymbols(site.PortExpression.SpanStart, name: "IPAddress").IsEmpty && SourceEdits.CanAddUsing(root))
            {
                edits.AddUsing(root, site.Text, "System.Net");
                return "IPAddress.Loopback";
            }

            return "global::System.Net.IPAddress.Loopback";
        }

        private static SourceEdits? ForUrl(BindingSite site)
        {
            var url = site.Url!;
            var port = site.UrlPort;
            if (port.Host.IndexOf(UrlPortParser.Unknown) >= 0)
            {
                // The host may be localhost at run time, where Kestrel rejects port 0.
                return null;
            }

            // The edits in URL coordinates: the port digits, and a localhost host.
            var urlEdits = new List<(int Start, int Length, string Text)>();
            if (port.Value != 0)
            {
                urlEdits.Add((port.Start, port.Length, "0"));
            }

            if (port.IsLocalhost)
            {
                urlEdits.Add((port.Start - 1 - port.Host.Length, port.Host.Length, Loopback));
            }

            if (urlEdits.Count == 0)
            {
                return null;
            }

            var result = Build(site, url, urlEdits, merge: true);
            return result != null && result.AreDisjoint() ? result : Build(site, url, urlEdits, merge: false) is { } plain && plain.AreDisjoint() ? plain : null;
        }

        private static SourceEdits? Build(BindingSite site, UrlText url, List<(int Start, int Length, string Text)> urlEdits, bool merge)
        {
            var edits = new SourceEdits();

            // Group the edits by the piece of source their characters come from.
            var groups = new List<(SyntaxNode Node, int PieceStart, int PieceLength, int SourceOffset, List<(int Start, int Length, string Text)> Edits)>();
            foreach (var edit in urlEdits)
            {
                if (!url.TryFindPiece(edit.Start, edit.Length, out var node, out var pieceStart, out var pieceLength, out var sourceOffset))
                {
                    return null;
                }

                var group = groups.FirstOrDefault(g => g.Node == node && g.PieceStart == pieceStart);
                if (group.Node is null)
                {
                    group = (node, pieceStart, pieceLength, sourceOffset, new List<(int, int, string)>());
                    groups.Add(group);
                }

                group.Edits.Add(edit);
            }

            var collapsed = new HashSet<InterpolationSyntax>();
            foreach (var group in groups)
            {
                var isTokenText = group.SourceOffset >= 0
                    && ((group.Node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)) || group.Node is InterpolatedStringTextSyntax);
                if (isTokenText)
                {
                    // The characters are written one to one inside a string token: edit just them.
                    foreach (var edit in group.Edits)
                    {
                        var start = group.Node.SpanStart + group.SourceOffset + (edit.Start - group.PieceStart);
                        edits.Replace(new TextSpan(start, edit.Length), edit.Text);
                    }

                    continue;
                }

                var value = url.Value.Substring(group.PieceStart, group.PieceLength);
                if (value.IndexOf(UrlPortParser.Unknown) >= 0)
                {
                    return null;
                }

                foreach (var edit in group.Edits.OrderByDescending(e => e.Start))
                {
                    value = value.Substring(0, edit.Start - group.PieceStart) + edit.Text + value.Substring(edit.Start - group.PieceStart + edit.Length);
                }

                if (!ReplacePiece(site, group.Node, value, edits, collapsed, merge))
                {
                    return null;
                }
            }

            DropDollarWhenNoHolesLeft(collapsed, edits);
            return edits;
        }

        /// <summary>Replaces a piece of the URL that is not written one to one (a constant, a number, a local, a hole) by its new text at the binding site.</summary>
        private static bool ReplacePiece(BindingSite site, SyntaxNode node, string value, SourceEdits edits, HashSet<InterpolationSyntax> collapsed, bool merge)
        {
            switch (node)
            {
                case InterpolatedStringTextSyntax text when text.Parent is InterpolatedStringExpressionSyntax interpolatedText:
                    var escapedText = SourceEdits.EscapeForInterpolatedText(value, interpolatedText);
                    if (escapedText is null)
                    {
                        return false;
                    }

                    edits.Replace(text.Span, escapedText);
                    return true;

                case ExpressionSyntax expression when expression.Parent is InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole
                    && hole.Parent is InterpolatedStringExpressionSyntax interpolated:
                    // A hole: its value becomes text of the string.
                    var escaped = SourceEdits.EscapeForInterpolatedText(value, interpolated);
                    if (escaped is null)
                    {
                        return false;
                    }

                    edits.Replace(hole.Span, escaped);
                    collapsed.Add(hole);
                    return true;

                case ExpressionSyntax expression:
                    var isString = site.Model.GetTypeInfo(expression).Type?.SpecialType == SpecialType.System_String;
                    var replacement = isString ? SourceEdits.StringLiteral(value) : value;
                    if (merge
                        && expression.Parent is BinaryExpressionSyntax binary
                        && binary.IsKind(SyntaxKind.AddExpression)
                        && binary.Right == expression
                        && binary.Left is LiteralExpressionSyntax left
                        && left.IsKind(SyntaxKind.StringLiteralExpression)
                        && left.Token.IsKind(SyntaxKind.StringLiteralToken)
                        && left.Token.Text.StartsWith("\"", System.StringComparison.Ordinal))
                    {
                        // "http://*:" + Ports.Grpc -> "http://*:0"
                        var inner = SourceEdits.StringLiteral(value);
                        edits.Replace(TextSpan.FromBounds(left.Span.End - 1, expression.Span.End), inner.Substring(1));
                        return true;
                    }

                    if (!isString && !(value.Length > 0 && value.All(char.IsDigit)))
                    {
                        return false;
                    }

                    edits.Replace(expression.Span, replacement);
                    return true;

                default:
                    return false;
            }
        }

        /// <summary>An interpolated string whose holes all became text loses its <c>$</c>.</summary>
        private static void DropDollarWhenNoHolesLeft(HashSet<InterpolationSyntax> collapsed, SourceEdits edits)
        {
            foreach (var interpolated in collapsed.Select(h => (InterpolatedStringExpressionSyntax)h.Parent!).Distinct())
            {
                var start = interpolated.StringStartToken;
                var allCollapsed = interpolated.Contents.OfType<InterpolationSyntax>().All(collapsed.Contains);
                var bracesInText = interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Any(t => t.TextToken.Text.IndexOf('{') >= 0 || t.TextToken.Text.IndexOf('}') >= 0);
                var bracesInserted = edits.Changes.Any(c => interpolated.Span.Contains(c.Span) && (c.NewText!.IndexOf('{') >= 0 || c.NewText.IndexOf('}') >= 0));
                if (!allCollapsed || bracesInText || bracesInserted)
                {
                    continue;
                }

                switch (start.Text)
                {
                    case "$\"":
                        edits.Replace(start.Span, "\"");
                        break;
                    case "$@\"":
                    case "@$\"":
                        edits.Replace(start.Span, "@\"");
                        break;
                }
            }
        }
    }
}
