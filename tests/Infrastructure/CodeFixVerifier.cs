using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PortLint.Tests.Infrastructure
{
    /// <summary>What a code-fix test compiles against besides .NET 8.</summary>
    [Flags]
    internal enum FixReferences
    {
        /// <summary>.NET 8 only: a console app or library.</summary>
        None = 0,

        /// <summary>The ASP.NET Core 8 ref pack (Kestrel, WebApplication, Microsoft.Extensions.Configuration with its Binder).</summary>
        AspNetCore = 1,

        /// <summary>xunit.core: the compilation is test code, where "Use port 0" comes first.</summary>
        TestFramework = 2,
    }

    /// <summary>
    /// Runs an analyzer and a code fix with the Testing library: diagnostics in markup (<c>{|PORT001:50000|}</c>), the fixed
    /// code (which must compile: the library's compiler-error check stays on), one chosen action by equivalence key, and Fix
    /// All in document, project and solution.
    /// </summary>
    internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        /// <summary>A test with the references added to both the initial and the fixed state.</summary>
        public static async Task<Test> CreateAsync(string source, string? fixedSource, string? equivalenceKey, FixReferences references = FixReferences.AspNetCore)
        {
            var test = new Test { TestCode = source, CodeActionEquivalenceKey = equivalenceKey };
            if (fixedSource != null)
            {
                test.FixedCode = fixedSource;
            }

            await AddReferencesAsync(test, references).ConfigureAwait(false);
            return test;
        }

        /// <summary>Applies the action with <paramref name="equivalenceKey"/> (every diagnostic, every Fix All scope) and compares with <paramref name="fixedSource"/>.</summary>
        public static async Task VerifyAsync(string source, string fixedSource, string equivalenceKey, FixReferences references = FixReferences.AspNetCore)
        {
            var test = await CreateAsync(source, fixedSource, equivalenceKey, references).ConfigureAwait(false);
            await test.RunAsync(CancellationToken.None).ConfigureAwait(false);
        }

        /// <summary>As <see cref="VerifyAsync"/>, for an executable with top-level statements.</summary>
        public static async Task VerifyProgramAsync(string source, string fixedSource, string equivalenceKey, FixReferences references = FixReferences.AspNetCore)
        {
            var test = await CreateAsync(source, fixedSource, equivalenceKey, references).ConfigureAwait(false);
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            test.FixedState.OutputKind = OutputKind.ConsoleApplication;
            test.BatchFixedState.OutputKind = OutputKind.ConsoleApplication;
            await test.RunAsync(CancellationToken.None).ConfigureAwait(false);
        }

        /// <summary>The diagnostics are reported, and no action with <paramref name="equivalenceKey"/> is offered for them.</summary>
        public static async Task VerifyNoFixAsync(string source, string equivalenceKey, FixReferences references = FixReferences.AspNetCore)
        {
            var test = await CreateAsync(source, source, equivalenceKey, references).ConfigureAwait(false);
            await test.RunAsync(CancellationToken.None).ConfigureAwait(false);
        }

        /// <summary>Adds the extra references to the initial state and to the fixed state.</summary>
        public static async Task AddReferencesAsync(Test test, FixReferences references)
        {
            var extra = new List<MetadataReference>();
            if ((references & FixReferences.AspNetCore) != 0)
            {
                extra.AddRange(await TestReferences.AspNetCoreAsync().ConfigureAwait(false));
            }

            if ((references & FixReferences.TestFramework) != 0)
            {
                extra.Add(MetadataReference.CreateFromFile(typeof(Xunit.FactAttribute).Assembly.Location));
            }

            test.TestState.AdditionalReferences.AddRange(extra);
            test.FixedState.AdditionalReferences.AddRange(extra);
            test.BatchFixedState.AdditionalReferences.AddRange(extra);
        }

        /// <summary>
        /// Outside the Testing library: applies the action with <paramref name="equivalenceKey"/> to every fixable diagnostic of
        /// <paramref name="source"/>, one at a time, compiled against <paramref name="references"/>; returns the fixed source.
        /// </summary>
        public static async Task<string> ApplyAsync(string source, string equivalenceKey, IEnumerable<MetadataReference> references, CancellationToken cancellationToken)
        {
            using var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var solution = workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(
                    projectId,
                    VersionStamp.Default,
                    "Fixed",
                    "Fixed",
                    LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                    metadataReferences: references));
            var documentId = DocumentId.CreateNewId(projectId);
            solution = solution.AddDocument(documentId, "Fixed.cs", source);

            var analyzer = new TAnalyzer();
            var fixer = new TCodeFix();
            for (var iteration = 0; iteration < 32; iteration++)
            {
                var document = solution.GetDocument(documentId)!;
                var compilation = (await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
                var diagnostics = await compilation
                    .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty))
                    .GetAnalyzerDiagnosticsAsync(cancellationToken)
                    .ConfigureAwait(false);

                CodeAction? chosen = null;
                foreach (var diagnostic in diagnostics)
                {
                    if (!fixer.FixableDiagnosticIds.Contains(diagnostic.Id))
                    {
                        continue;
                    }

                    var actions = new List<CodeAction>();
                    await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken)).ConfigureAwait(false);
                    chosen = actions.Find(action => action.EquivalenceKey == equivalenceKey);
                    if (chosen != null)
                    {
                        break;
                    }
                }

                if (chosen is null)
                {
                    return (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
                }

                foreach (var operation in await chosen.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (operation is ApplyChangesOperation apply)
                    {
                        solution = apply.ChangedSolution;
                    }
                }
            }

            throw new InvalidOperationException("The fix did not converge.");
        }

        public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            public Test()
            {
                ReferenceAssemblies = TestReferences.Net80;
            }

            /// <summary>The C# version of the test sources; the default is the compiler's default.</summary>
            public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Default;

            protected override ParseOptions CreateParseOptions()
                => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

            protected override CompilationOptions CreateCompilationOptions()
                => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
        }
    }
}
