using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PortLint.Catalog;

namespace PortLint.CodeFixes.Rewiring
{
    /// <summary>
    /// The second half of "Use port 0": after the server has bound, the port is read back (the catalogue's read-back for the
    /// API) and every other use of the old port is rewired to it — the local, constant or field that carried it (a field
    /// assigned when the server binds), the endpoint passed both to the server and to a client, and the same port written
    /// again later in the method (a port argument, or <c>:port</c> inside a URL string). Where a use cannot be rewired
    /// safely (before the server binds, in another member or file, in a constant context, a port that leaves the class),
    /// the outcome is <see cref="RewireOutcome.Unsafe"/> and the provider puts configuration first.
    /// </summary>
    internal sealed class PortRewiring
    {
        private readonly BindingSite _site;
        private readonly SemanticModel _model;
        private readonly CancellationToken _cancellationToken;
        private readonly SourceEdits _edits;
        private readonly List<(Document Document, string Text)> _others = new List<(Document, string)>();
        private SyntaxNode? _urlPortPiece;
        private readonly List<(StatementSyntax After, string Text)> _readBacks = new List<(StatementSyntax, string)>();

        private PortRewiring(BindingSite site, SourceEdits edits, CancellationToken cancellationToken)
        {
            _site = site;
            _model = site.Model;
            _edits = edits;
            _cancellationToken = cancellationToken;
        }

        /// <summary>
        /// Plans the rewiring for the port-0 <paramref name="edits"/> of <paramref name="site"/>, adding its edits to them when
        /// the outcome is <see cref="RewireOutcome.Rewired"/>.
        /// </summary>
        public static async Task<RewireOutcome> PlanAsync(BindingSite site, CompilationUnitSyntax root, Document document, SourceEdits edits, CancellationToken cancellationToken)
        {
            var extra = new SourceEdits();
            var rewiring = new PortRewiring(site, extra, cancellationToken);
            var outcome = await rewiring.PlanAsync(root, document).ConfigureAwait(false);
            if (outcome == RewireOutcome.Rewired)
            {
                edits.AddRange(extra);
            }

            return outcome;
        }

        private async Task<RewireOutcome> PlanAsync(CompilationUnitSyntax root, Document document)
        {
            if (!TryGetPort(out var port))
            {
                return RewireOutcome.Unsafe;
            }

            foreach (var other in document.Project.Documents)
            {
                if (other.Id != document.Id)
                {
                    _others.Add((other, (await other.GetTextAsync(_cancellationToken).ConfigureAwait(false)).ToString()));
                }
            }

            var sink = SinkOf(_site.Target, out var endPoint);
            var readBack = ReadBackOf(_site);
            var server = sink is null || readBack is null ? null : BoundServer.Find(sink, readBack, _model, _cancellationToken);

            // What carried the port to the site: a local, constant or field (int), and an endpoint local.
            var carrier = CarrierOf(out var carrierIsUnsafe);
            if (carrierIsUnsafe)
            {
                return RewireOutcome.Unsafe;
            }

            var uses = 0;
            string? portName = null;
            if (carrier != null)
            {
                var references = References(carrier);
                if (references is null)
                {
                    return RewireOutcome.Unsafe;
                }

                if (references.Count > 0)
                {
                    uses += references.Count;
                    if (server is null || !RewireCarrier(carrier, references, server))
                    {
                        return RewireOutcome.Unsafe;
                    }

                    portName = carrier.Name;
                }
            }

            if (endPoint != null)
            {
                var references = LocalReferences(endPoint, excluding: sink);
                if (references.Count > 0)
                {
                    uses += references.Count;
                    if (server?.ReadBack.EndPoint is null)
                    {
                        return RewireOutcome.Unsafe;
                    }

                    AddReadBack(server, endPoint.Name + " = " + Expression(server, server.ReadBack.EndPoint) + ";");
                }
            }

            // The same port written again: later in the method it reads the port back; anywhere else it is left behind.
            var literalUses = await LiteralUsesAsync(port, root).ConfigureAwait(false);
            if (literalUses is null)
            {
                return RewireOutcome.Unsafe;
            }

            if (literalUses.Count > 0)
            {
                uses += literalUses.Count;
                if (server is null)
                {
                    return RewireOutcome.Unsafe;
                }

                if (portName is null)
                {
                    portName = UniqueName(server.PortLocalName, server.BoundAfter);
                    AddReadBack(server, "var " + portName + " = " + Expression(server, server.ReadBack.Port!) + ";");
                }

                foreach (var use in literalUses)
                {
                    if (!(use.SpanStart > server.BoundAfter.Span.End && server.Block.Span.Contains(use.Span)) || !RewriteLiteral(use, port, portName))
                    {
                        return RewireOutcome.Unsafe;
                    }
                }
            }

            if (uses == 0)
            {
                return RewireOutcome.NothingToRewire;
            }

            InsertReadBacks();
            return RewireOutcome.Rewired;
        }

        private bool TryGetPort(out int port)
        {
            if (_site.IsUrl)
            {
                port = _site.UrlPort.Value > int.MaxValue ? -1 : (int)_site.UrlPort.Value;
                return port > 0;
            }

            // The analyzer's value (it follows single-assigned locals and fields, which are not C# constants).
            var text = _site.Diagnostic.Properties.TryGetValue(PortLint.Rules.DiagnosticProperties.Port, out var written) ? written : null;
            return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port) && port > 0;
        }

        private static ReadBack? ReadBackOf(BindingSite site)
        {
            foreach (var entry in SinkCatalog.BuiltIn)
            {
                if (entry.Family == site.Family && entry.ReadBack.CanRewire)
                {
                    return entry.ReadBack;
                }
            }

            return null;
        }

        /// <summary>
        /// The call or creation the value is an argument of (through an inline <c>new IPEndPoint(…)</c>, or an endpoint local
        /// passed to it later in the block); <paramref name="endPoint"/> is that local.
        /// </summary>
        private ExpressionSyntax? SinkOf(ExpressionSyntax target, out ILocalSymbol? endPoint)
        {
            endPoint = null;
            var call = CallOf(target);
            if (call is ObjectCreationExpressionSyntax creation
                && _model.GetTypeInfo(creation, _cancellationToken).Type is INamedTypeSymbol type
                && type.Name == "IPEndPoint" && type.ContainingNamespace?.ToDisplayString() == "System.Net")
            {
                var inner = CallOf(creation);
                if (inner != null)
                {
                    return inner;
                }

                if (creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                    && _model.GetDeclaredSymbol(declarator, _cancellationToken) is ILocalSymbol local)
                {
                    endPoint = local;
                    var block = declarator.FirstAncestorOrSelf<BlockSyntax>();
                    if (block is null)
                    {
                        return null;
                    }

                    foreach (var identifier in block.DescendantNodes().OfType<IdentifierNameSyntax>())
                    {
                        if (identifier.Identifier.ValueText == local.Name
                            && CallOf(identifier) is ExpressionSyntax sink
                            && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(identifier, _cancellationToken).Symbol, local)
                            && IsSinkCall(sink))
                        {
                            return sink;
                        }
                    }
                }

                return null;
            }

            return call;
        }

        /// <summary>Whether a call taking the endpoint binds it: a catalogue row of the site's family whose value is an endpoint.</summary>
        private bool IsSinkCall(ExpressionSyntax call)
        {
            if (!(_model.GetSymbolInfo(call, _cancellationToken).Symbol is IMethodSymbol symbol) || symbol.ContainingType is null)
            {
                return false;
            }

            foreach (var entry in SinkCatalog.BuiltIn)
            {
                if (entry.Family == _site.Family
                    && entry.Value == BoundValueKind.EndPoint
                    && symbol.ContainingType.Name == entry.TypeSimpleName
                    && (entry.Member == SinkMemberKind.Constructor ? symbol.MethodKind == MethodKind.Constructor : symbol.Name == entry.MemberName))
                {
                    return true;
                }
            }

            return false;
        }

        private static ExpressionSyntax? CallOf(SyntaxNode node)
        {
            var current = node;
            while (current.Parent is ParenthesizedExpressionSyntax || current.Parent is CastExpressionSyntax)
            {
                current = current.Parent;
            }

            if (current.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var call } }
                && (call is InvocationExpressionSyntax || call is BaseObjectCreationExpressionSyntax))
            {
                return (ExpressionSyntax)call;
            }

            return null;
        }

        /// <summary>
        /// The local or field the port is read from at the site (a name, or a hole of the URL); null for a literal. Unsafe: a
        /// carrier the fix cannot turn into a variable (a string constant, a field of another type, a computed expression).
        /// </summary>
        private ISymbol? CarrierOf(out bool isUnsafe)
        {
            isUnsafe = false;
            ExpressionSyntax? expression;
            if (_site.IsUrl)
            {
                if (!_site.Url!.TryFindPiece(_site.UrlPort.Start, _site.UrlPort.Length, out var node, out _, out _, out _))
                {
                    isUnsafe = true;
                    return null;
                }

                _urlPortPiece = node;

                if (!_site.UrlExpression!.Span.Contains(node.Span))
                {
                    // The digits come from a declaration elsewhere: a string or number constant used by the URL.
                    var declarator = node.FirstAncestorOrSelf<VariableDeclaratorSyntax>();
                    var declared = declarator is null ? null : _model.GetDeclaredSymbol(declarator, _cancellationToken);
                    if (declared is null || TypeOf(declared)?.SpecialType != SpecialType.System_Int32)
                    {
                        isUnsafe = declared is null || HasOtherReferencesInTree(declared);
                        return null;
                    }

                    return declared;
                }

                expression = node as ExpressionSyntax;
                if (expression is null || expression is LiteralExpressionSyntax || expression is InterpolatedStringExpressionSyntax)
                {
                    return null;
                }
            }
            else
            {
                expression = _site.PortExpression;
            }

            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            if (expression is LiteralExpressionSyntax || expression is null)
            {
                return null;
            }

            if (expression is IdentifierNameSyntax || expression is MemberAccessExpressionSyntax)
            {
                var symbol = _model.GetSymbolInfo(expression, _cancellationToken).Symbol;
                if (symbol is ILocalSymbol || symbol is IFieldSymbol)
                {
                    if (TypeOf(symbol)?.SpecialType == SpecialType.System_Int32)
                    {
                        return symbol;
                    }
                }
            }

            // A computed constant (Base + 10): the names in it must have no other use.
            foreach (var name in expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                if (_model.GetSymbolInfo(name, _cancellationToken).Symbol is { } symbol && (symbol is ILocalSymbol || symbol is IFieldSymbol) && HasOtherReferencesInTree(symbol))
                {
                    isUnsafe = true;
                }
            }

            return null;
        }

        private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
        {
            ILocalSymbol local => local.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };

        private bool HasOtherReferencesInTree(ISymbol symbol)
            => ReferencesIn(_site.Target.SyntaxTree.GetRoot(_cancellationToken), symbol, _site.Target).Count > 0
                || !(symbol is ILocalSymbol) && symbol.DeclaredAccessibility > Accessibility.Private && NamedInOtherDocuments(symbol.Name);

        /// <summary>Whether another document of the project writes the name (a cheap over-approximation of its references there).</summary>
        private bool NamedInOtherDocuments(string name)
        {
            foreach (var other in _others)
            {
                if (other.Text.IndexOf(name, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The references of the carrier other than the site's; null when some are outside this file or the fix cannot see them all.</summary>
        private List<IdentifierNameSyntax>? References(ISymbol carrier)
        {
            if (carrier is ILocalSymbol local)
            {
                return LocalReferences(local, excluding: _site.Target);
            }

            var field = (IFieldSymbol)carrier;
            var tree = _site.Target.SyntaxTree;
            if (!field.DeclaringSyntaxReferences.All(r => r.SyntaxTree == tree)
                || (field.DeclaredAccessibility > Accessibility.Private || !field.ContainingType.DeclaringSyntaxReferences.All(r => r.SyntaxTree == tree))
                    && NamedInOtherDocuments(field.Name))
            {
                // Visible outside the class, and another file may use it.
                return null;
            }

            return ReferencesIn(tree.GetRoot(_cancellationToken), field, _site.Target);
        }

        private List<IdentifierNameSyntax> LocalReferences(ILocalSymbol local, SyntaxNode? excluding)
        {
            var declaration = local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_cancellationToken);
            var scope = declaration?.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode?)declaration?.FirstAncestorOrSelf<MemberDeclarationSyntax>();
            return scope is null ? new List<IdentifierNameSyntax>() : ReferencesIn(scope, local, excluding);
        }

        /// <summary>The names in <paramref name="scope"/> that refer to <paramref name="symbol"/>, outside <paramref name="excluding"/>.</summary>
        private List<IdentifierNameSyntax> ReferencesIn(SyntaxNode scope, ISymbol symbol, SyntaxNode? excluding)
        {
            var result = new List<IdentifierNameSyntax>();
            foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (identifier.Identifier.ValueText == symbol.Name
                    && (excluding is null || !excluding.Span.Contains(identifier.Span))
                    && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(identifier, _cancellationToken).Symbol, symbol))
                {
                    result.Add(identifier);
                }
            }

            return result;
        }

        /// <summary>The carrier becomes a variable assigned when the server binds; its uses read it unchanged.</summary>
        private bool RewireCarrier(ISymbol carrier, List<IdentifierNameSyntax> references, BoundServer server)
        {
            foreach (var reference in references)
            {
                if (InConstantContext(reference) || IsWritten(reference))
                {
                    return false;
                }
            }

            var declarator = carrier.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_cancellationToken) as VariableDeclaratorSyntax;
            if (declarator?.Parent is not VariableDeclarationSyntax { Variables.Count: 1 } declaration)
            {
                return false;
            }

            var assignedName = carrier.Name;
            if (carrier is ILocalSymbol)
            {
                if (!(declaration.Parent is LocalDeclarationStatementSyntax statement))
                {
                    return false;
                }

                // const int port = 51337;  ->  int port = 0;
                foreach (var modifier in statement.Modifiers)
                {
                    if (modifier.IsKind(SyntaxKind.ConstKeyword))
                    {
                        _edits.Replace(TextSpan.FromBounds(modifier.SpanStart, modifier.GetNextToken().SpanStart), string.Empty);
                    }
                }

                if (declarator.Initializer != null)
                {
                    _edits.Replace(declarator.Initializer.Value.Span, "0");
                }
            }
            else if (carrier is IFieldSymbol field)
            {
                if (!(declaration.Parent is FieldDeclarationSyntax fieldDeclaration)
                    || !SymbolEqualityComparer.Default.Equals(field.ContainingType, _model.GetEnclosingSymbol(server.BoundAfter.SpanStart, _cancellationToken)?.ContainingType)
                    || field.DeclaredAccessibility > Accessibility.Private)
                {
                    return false;
                }

                var bindMember = server.BoundAfter.FirstAncestorOrSelf<MemberDeclarationSyntax>();
                var isStatic = bindMember != null && bindMember.Modifiers.Any(SyntaxKind.StaticKeyword);
                foreach (var reference in references)
                {
                    if (reference.FirstAncestorOrSelf<EqualsValueClauseSyntax>()?.Parent is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax }
                        || reference.FirstAncestorOrSelf<PropertyDeclarationSyntax>()?.Initializer?.Span.Contains(reference.Span) == true)
                    {
                        // Read when the object is created, before the server binds.
                        return false;
                    }

                    var member = reference.FirstAncestorOrSelf<MemberDeclarationSyntax>();
                    isStatic |= member != null && member.Modifiers.Any(SyntaxKind.StaticKeyword);
                    isStatic |= reference.Parent is MemberAccessExpressionSyntax access && access.Name == reference && !(access.Expression is ThisExpressionSyntax);
                }

                // private const int Port = 51342;  ->  private int Port;
                var modifiers = fieldDeclaration.Modifiers
                    .Where(m => !m.IsKind(SyntaxKind.ConstKeyword) && !m.IsKind(SyntaxKind.ReadOnlyKeyword) && !m.IsKind(SyntaxKind.StaticKeyword))
                    .Select(m => m.Text)
                    .ToList();
                if (isStatic)
                {
                    modifiers.Add("static");
                }

                var text = string.Concat(fieldDeclaration.AttributeLists.Select(a => a.ToFullString()))
                    + string.Join(" ", modifiers) + (modifiers.Count > 0 ? " " : string.Empty)
                    + declaration.Type.ToString() + " " + declarator.Identifier.Text + ";";
                _edits.Replace(fieldDeclaration.Span, text);
            }
            else
            {
                return false;
            }

            AddReadBack(server, assignedName + " = " + Expression(server, server.ReadBack.Port!) + ";");
            return true;
        }

        private static bool InConstantContext(SyntaxNode node)
        {
            for (var current = node.Parent; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case AttributeArgumentSyntax _:
                    case CaseSwitchLabelSyntax _:
                    case ConstantPatternSyntax _:
                    case ParameterSyntax _:
                        return true;
                    case VariableDeclarationSyntax { Parent: FieldDeclarationSyntax field } when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                        return true;
                    case LocalDeclarationStatementSyntax local when local.IsConst:
                        return true;
                    case StatementSyntax _:
                    case MemberDeclarationSyntax _:
                        return false;
                }
            }

            return false;
        }

        private static bool IsWritten(ExpressionSyntax reference)
            => reference.Parent is AssignmentExpressionSyntax assignment && assignment.Left == reference
                || reference.Parent is PrefixUnaryExpressionSyntax || reference.Parent is PostfixUnaryExpressionSyntax
                || reference.Parent is ArgumentSyntax argument && !argument.RefKindKeyword.IsKind(SyntaxKind.None);

        /// <summary>
        /// The port written again in the project: a number passed to a port parameter (<c>new TcpClient("127.0.0.1", 51337)</c>)
        /// or <c>:51337</c> in a string (a URL). Null when one is in another file (the fix does not rewrite other files).
        /// </summary>
        private async Task<List<SyntaxNode>?> LiteralUsesAsync(int port, CompilationUnitSyntax root)
        {
            var digits = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (other, text) in _others)
            {
                if (text.IndexOf(digits, StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                var otherRoot = await other.GetSyntaxRootAsync(_cancellationToken).ConfigureAwait(false);
                var otherModel = otherRoot is null ? null : await other.GetSemanticModelAsync(_cancellationToken).ConfigureAwait(false);
                if (otherRoot is null || otherModel is null || FindLiteralUses(otherRoot, otherModel, port, digits, null).Count > 0)
                {
                    return null;
                }
            }

            return FindLiteralUses(root, _model, port, digits, _site.Target);
        }

        private List<SyntaxNode> FindLiteralUses(SyntaxNode root, SemanticModel model, int port, string digits, SyntaxNode? site)
        {
            var uses = new List<SyntaxNode>();
            foreach (var token in root.DescendantTokens())
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (site != null && site.Span.Contains(token.Span))
                {
                    continue;
                }

                if (token.IsKind(SyntaxKind.NumericLiteralToken))
                {
                    if (token.Value is int value && value == port && token.Parent is LiteralExpressionSyntax literal && IsPortArgument(literal, model)
                        && !(site != null && IsDeclarationOfCarrier(literal)))
                    {
                        uses.Add(literal);
                    }
                }
                else if ((token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken)) && ColonPortIndex(token.ValueText, digits) >= 0
                    && token.Parent != null && !(site != null && IsDeclarationOfCarrier(token.Parent)))
                {
                    uses.Add(token.Parent);
                }
            }

            return uses;
        }

        /// <summary>The site's own value, written in a declaration the site reads (its carrier): not a use. Only for the site's own file.</summary>
        private bool IsDeclarationOfCarrier(SyntaxNode node)
        {
            if (_urlPortPiece != null && _urlPortPiece.Span.Contains(node.Span))
            {
                return true;
            }

            var declarator = node.FirstAncestorOrSelf<VariableDeclaratorSyntax>();
            if (declarator?.Initializer is null || !declarator.Initializer.Value.Span.Contains(node.Span))
            {
                return false;
            }

            var site = _site.Target;
            foreach (var identifier in site.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                if (identifier.Identifier.ValueText == declarator.Identifier.ValueText)
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsPortArgument(LiteralExpressionSyntax literal, SemanticModel model)
        {
            if (!(literal.Parent is ArgumentSyntax argument))
            {
                return false;
            }

            var operation = model.GetOperation(argument, _cancellationToken) as IArgumentOperation;
            var name = operation?.Parameter?.Name;
            return name != null && name.IndexOf("port", StringComparison.OrdinalIgnoreCase) >= 0;
        }

        /// <summary>Where <c>:digits</c> stands in <paramref name="text"/> as a port (no digit after it, a host before it); -1 if not.</summary>
        private static int ColonPortIndex(string text, string digits)
        {
            for (var index = text.IndexOf(":" + digits, StringComparison.Ordinal); index >= 0; index = text.IndexOf(":" + digits, index + 1, StringComparison.Ordinal))
            {
                var end = index + 1 + digits.Length;
                if ((end == text.Length || !char.IsDigit(text[end])) && index > 0)
                {
                    return index + 1;
                }
            }

            return -1;
        }

        private bool RewriteLiteral(SyntaxNode use, int port, string portName)
        {
            if (use is LiteralExpressionSyntax number && number.IsKind(SyntaxKind.NumericLiteralExpression))
            {
                _edits.Replace(number.Span, portName);
                return true;
            }

            var digits = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (use is LiteralExpressionSyntax literal && literal.Token.IsKind(SyntaxKind.StringLiteralToken) && literal.Token.Text.StartsWith("\"", StringComparison.Ordinal))
            {
                // "http://127.0.0.1:51337/ping"  ->  $"http://127.0.0.1:{port}/ping"
                var value = literal.Token.ValueText;
                var index = ColonPortIndex(value, digits);
                var escaped = SourceEdits.StringLiteral(value.Substring(0, index)).Trim('"').Replace("{", "{{").Replace("}", "}}")
                    + "{" + portName + "}"
                    + SourceEdits.StringLiteral(value.Substring(index + digits.Length)).Trim('"').Replace("{", "{{").Replace("}", "}}");
                _edits.Replace(literal.Span, "$\"" + escaped + "\"");
                return true;
            }

            if (use is InterpolatedStringTextSyntax text && text.Parent is InterpolatedStringExpressionSyntax interpolated && interpolated.StringStartToken.Text == "$\"")
            {
                var raw = text.TextToken.Text;
                var index = ColonPortIndex(raw, digits);
                if (index < 0)
                {
                    return false;
                }

                _edits.Replace(new TextSpan(text.SpanStart + index, digits.Length), "{" + portName + "}");
                return true;
            }

            return false;
        }

        private string UniqueName(string name, SyntaxNode at)
        {
            var candidate = name;
            for (var i = 2; !_model.LookupSymbols(at.Span.End, name: candidate).IsEmpty; i++)
            {
                candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return candidate;
        }

        /// <summary>The catalogue's read-back for this server, with the types written as they resolve here.</summary>
        private string Expression(BoundServer server, string template)
        {
            var position = server.BoundAfter.SpanStart;
            var text = template.Replace("{0}", server.Name);
            if (text.Contains("IPEndPoint") && !Resolves(position, "IPEndPoint", "System.Net.IPEndPoint"))
            {
                text = text.Replace("IPEndPoint", "System.Net.IPEndPoint");
            }

            if (text.Contains("new Uri(") && !Resolves(position, "Uri", "System.Uri"))
            {
                text = text.Replace("new Uri(", "new System.Uri(");
            }

            if (text.Contains(".Urls.First()") && !ExtensionInScope(position, "First"))
            {
                text = text.Replace(server.Name + ".Urls.First()", "System.Linq.Enumerable.First(" + server.Name + ".Urls)");
            }

            if (!_model.GetNullableContext(position).WarningsEnabled())
            {
                text = text.Replace("!", string.Empty);
            }

            return text;
        }

        private bool Resolves(int position, string name, string metadataName)
        {
            var found = _model.LookupNamespacesAndTypes(position, name: name);
            return found.Length == 1 && SymbolEqualityComparer.Default.Equals(found[0], _model.Compilation.GetTypeByMetadataName(metadataName));
        }

        private bool ExtensionInScope(int position, string name)
        {
            var enumerable = _model.Compilation.GetTypeByMetadataName("System.Collections.Generic.ICollection`1");
            var stringType = _model.Compilation.GetSpecialType(SpecialType.System_String);
            if (enumerable is null)
            {
                return false;
            }

            var collection = enumerable.Construct(stringType);
            return _model.LookupSymbols(position, collection, name, includeReducedExtensionMethods: true).Any(s => s.ContainingType?.Name == "Enumerable");
        }

        private void AddReadBack(BoundServer server, string statement) => _readBacks.Add((server.BoundAfter, statement));

        private void InsertReadBacks()
        {
            foreach (var group in _readBacks.GroupBy(r => r.After))
            {
                var after = group.Key;
                var text = _site.Text;
                var line = text.Lines.GetLineFromPosition(after.SpanStart);
                var indentation = text.ToString(TextSpan.FromBounds(line.Start, after.SpanStart));
                if (indentation.Trim().Length != 0)
                {
                    indentation = string.Empty;
                }

                var eol = SourceEdits.EndOfLine(text);
                var trailing = after.GetTrailingTrivia();
                var endsLine = trailing.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                var statements = string.Concat(group.Select(r => (endsLine ? indentation : " ") + r.Text + (endsLine ? eol : string.Empty)));
                _edits.Insert(endsLine ? after.FullSpan.End : after.Span.End, statements);
            }
        }
    }
}
