using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PortLint.Binding;
using PortLint.Catalog;
using PortLint.Rules;
using PortLint.Urls;

namespace PortLint.CodeFixes
{
    /// <summary>
    /// What a PortLint diagnostic points at, re-read from its properties and location: the sink family, and either the port
    /// expression at the binding site or the URL expression with the port inside it.
    /// </summary>
    internal sealed class BindingSite
    {
        private BindingSite(Diagnostic diagnostic, SinkFamily family, SemanticModel model, SourceText text)
        {
            Diagnostic = diagnostic;
            Family = family;
            Model = model;
            Text = text;
        }

        public Diagnostic Diagnostic { get; }

        public SinkFamily Family { get; }

        /// <summary>What port 0 does at the API (from the catalogue, through the diagnostic's properties).</summary>
        public PortZeroSupport PortZero { get; private set; }

        public SemanticModel Model { get; }

        public SourceText Text { get; }

        /// <summary>The port expression at the binding site (the port argument, or the port argument of the IPEndPoint); null for URLs.</summary>
        public ExpressionSyntax? PortExpression { get; private set; }

        /// <summary>The URL argument (or array element) the port sits in; null for ports.</summary>
        public ExpressionSyntax? UrlExpression { get; private set; }

        public UrlText? Url { get; private set; }

        public UrlPort UrlPort { get; private set; }

        public bool IsUrl => UrlExpression != null;

        /// <summary>The port reaches the API through the project's own methods (<see cref="DiagnosticProperties.Through"/>).</summary>
        public bool IsThroughOwnCode { get; private set; }

        /// <summary>The port is an optional parameter's default value: a constant context, where only another constant fits.</summary>
        public bool IsDefaultValue { get; private set; }

        /// <summary>The expression a fix replaces as a whole: the port or the URL.</summary>
        public ExpressionSyntax Target => UrlExpression ?? PortExpression!;

        public static BindingSite? TryCreate(SyntaxNode root, SemanticModel model, SourceText text, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (!diagnostic.Location.IsInSource
                || diagnostic.Location.SourceTree != root.SyntaxTree
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.Sink, out var sinkName)
                || !Enum.TryParse<SinkFamily>(sinkName, out var family))
            {
                return null;
            }

            var span = diagnostic.Location.SourceSpan;
            if (!root.FullSpan.Contains(span))
            {
                return null;
            }

            var site = new BindingSite(diagnostic, family, model, text)
            {
                PortZero = diagnostic.Properties.TryGetValue(DiagnosticProperties.PortZero, out var portZero) && Enum.TryParse<PortZeroSupport>(portZero, out var support)
                    ? support
                    : PortZeroSupport.NotSupported,
                IsThroughOwnCode = diagnostic.Properties.TryGetValue(DiagnosticProperties.Through, out var through) && through == "true",
            };
            var node = root.FindNode(span, getInnermostNodeForTie: true);
            if (diagnostic.Properties.TryGetValue(DiagnosticProperties.InUrl, out var inUrl) && inUrl == "true")
            {
                return site.FindUrl(node, span, diagnostic.Properties.TryGetValue(DiagnosticProperties.Port, out var port) ? port : null, cancellationToken) ? site : null;
            }

            while (node.Parent is ExpressionSyntax parent && parent.Span == node.Span)
            {
                node = parent;
            }

            if (!(node is ExpressionSyntax expression) || node.Span != span)
            {
                return null;
            }

            if (!(node.Parent is ArgumentSyntax))
            {
                // `void Start(int port = 51337)` reaching a catalogued API; a test's data row (an attribute's argument) gets no fix.
                if (!site.IsThroughOwnCode || !(node.Parent is EqualsValueClauseSyntax { Parent: ParameterSyntax }))
                {
                    return null;
                }

                site.IsDefaultValue = true;
            }

            site.PortExpression = expression;
            return site;
        }

        private bool FindUrl(SyntaxNode node, TextSpan span, string? portText, CancellationToken cancellationToken)
        {
            var ports = new List<UrlPort>();
            for (SyntaxNode? current = node; current != null && !(current is StatementSyntax) && !(current is MemberDeclarationSyntax); current = current.Parent)
            {
                if (!(current is ExpressionSyntax expression)
                    || !(current.Parent is ArgumentSyntax || current.Parent is InitializerExpressionSyntax || current.Parent is ExpressionElementSyntax))
                {
                    continue;
                }

                var operation = Model.GetOperation(expression, cancellationToken);
                if (operation?.Type?.SpecialType != SpecialType.System_String)
                {
                    continue;
                }

                var url = UrlTextBuilder.Build(operation, Model, cancellationToken);
                if (!url.HasKnownText)
                {
                    continue;
                }

                ports.Clear();
                UrlPortParser.FindPorts(url.Value, ports);
                foreach (var port in ports)
                {
                    if ((portText is null || port.Text == portText) && url.LocationOf(port.Start, port.Length).SourceSpan == span)
                    {
                        UrlExpression = expression;
                        Url = url;
                        UrlPort = port;
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
