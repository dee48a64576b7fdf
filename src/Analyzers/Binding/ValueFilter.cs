using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortLint.Analyzers;
using PortLint.Catalog;
using PortLint.Ranges;
using PortLint.Urls;

namespace PortLint.Binding
{
    /// <summary>
    /// Syntax only, before a site's first semantic question (which binds its whole member): whether a value can bring a port some
    /// rule reports. A literal is read as it is (<c>Port = 8081</c>, <c>"http://localhost:5000"</c> bring none under the default
    /// ranges); a name is looked up among the declarations around it (<see cref="CheapSemantics"/>); a local given one value is
    /// read through it; a value that comes at run time (a call, <c>await</c>, <c>??</c>, an <c>out</c> variable) and an instance
    /// member of a variable that no declaration of the project gives a readable value (<c>endPoint.Port</c>,
    /// <c>config.Port</c>: <see cref="SourceMembers"/>) bring none. Anything not settled here goes on to the semantic model.
    /// </summary>
    internal readonly struct ValueFilter
    {
        /// <summary>Bounds the locals read through and the pieces of a concatenation.</summary>
        private const int MaxDepth = 8;

        private readonly SiteContext _context;
        private readonly System.Func<SourceMembers> _members;
        private readonly bool _zeroMatters;
        private readonly bool _zeroNumberMatters;
        private readonly bool _anyNumber;

        /// <param name="zeroMatters">Whether port 0 on localhost is something to report at the site (an API that rejects it there).</param>
        /// <param name="zeroNumberMatters">Whether a bare port 0 is (the API binds localhost without naming it: <c>ListenLocalhost</c>).</param>
        /// <param name="anyNumber">Whether a number is kept whatever its value (a derived sink's path may shift it: <c>port + 1</c>).</param>
        public ValueFilter(SiteContext context, System.Func<SourceMembers> members, bool zeroMatters, bool zeroNumberMatters, bool anyNumber)
        {
            _context = context;
            _members = members;
            _zeroMatters = zeroMatters;
            _zeroNumberMatters = zeroNumberMatters;
            _anyNumber = anyNumber;
        }

        public bool AnyArgumentMayCarry(SeparatedSyntaxList<ArgumentSyntax> arguments)
        {
            foreach (var argument in arguments)
            {
                if (MayCarry(argument.Expression))
                {
                    return true;
                }
            }

            return false;
        }

        public bool MayCarry(ExpressionSyntax value) => MayCarry(value, 0);

        private bool MayCarry(ExpressionSyntax value, int depth)
        {
            if (depth > MaxDepth)
            {
                return true;
            }

            switch (value)
            {
                case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } number:
                    return _anyNumber || !(number.Token.Value is int port) || IsReportable(port, _zeroNumberMatters);
                case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } text when text.Token.Value is string literal:
                    return MayReport(literal);
                case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression }:
                case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression }:
                case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.FalseLiteralExpression }:
                case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.CharacterLiteralExpression }:
                    return false;
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum when !HasPiece(sum, text: true, 0) && HasPiece(sum, text: false, 0):
                    // port + 1: a number, which the semantic model folds.
                    return true;
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } _:
                case InterpolatedStringExpressionSyntax _:
                    // "http://0.0.0.0:" + port, $"http://{host}:{port}" with parameters: the text as far as the declarations tell.
                    var written = new StringBuilder();
                    return !WrittenText(value, written, depth) || MayReport(written.ToString());
                case ParenthesizedExpressionSyntax parenthesized:
                    return MayCarry(parenthesized.Expression, depth + 1);
                case ConditionalExpressionSyntax conditional:
                    // Several paths: reported only when every path is a constant.
                    return !IsRuntime(conditional.WhenTrue) && !IsRuntime(conditional.WhenFalse)
                        && (MayCarry(conditional.WhenTrue, depth + 1) || MayCarry(conditional.WhenFalse, depth + 1));
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression }:
                case AwaitExpressionSyntax _:
                case ElementAccessExpressionSyntax _:
                case ConditionalAccessExpressionSyntax _:
                    // Values that come at run time: the value analysis reads no constant from them.
                    return false;
                case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                    return AnyMayCarry(initializer.Expressions, depth);
                case ImplicitArrayCreationExpressionSyntax implicitArray:
                    return AnyMayCarry(implicitArray.Initializer.Expressions, depth);
                case ObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 2 } endPointArguments } endPoint
                    when endPointArguments[1].NameColon is null && SiteSyntax.RightmostName(endPoint.Type) == "IPEndPoint":
                    // Bind(new IPEndPoint(IPAddress.Loopback, port)): the port; port 0 is nothing to report on an endpoint.
                    return !(endPointArguments[1].Expression is LiteralExpressionSyntax { Token.Value: 0 }) && MayCarry(endPointArguments[1].Expression, depth + 1);
                case AnonymousFunctionExpressionSyntax _:
                    // A lambda or an anonymous method is no port, URL or endpoint (Task.Run(() => ..., cancellationToken)).
                    return false;
                case InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" } toString }:
                    return MayCarry(toString.Expression, depth + 1);
                case InvocationExpressionSyntax call:
                    // A call's result has no value known here (the semantic model would not know it either), except a factory's
                    // whose own arguments carry the port (UrlPrefix.Create("http", "+", 55555, "/")).
                    return SiteSyntax.TryGetName(call.Expression, out _, out var callee) && _context.Index.IsFactoryName(callee);
                case CollectionExpressionSyntax collection:
                    foreach (var element in collection.Elements)
                    {
                        if (!(element is ExpressionElementSyntax { Expression: { } item }) || MayCarry(item, depth + 1))
                        {
                            return true;
                        }
                    }

                    return false;
                case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax type, Name: IdentifierNameSyntax constant } access
                    when access.IsKind(SyntaxKind.SimpleMemberAccessExpression) && CheapSemantics.Declaration(type) is null
                        && _members().ConstantOf(type.Identifier.ValueText, constant.Identifier.ValueText) is { } literal:
                    // MqttPorts.Default, declared `const int Default = 1883;` in the project.
                    return MayCarry(literal, depth + 1);
                case MemberAccessExpressionSyntax access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                    return MayCarryMember(access);
                case IdentifierNameSyntax name:
                    switch (CheapSemantics.Classify(name, out var single))
                    {
                        case NameValue.None:
                            return false;
                        case NameValue.Single:
                            return MayCarry(single!, depth + 1);
                        default:
                            return true;
                    }

                default:
                    return true;
            }
        }

        /// <summary>
        /// <c>IPAddress.Loopback</c> is an address, not a port; <c>endPoint.Port</c> of a variable is a constant only when a
        /// declaration of the project gives a member of that name a value the analysis reads.
        /// </summary>
        private bool MayCarryMember(MemberAccessExpressionSyntax access)
        {
            if (SiteSyntax.RightmostName(access.Expression) == "IPAddress")
            {
                return false;
            }

            return !CheapSemantics.IsInstanceMemberOfVariable(access) || _members().MayReadValueOf(access.Name.Identifier.ValueText);
        }

        private bool IsRuntime(ExpressionSyntax value)
        {
            var index = _context.Index;
            return CheapSemantics.IsRuntimeValue(value, index.IsFactoryName);
        }

        /// <summary>Whether a string (with <see cref="UrlPortParser.Unknown"/> for what is not known) holds a port some rule reports.</summary>
        private bool MayReport(string text)
        {
            var ports = new List<UrlPort>();
            UrlPortParser.FindPorts(text, ports);
            UrlPortParser.FindPortList(text, ports);
            UrlPortParser.FindConnectionStringPorts(text, bindsWithoutPrefix: false, ports);
            foreach (var port in ports)
            {
                if (IsReportable(port.Value, _zeroMatters && (port.IsLocalhost || port.Host.Length == 0)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Appends the text a string concatenation or interpolation writes: literals as they are, a name whose declaration says it
        /// has no known value as <see cref="UrlPortParser.Unknown"/>, a local given one literal as that literal; false when some
        /// piece may be a constant (a constant name, a member access), which the semantic model must read.
        /// </summary>
        private bool WrittenText(ExpressionSyntax expression, StringBuilder text, int depth)
        {
            if (depth > MaxDepth)
            {
                return false;
            }

            switch (expression)
            {
                case LiteralExpressionSyntax literal when literal.Token.Value is string or int:
                    text.Append(literal.Token.Value is string value ? value : ((int)literal.Token.Value!).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    return true;
                case ParenthesizedExpressionSyntax parenthesized:
                    return WrittenText(parenthesized.Expression, text, depth + 1);
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } binary:
                    return WrittenText(binary.Left, text, depth + 1) && WrittenText(binary.Right, text, depth + 1);
                case InterpolatedStringExpressionSyntax interpolated:
                    foreach (var content in interpolated.Contents)
                    {
                        switch (content)
                        {
                            case InterpolatedStringTextSyntax part:
                                text.Append(part.TextToken.ValueText);
                                break;
                            case InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole:
                                if (!WrittenText(hole.Expression, text, depth + 1))
                                {
                                    return false;
                                }

                                break;
                            default:
                                return false;
                        }
                    }

                    return true;
                case IdentifierNameSyntax name:
                    switch (CheapSemantics.Classify(name, out var single))
                    {
                        case NameValue.None:
                            text.Append(UrlPortParser.Unknown);
                            return true;
                        case NameValue.Single when single is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } || single is InterpolatedStringExpressionSyntax:
                            // A local given one string; a number is left to the semantic model (in `a + b` it may be arithmetic).
                            return WrittenText(single, text, depth + 1);
                        default:
                            return false;
                    }

                case InvocationExpressionSyntax _ when IsRuntime(expression):
                case MemberAccessExpressionSyntax access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression) && !MayCarryMember(access):
                    // $"http://localhost:{GetPort()}", "http://0.0.0.0:" + endPoint.Port: a piece with no known value.
                    text.Append(UrlPortParser.Unknown);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// Whether a sum has a string literal or an interpolation (<paramref name="text"/>), or a number, among its pieces: a sum with
        /// a number and no text is arithmetic (<c>port + 1</c>), not a concatenation.
        /// </summary>
        private static bool HasPiece(ExpressionSyntax expression, bool text, int depth) => depth <= MaxDepth && expression switch
        {
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } => text,
            InterpolatedStringExpressionSyntax _ => text,
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } => !text,
            ParenthesizedExpressionSyntax parenthesized => HasPiece(parenthesized.Expression, text, depth + 1),
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } binary => HasPiece(binary.Left, text, depth + 1) || HasPiece(binary.Right, text, depth + 1),
            _ => false,
        };

        private bool AnyMayCarry(SeparatedSyntaxList<ExpressionSyntax> values, int depth)
        {
            foreach (var element in values)
            {
                if (MayCarry(element, depth + 1))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether some rule reports <paramref name="port"/> (port 0 only on localhost at an API that rejects it there, for PORT004; a port outside the ranges only in test code, for PORT005).</summary>
        private bool IsReportable(long port, bool zeroReportable)
        {
            if (port == 0)
            {
                return zeroReportable;
            }

            var classification = PortClassifier.Classify(port, _context.Options);
            return classification == PortClassification.Fixed ? _context.IsTestCode : classification != PortClassification.None;
        }
    }
}
