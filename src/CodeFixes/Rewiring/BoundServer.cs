using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortLint.Catalog;

namespace PortLint.CodeFixes.Rewiring
{
    /// <summary>
    /// The server a binding site starts, as the port-0 fix reads it back: the expression that names it, the statement after
    /// which it has bound (where the read-back goes), and the catalogue's read-back for its API.
    /// </summary>
    internal sealed class BoundServer
    {
        private const string WebApplicationName = "Microsoft.AspNetCore.Builder.WebApplication";

        private BoundServer(string name, StatementSyntax boundAfter, BlockSyntax block, ReadBack readBack)
        {
            Name = name;
            BoundAfter = boundAfter;
            Block = block;
            ReadBack = readBack;
        }

        /// <summary>How the server is written (<c>listener</c>, <c>_listener</c>, <c>this.server</c>).</summary>
        public string Name { get; }

        /// <summary>The statement after which the server has bound.</summary>
        public StatementSyntax BoundAfter { get; }

        /// <summary>The block that holds <see cref="BoundAfter"/>: a read-back local is in scope in the rest of it.</summary>
        public BlockSyntax Block { get; }

        public ReadBack ReadBack { get; }

        /// <summary>The local a read-back is stored in: <c>listener</c> → <c>listenerPort</c>.</summary>
        public string PortLocalName
        {
            get
            {
                var name = Name;
                var dot = name.LastIndexOf('.');
                name = name.Substring(dot + 1).TrimStart('_');
                if (name.Length == 0)
                {
                    return "boundPort";
                }

                return char.ToLowerInvariant(name[0]) + name.Substring(1) + "Port";
            }
        }

        /// <summary>
        /// Finds the server of the sink call or creation <paramref name="sink"/>; null where the fix cannot see where it binds
        /// (it is started in code the fix cannot see, or the server is not held anywhere).
        /// </summary>
        public static BoundServer? Find(ExpressionSyntax sink, ReadBack readBack, SemanticModel model, CancellationToken cancellationToken)
        {
            if (!readBack.CanRewire)
            {
                return null;
            }

            switch (readBack.Server)
            {
                case ReadBackServer.Created:
                    return Created(sink, readBack, model, cancellationToken);
                case ReadBackServer.Receiver:
                    return Receiver(sink, readBack);
                case ReadBackServer.WebApplication:
                    return WebApplication(sink, readBack, model, cancellationToken);
                default:
                    return null;
            }
        }

        private static BoundServer? Created(ExpressionSyntax sink, ReadBack readBack, SemanticModel model, CancellationToken cancellationToken)
        {
            if (!(sink is BaseObjectCreationExpressionSyntax || sink is InvocationExpressionSyntax))
            {
                return null;
            }

            var holder = sink.Parent;
            if (holder is AwaitExpressionSyntax)
            {
                holder = holder.Parent;
            }

            string name;
            ISymbol? symbol;
            StatementSyntax? statement;
            switch (holder)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                    when declarator.Parent?.Parent is LocalDeclarationStatementSyntax local:
                    name = declarator.Identifier.ValueText;
                    symbol = model.GetDeclaredSymbol(declarator, cancellationToken);
                    statement = local;
                    break;
                case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                    && assignment.Right == sink
                    && assignment.Parent is ExpressionStatementSyntax expressionStatement
                    && (assignment.Left is IdentifierNameSyntax || assignment.Left is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax }):
                    name = assignment.Left.ToString();
                    symbol = model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol;
                    statement = expressionStatement;
                    break;
                default:
                    return null;
            }

            if (symbol is null || !(statement.Parent is BlockSyntax block))
            {
                return null;
            }

            if (readBack.BoundAfter is null)
            {
                return new BoundServer(name, statement, block, readBack);
            }

            // The server binds when a later statement of the block starts it: listener.Start();
            var index = block.Statements.IndexOf(statement);
            for (var i = index + 1; i < block.Statements.Count; i++)
            {
                if (IsCallOn(block.Statements[i], readBack.BoundAfter, symbol, model, cancellationToken))
                {
                    return new BoundServer(name, block.Statements[i], block, readBack);
                }
            }

            return null;
        }

        private static BoundServer? Receiver(ExpressionSyntax sink, ReadBack readBack)
        {
            if (!(sink is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation)
                || !(access.Expression is IdentifierNameSyntax || access.Expression is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax })
                || !(invocation.Parent is ExpressionStatementSyntax statement)
                || !(statement.Parent is BlockSyntax block))
            {
                return null;
            }

            return new BoundServer(access.Expression.ToString(), statement, block, readBack);
        }

        /// <summary>The one <c>WebApplication</c> local of the enclosing method that a later statement starts (<c>await app.StartAsync();</c>).</summary>
        private static BoundServer? WebApplication(ExpressionSyntax sink, ReadBack readBack, SemanticModel model, CancellationToken cancellationToken)
        {
            var member = sink.FirstAncestorOrSelf<MemberDeclarationSyntax>();
            var body = member switch
            {
                BaseMethodDeclarationSyntax method => method.Body,
                _ => null,
            };
            var webApplication = model.Compilation.GetTypeByMetadataName(WebApplicationName);
            if (body is null || webApplication is null || readBack.BoundAfter is null)
            {
                return null;
            }

            BoundServer? found = null;
            foreach (var statement in body.Statements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (statement.SpanStart < sink.SpanStart || !(StartedServer(statement, readBack.BoundAfter) is IdentifierNameSyntax server))
                {
                    continue;
                }

                if (!(model.GetSymbolInfo(server, cancellationToken).Symbol is ILocalSymbol local)
                    || !SymbolEqualityComparer.Default.Equals(local.Type, webApplication))
                {
                    continue;
                }

                if (found != null)
                {
                    return null;
                }

                found = new BoundServer(server.Identifier.ValueText, statement, body, readBack);
            }

            return found;
        }

        private static bool IsCallOn(StatementSyntax statement, string method, ISymbol server, SemanticModel model, CancellationToken cancellationToken)
            => StartedServer(statement, method) is ExpressionSyntax receiver
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(receiver, cancellationToken).Symbol, server);

        /// <summary>The receiver of <c>x.Start(…);</c>, <c>await x.StartAsync(…);</c> or <c>x.Start();</c> for the method name given (its synchronous form too).</summary>
        private static ExpressionSyntax? StartedServer(StatementSyntax statement, string method)
        {
            if (!(statement is ExpressionStatementSyntax { Expression: var expression }))
            {
                return null;
            }

            if (expression is AwaitExpressionSyntax awaited)
            {
                expression = awaited.Expression;
            }

            // await app.StartAsync().ConfigureAwait(false), await app.StartAsync().WaitAsync(timeout)
            while (expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
                && access.Expression is InvocationExpressionSyntax inner
                && (access.Name.Identifier.ValueText == "ConfigureAwait" || access.Name.Identifier.ValueText == "WaitAsync"))
            {
                expression = inner;
            }

            if (!(expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax call }))
            {
                return null;
            }

            var name = call.Name.Identifier.ValueText;
            var synchronous = method.EndsWith("Async", System.StringComparison.Ordinal) ? method.Substring(0, method.Length - 5) : method;
            if (name != method && name != synchronous)
            {
                return null;
            }

            return call.Expression is IdentifierNameSyntax || call.Expression is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } ? call.Expression : null;
        }
    }
}
