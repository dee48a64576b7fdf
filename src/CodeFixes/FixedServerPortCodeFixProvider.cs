using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortLint.CodeFixes.Rewiring;
using PortLint.Rules;

namespace PortLint.CodeFixes
{
    /// <summary>
    /// The code fixes of PORT001, PORT002, PORT004 and PORT005: "Use port 0 (the OS picks a free port)" and "Read the port from
    /// configuration". One provider registers both, because <c>dotnet format</c> applies only the first action a provider
    /// registers for a diagnostic (through Fix All in Solution): in test code port 0 comes first, elsewhere configuration, and configuration also comes first where port 0 could not rewire
    /// the code that uses the old port (<see cref="PortRewiring"/>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FixedServerPortCodeFixProvider)), Shared]
    public sealed class FixedServerPortCodeFixProvider : CodeFixProvider
    {
        public const string UsePortZeroKey = "PortLint.UsePortZero";
        public const string ReadPortFromConfigurationKey = "PortLint.ReadPortFromConfiguration";
        public const string UsePortZeroTitle = "Use port 0 (the OS picks a free port)";
        public const string ReadPortFromConfigurationTitle = "Read the port from configuration";

        /// <summary>Port 0 where the fix cannot rewire every use of the old port: offered after configuration, under its own key (Fix All and dotnet format leave it alone).</summary>
        public const string UsePortZeroUnwiredKey = "PortLint.UsePortZero.ClientsNotUpdated";
        public const string UsePortZeroUnwiredTitle = "Use port 0 (update the code that uses the old port by hand)";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            RuleIds.DynamicRangePort,
            RuleIds.LinuxEphemeralRangePort,
            RuleIds.KestrelLocalhostPortZero,
            RuleIds.TestFixedPort);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var cancellationToken = context.CancellationToken;
            if (!(await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is CompilationUnitSyntax root)
                || !(await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is { } model))
            {
                return;
            }

            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var portZeroFirst = TestFrameworks.AreReferencedBy(model.Compilation);
            foreach (var diagnostic in context.Diagnostics)
            {
                var site = BindingSite.TryCreate(root, model, text, diagnostic, cancellationToken);
                if (site is null)
                {
                    continue;
                }

                var portZero = UsePortZeroFix.Create(site, root);
                var configuration = diagnostic.Id == RuleIds.KestrelLocalhostPortZero || site.IsDefaultValue ? null : ReadPortFromConfigurationFix.Create(site, root, cancellationToken);

                // Port 0 keeps the program working only where every other use of the old port reads the bound one back. A port
                // passed through the project's own methods binds where the fix cannot see the server, nor what else reads the
                // number it was given (a fixture's Port property): configuration first.
                var rewired = portZero is null || diagnostic.Id == RuleIds.KestrelLocalhostPortZero
                    ? RewireOutcome.NothingToRewire
                    : site.IsThroughOwnCode
                        ? RewireOutcome.Unsafe
                        : await PortRewiring.PlanAsync(site, root, document, portZero, cancellationToken).ConfigureAwait(false);
                if (rewired == RewireOutcome.Unsafe)
                {
                    Register(context, diagnostic, document, text, configuration, ReadPortFromConfigurationTitle, ReadPortFromConfigurationKey);
                    Register(context, diagnostic, document, text, portZero, UsePortZeroUnwiredTitle, UsePortZeroUnwiredKey);
                }
                else if (portZeroFirst)
                {
                    Register(context, diagnostic, document, text, portZero, UsePortZeroTitle, UsePortZeroKey);
                    Register(context, diagnostic, document, text, configuration, ReadPortFromConfigurationTitle, ReadPortFromConfigurationKey);
                }
                else
                {
                    Register(context, diagnostic, document, text, configuration, ReadPortFromConfigurationTitle, ReadPortFromConfigurationKey);
                    Register(context, diagnostic, document, text, portZero, UsePortZeroTitle, UsePortZeroKey);
                }
            }
        }

        private static void Register(CodeFixContext context, Diagnostic diagnostic, Document document, Microsoft.CodeAnalysis.Text.SourceText text, SourceEdits? edits, string title, string key)
        {
            if (edits is null || edits.Changes.Count == 0 || !edits.AreDisjoint())
            {
                return;
            }

            context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(edits.ApplyTo(document, text)), key), diagnostic);
        }
    }
}
