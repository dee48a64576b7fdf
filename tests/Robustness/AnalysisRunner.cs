using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PortLint.Tests.Robustness
{
    /// <summary>An additional file (launchSettings.json, appsettings.json, ...) handed to the analyzers.</summary>
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>The same .editorconfig options for every file.</summary>
    internal sealed class FixedOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly FixedOptions _options;

        public FixedOptionsProvider(IReadOnlyDictionary<string, string> values) => _options = new FixedOptions(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class FixedOptions : AnalyzerConfigOptions
        {
            private readonly IReadOnlyDictionary<string, string> _values;

            public FixedOptions(IReadOnlyDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value)
            {
                if (_values.TryGetValue(key, out var found))
                {
                    value = found;
                    return true;
                }

                value = null!;
                return false;
            }
        }
    }

    /// <summary>What one analysis produced: the analyzers' diagnostics and every failure (exception, AD0001, time-out).</summary>
    internal sealed class AnalysisOutcome
    {
        public AnalysisOutcome(CSharpCompilation compilation, ImmutableArray<Diagnostic> diagnostics, IReadOnlyList<string> failures)
        {
            Compilation = compilation;
            Diagnostics = diagnostics;
            Failures = failures;
        }

        public CSharpCompilation Compilation { get; }

        public ImmutableArray<Diagnostic> Diagnostics { get; }

        public IReadOnlyList<string> Failures { get; }
    }

    /// <summary>Runs every discovered analyzer (and code fix) over an input, recording instead of throwing.</summary>
    internal static class AnalysisRunner
    {
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

        public static async Task<AnalysisOutcome> AnalyzeAsync(
            IReadOnlyList<SyntaxTree> trees,
            ImmutableArray<AdditionalText> additionalFiles = default,
            AnalyzerConfigOptionsProvider? options = null,
            bool concurrent = false)
        {
            var compilation = RobustnessHost.EmptyCompilation.AddSyntaxTrees(trees);
            var failures = new ConcurrentQueue<string>();
            var analyzerOptions = new AnalyzerOptions(additionalFiles.IsDefault ? ImmutableArray<AdditionalText>.Empty : additionalFiles, options ?? new FixedOptionsProvider(new Dictionary<string, string>()));
            var withAnalyzers = compilation.WithAnalyzers(
                RobustnessHost.Analyzers,
                new CompilationWithAnalyzersOptions(
                    analyzerOptions,
                    (exception, analyzer, diagnostic) => failures.Enqueue($"{analyzer.GetType().Name} threw {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}"),
                    concurrentAnalysis: concurrent,
                    logAnalyzerExecutionTime: false,
                    reportSuppressedDiagnostics: false));

            using var cancellation = new CancellationTokenSource(Timeout);
            ImmutableArray<Diagnostic> diagnostics;
            try
            {
                diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellation.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                failures.Enqueue($"analysis did not finish in {Timeout.TotalSeconds:F0} s (hang or runaway)");
                diagnostics = ImmutableArray<Diagnostic>.Empty;
            }
            catch (Exception exception)
            {
                failures.Enqueue($"analysis threw {exception}");
                diagnostics = ImmutableArray<Diagnostic>.Empty;
            }

            foreach (var ad0001 in diagnostics.Where(d => d.Id == "AD0001"))
            {
                failures.Enqueue("AD0001: " + ad0001.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            }

            return new AnalysisOutcome(compilation, diagnostics.Where(d => d.Id != "AD0001").ToImmutableArray(), failures.ToList());
        }

        /// <summary>
        /// Runs every code fix provider that supports each diagnostic and applies every action it offers: nothing may throw, and
        /// each changed document must parse with no more syntax errors than the input. Returns the failures and the number of
        /// actions applied.
        /// </summary>
        public static async Task<(List<string> Failures, int Applied)> FixAllAsync(string source, ImmutableArray<Diagnostic> diagnostics, int maxDiagnostics)
        {
            var failures = new List<string>();
            var applied = 0;
            if (RobustnessHost.CodeFixProviders.IsEmpty || diagnostics.IsEmpty)
            {
                return (failures, applied);
            }

            using var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var documentId = DocumentId.CreateNewId(projectId);
            var solution = workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Robustness", "Robustness", LanguageNames.CSharp, compilationOptions: RobustnessHost.CompilationOptions, parseOptions: RobustnessHost.ParseOptions, metadataReferences: RobustnessHost.References))
                .AddDocument(documentId, "Test0.cs", SourceText.From(source, Encoding.UTF8), filePath: "/0/Test0.cs");
            var document = solution.GetDocument(documentId)!;
            var tree = (await document.GetSyntaxTreeAsync().ConfigureAwait(false))!;
            var errorsBefore = SyntaxErrors(tree);

            foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource).Take(maxDiagnostics))
            {
                // The diagnostic was computed on an equal tree; re-home its location on the document's tree.
                var located = Diagnostic.Create(diagnostic.Descriptor, Location.Create(tree, diagnostic.Location.SourceSpan), diagnostic.Properties, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var provider in RobustnessHost.CodeFixProviders.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    var actions = new List<CodeAction>();
                    try
                    {
                        var context = new CodeFixContext(document, located, (action, _) => actions.Add(action), CancellationToken.None);
                        await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                    }
                    catch (Exception exception)
                    {
                        failures.Add($"{provider.GetType().Name}.RegisterCodeFixesAsync threw on {diagnostic.Id} at {diagnostic.Location.SourceSpan}: {exception}");
                        continue;
                    }

                    foreach (var action in Flatten(actions))
                    {
                        try
                        {
                            foreach (var operation in await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false))
                            {
                                if (!(operation is ApplyChangesOperation change))
                                {
                                    continue;
                                }

                                applied++;
                                var changed = change.ChangedSolution.GetDocument(documentId);
                                var changedTree = changed is null ? null : await changed.GetSyntaxTreeAsync().ConfigureAwait(false);
                                if (changedTree is null)
                                {
                                    failures.Add($"{provider.GetType().Name} '{action.Title}' on {diagnostic.Id}: the changed solution has no parsable document");
                                }
                                else if (SyntaxErrors(changedTree) > errorsBefore)
                                {
                                    failures.Add($"{provider.GetType().Name} '{action.Title}' on {diagnostic.Id}: {SyntaxErrors(changedTree)} syntax errors after the fix, {errorsBefore} before:\n{(await changedTree.GetTextAsync().ConfigureAwait(false))}");
                                }
                            }
                        }
                        catch (Exception exception)
                        {
                            failures.Add($"{provider.GetType().Name} '{action.Title}' on {diagnostic.Id} threw: {exception}");
                        }
                    }
                }
            }

            return (failures, applied);
        }

        public static int SyntaxErrors(SyntaxTree tree) => tree.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);

        /// <summary>The actions and, for a group, its nested actions (NestedCodeActions is not public in every Roslyn version).</summary>
        private static IEnumerable<CodeAction> Flatten(IEnumerable<CodeAction> actions)
        {
            foreach (var action in actions)
            {
                var nested = typeof(CodeAction).GetProperty("NestedCodeActions", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)?.GetValue(action);
                if (nested is ImmutableArray<CodeAction> children && !children.IsDefaultOrEmpty)
                {
                    foreach (var child in Flatten(children))
                    {
                        yield return child;
                    }
                }
                else
                {
                    yield return action;
                }
            }
        }
    }
}
