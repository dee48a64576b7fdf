using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PortLint.Binding;
using PortLint.Options;
using PortLint.Ranges;
using PortLint.Rules;
using PortLint.Urls;
using PortLint.Values;

namespace PortLint.Analyzers
{
    /// <summary>
    /// Per-compilation state of <see cref="FixedServerPortAnalyzer"/>: finds the candidate calls of each tree, asks the semantic
    /// model only about candidates, and reports the fixed ports that reach a binding API.
    /// </summary>
    internal sealed class BindingSiteAnalysis
    {
        private static readonly Sink UseSettingSink = new Sink(SinkKind.UrlSetting, SinkFamily.AspNetCoreUrl, 1, "IWebHostBuilder.UseSetting(\"urls\")");

        private readonly Lazy<BindingSymbols?> _lazySymbols;
        private readonly PortLintOptionsCache _options;

        public BindingSiteAnalysis(Lazy<BindingSymbols?> symbols, PortLintOptionsCache options)
        {
            _lazySymbols = symbols;
            _options = options;
        }

        public BindingSiteAnalysis(BindingSymbols symbols, PortLintOptionsCache options)
            : this(new Lazy<BindingSymbols?>(() => symbols), options)
        {
        }

        /// <summary>Only read once a tree has passed the text check (so it is never null there unless the compilation has no binding API).</summary>
        private BindingSymbols Symbols => _lazySymbols.Value!;

        /// <summary>
        /// One tree: a text check first (a tree that names no binding API costs one scan of its text), then only the calls
        /// around the words that name one (<see cref="BindingWords"/>), and the semantic model only for the calls
        /// <see cref="CandidateSyntax"/> lets through.
        /// </summary>
        public void AnalyzeTree(SemanticModelAnalysisContext treeContext)
        {
            var context = new SiteContext(treeContext.SemanticModel, treeContext.ReportDiagnostic, treeContext.CancellationToken);
            var tree = context.SemanticModel.SyntaxTree;

            // StringText (every parsed file under 40K characters) returns its string without copying.
            var content = tree.GetText(context.CancellationToken).ToString();
            var words = BindingWords.Scan(content);
            if (words == BindingWordSet.None)
            {
                return;
            }

            if (_lazySymbols.Value is null)
            {
                return;
            }

            var candidates = new List<SyntaxNode>();
            FindCandidates(tree.GetRoot(context.CancellationToken), content, words, treeContext.FilterSpan, candidates, context.CancellationToken);
            foreach (var candidate in candidates)
            {
                switch (candidate)
                {
                    case InvocationExpressionSyntax invocation:
                        AnalyzeInvocation(context, invocation);
                        break;
                    case ExpressionSyntax creation:
                        AnalyzeCreation(context, creation);
                        break;
                }
            }
        }

        /// <summary>
        /// The syntax-only part of <see cref="AnalyzeTree"/>: the calls and creations around the occurrences of <paramref name="words"/>
        /// that <see cref="CandidateSyntax"/> lets through, each once, in the order of the words' occurrences.
        /// </summary>
        internal static void FindCandidates(SyntaxNode root, string content, BindingWordSet words, TextSpan? filterSpan, List<SyntaxNode> candidates, CancellationToken cancellationToken = default)
        {
            var positions = new List<int>();
            BindingWords.AddOccurrences(content, words, positions);
            HashSet<SyntaxNode>? seen = null;
            foreach (var position in positions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var token = root.FindToken(position);
                var start = token.Parent;
                if (token.IsKind(SyntaxKind.NewKeyword))
                {
                    // Only target-typed creations: explicit ones are found by their type name.
                    if (!(start is ImplicitObjectCreationExpressionSyntax) || token.SpanStart != position)
                    {
                        continue;
                    }
                }
                else if (!token.IsKind(SyntaxKind.IdentifierToken) || !token.Span.Contains(position))
                {
                    // In a comment, a string or disabled code.
                    continue;
                }

                for (var node = start; node != null && !(node is StatementSyntax) && !(node is MemberDeclarationSyntax); node = node.Parent)
                {
                    if ((filterSpan is not { } span || node.Span.IntersectsWith(span))
                        && IsCandidate(node, words)
                        && (seen ??= new HashSet<SyntaxNode>()).Add(node))
                    {
                        candidates.Add(node);
                    }
                }
            }
        }

        private static bool IsCandidate(SyntaxNode node, BindingWordSet words) => node switch
        {
            InvocationExpressionSyntax invocation => CandidateSyntax.IsCandidate(invocation, words),
            ObjectCreationExpressionSyntax creation => CandidateSyntax.IsCandidate(creation),
            ImplicitObjectCreationExpressionSyntax implicitCreation => CandidateSyntax.IsCandidate(implicitCreation),
            _ => false,
        };

        /// <summary>Checks one call (the bench's operation-action variant calls this directly).</summary>
        internal void AnalyzeInvocation(SiteContext context, InvocationExpressionSyntax node)
        {
            if (!(context.SemanticModel.GetOperation(node, context.CancellationToken) is IInvocationOperation invocation))
            {
                return;
            }

            var method = invocation.TargetMethod;
            if (Symbols.TryGetSink(method, out var sink)
                || (invocation.Instance is IPropertyReferenceOperation collection && method.Name == "Add" && Symbols.TryGetUrlCollectionSink(collection.Property, out sink)))
            {
                AnalyzeSink(context, sink, invocation.Arguments);
            }
            else if (Symbols.IsUseSetting(method))
            {
                AnalyzeSink(context, UseSettingSink, invocation.Arguments);
            }
        }

        /// <summary>Checks one object creation, explicit or target-typed.</summary>
        internal void AnalyzeCreation(SiteContext context, ExpressionSyntax node)
        {
            if (!(context.SemanticModel.GetOperation(node, context.CancellationToken) is IObjectCreationOperation { Constructor: { } constructor } creation))
            {
                return;
            }

            if (Symbols.TryGetSink(constructor, out var sink))
            {
                AnalyzeSink(context, sink, creation.Arguments);
            }
            else if (Symbols.IsIPEndPoint(constructor.ContainingType)
                && EndPointPort(creation) is { } port
                && ConstantPort.TryGetInteger(port.Value, context.SemanticModel, context.CancellationToken, out var value))
            {
                if (!PortNumbers.IsValid(value))
                {
                    // Any IPEndPoint, client or server, throws for such a port.
                    var display = "IPEndPoint(" + constructor.Parameters[0].Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ", int)";
                    Report(context, Descriptors.PortOutOfRange, port.Value.Syntax.GetLocation(), null, PortClassifier.Format(value), display);
                }
                else if (value != 0 && HeldEndPointUses.FindSink(creation, context.SemanticModel, Symbols, context.CancellationToken) is { } heldSink)
                {
                    // An endpoint held in a local or field and bound elsewhere: reported here, on its port, so the diagnostic
                    // stays inside the node being analyzed (the IDE analyzes spans; the code fix needs a local diagnostic).
                    ReportPort(context, heldSink, value, PortClassifier.Format(value), port.Value.Syntax.GetLocation(), null, inUrl: false, reportOutOfRange: false);
                }
            }
        }

        private void AnalyzeSink(SiteContext context, Sink sink, ImmutableArray<IArgumentOperation> arguments)
        {
            var argument = FindArgument(arguments, sink.ParameterOrdinal);
            if (argument is null)
            {
                return;
            }

            var model = context.SemanticModel;
            var cancellationToken = context.CancellationToken;
            switch (sink.Kind)
            {
                case SinkKind.Port:
                    if (ConstantPort.TryGetInteger(argument.Value, model, cancellationToken, out var port))
                    {
                        var host = sink.Family == SinkFamily.KestrelListenLocalhost ? "localhost" : null;
                        ReportPort(context, sink, port, PortClassifier.Format(port), argument.Value.Syntax.GetLocation(), host, inUrl: false, reportOutOfRange: true);
                    }

                    break;

                case SinkKind.EndPoint:
                    // Only an endpoint created right here; one held in a local or field is reported where it is created.
                    if (ConstantPort.WalkDownConversions(argument.Value) is IObjectCreationOperation creation
                        && Symbols.IsIPEndPoint(creation.Type)
                        && EndPointPort(creation) is { } endPointPort
                        && ConstantPort.TryGetInteger(endPointPort.Value, model, cancellationToken, out var endPointValue))
                    {
                        // An out-of-range port is reported where the IPEndPoint is created.
                        ReportPort(context, sink, endPointValue, PortClassifier.Format(endPointValue), endPointPort.Value.Syntax.GetLocation(), null, inUrl: false, reportOutOfRange: false);
                    }

                    break;

                case SinkKind.Url:
                    AnalyzeUrl(context, sink, argument.Value);
                    break;

                case SinkKind.Urls:
                    if (ConstantPort.WalkDownConversions(argument.Value) is IArrayCreationOperation { Initializer: { } initializer })
                    {
                        foreach (var element in initializer.ElementValues)
                        {
                            AnalyzeUrl(context, sink, element);
                        }
                    }
                    else
                    {
                        AnalyzeUrl(context, sink, argument.Value);
                    }

                    break;

                case SinkKind.UrlSetting:
                    var key = FindArgument(arguments, 0);
                    if (key != null && IsServerUrlsKey(key.Value, model, cancellationToken))
                    {
                        AnalyzeUrl(context, sink, argument.Value);
                    }

                    break;
            }
        }

        /// <summary>Whether a UseSetting key is <c>"urls"</c>: a constant, or <c>WebHostDefaults.ServerUrlsKey</c> (static readonly, no constant value).</summary>
        private bool IsServerUrlsKey(IOperation key, SemanticModel model, System.Threading.CancellationToken cancellationToken)
        {
            if (ConstantPort.WalkDownConversions(key) is IFieldReferenceOperation field && Symbols.IsServerUrlsKey(field.Field))
            {
                return true;
            }

            return ConstantPort.GetConstant(key, model, cancellationToken) is string keyText
                && string.Equals(keyText, BindingSymbols.ServerUrlsKey, System.StringComparison.OrdinalIgnoreCase);
        }

        private void AnalyzeUrl(SiteContext context, Sink sink, IOperation value)
        {
            if (value.Type?.SpecialType != SpecialType.System_String)
            {
                return;
            }

            var text = UrlTextBuilder.Build(value, context.SemanticModel, context.CancellationToken);
            if (!text.HasKnownText)
            {
                return;
            }

            var ports = new List<UrlPort>();
            UrlPortParser.FindPorts(text.Value, ports);
            foreach (var port in ports)
            {
                ReportPort(context, sink, port.Value, port.Text, text.LocationOf(port.Start, port.Length), port.Host, inUrl: true, reportOutOfRange: true);
            }
        }

        private void ReportPort(SiteContext context, Sink sink, long port, string portText, Location location, string? host, bool inUrl, bool reportOutOfRange)
        {
            if (port == 0)
            {
                if (sink.IsKestrel && string.Equals(host, "localhost", System.StringComparison.OrdinalIgnoreCase))
                {
                    Report(context, Descriptors.KestrelLocalhostPortZero, location, Properties(sink, portText, host, inUrl), portText, sink.Display);
                }

                return;
            }

            var options = _options.For(context.SemanticModel.SyntaxTree);
            var classification = PortClassifier.Classify(port, options);
            switch (classification)
            {
                case PortClassification.OutOfRange when reportOutOfRange:
                    Report(context, Descriptors.PortOutOfRange, location, Properties(sink, portText, host, inUrl), portText, sink.Display);
                    break;
                case PortClassification.Dynamic:
                    Report(context, Descriptors.DynamicRangePort, location, Properties(sink, portText, host, inUrl), portText, sink.Display, PortClassifier.DescribeRanges(port, classification, options));
                    break;
                case PortClassification.LinuxEphemeral:
                    Report(context, Descriptors.LinuxEphemeralRangePort, location, Properties(sink, portText, host, inUrl), portText, sink.Display, PortClassifier.DescribeRanges(port, classification, options));
                    break;
            }
        }

        private static void Report(SiteContext context, DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?>? properties, params object[] messageArguments)
            => context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties, messageArguments));

        private static ImmutableDictionary<string, string?> Properties(Sink sink, string portText, string? host, bool inUrl)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>();
            builder.Add(DiagnosticProperties.Sink, sink.Family.ToString());
            builder.Add(DiagnosticProperties.Port, portText);
            if (inUrl)
            {
                builder.Add(DiagnosticProperties.InUrl, "true");
            }

            if (host != null)
            {
                builder.Add(DiagnosticProperties.Host, host);
            }

            return builder.ToImmutable();
        }

        internal static IArgumentOperation? EndPointPort(IObjectCreationOperation creation)
        {
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Name == "port" && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument;
                }
            }

            return null;
        }

        internal static IArgumentOperation? FindArgument(ImmutableArray<IArgumentOperation> arguments, int ordinal)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument;
                }
            }

            return null;
        }
    }
}
