using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PortLint.Analyzers;
using PortLint.Bench.Profiling;
using PortLint.Binding;
using PortLint.Options;

namespace PortLint.Bench.RealTree
{
    /// <summary>
    /// <c>--tree FOLDER --profile</c>: where PortLint's time goes on a real tree. Per project, on fresh compilations: the files that
    /// pass the text check, the candidate sites by shape and name, and the thread CPU of the semantic question each shape asks
    /// (the first question in a member binds it whole).
    /// </summary>
    internal static class TreeProfile
    {
        private static readonly AnalyzerOptions NoOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);

        public static void Run(TreeCompilations tree, Action<string> log) => Run(tree.CreateCompilations(), log, tree);

        /// <summary>The same breakdown over any compilations (a generated corpus: <c>--profile</c> on a corpus prints it too).</summary>
        public static void Run(IReadOnlyList<Microsoft.CodeAnalysis.CSharp.CSharpCompilation> compilations, Action<string> log, TreeCompilations? tree = null)
        {
            var files = 0;
            var passed = 0;
            var candidates = new Dictionary<string, (int Count, double Ms, int Semantic)>(StringComparer.Ordinal);
            double findLibrariesMs = 0, testFrameworksMs = 0, textMs = 0, findMs = 0, analyzeMs = 0, createMs = 0, indexMs = 0, symbolsMs = 0, flowMs = 0;
            var derived = 0;
            var anchorCount = 0;
            var flowSites = new Dictionary<string, int>(StringComparer.Ordinal);
            PortLint.Flow.FlowSummaryBuilder.OnSemanticSite = site =>
            {
                flowSites[Key(site)] = flowSites.TryGetValue(Key(site), out var n) ? n + 1 : 1;
                if (Environment.GetEnvironmentVariable("PORTLINT_PROFILE_FLOW") == "1")
                {
                    log("       flow site: " + site.ToString().Replace("\n", " ") + "   @ " + site.SyntaxTree.FilePath);
                }
            };
            foreach (var compilation in compilations)
            {
                compilation.GetDiagnostics();
                var t = ThreadCpu.Nanoseconds();
                var analysis = BindingSiteAnalysis.Create(compilation, NoOptions.AnalyzerConfigOptionsProvider);
                createMs += (ThreadCpu.Nanoseconds() - t) / 1e6;
                t = ThreadCpu.Nanoseconds();
                PortLint.Catalog.ReferencedLibraries.Find(compilation);
                findLibrariesMs += (ThreadCpu.Nanoseconds() - t) / 1e6;
                t = ThreadCpu.Nanoseconds();
                PortLint.Rules.TestFrameworks.AreReferencedBy(compilation);
                testFrameworksMs += (ThreadCpu.Nanoseconds() - t) / 1e6;
                if (analysis is null)
                {
                    continue;
                }

                t = ThreadCpu.Nanoseconds();
                var index = analysis.IndexFor(PortLintOptions.Default);
                indexMs += (ThreadCpu.Nanoseconds() - t) / 1e6;
                t = ThreadCpu.Nanoseconds();
                var symbols = analysis.SymbolsFor(PortLintOptions.Default);
                symbolsMs += (ThreadCpu.Nanoseconds() - t) / 1e6;
                t = ThreadCpu.Nanoseconds();
                var flow = analysis.FlowFor(PortLintOptions.Default, CancellationToken.None);
                flowMs += (ThreadCpu.Nanoseconds() - t) / 1e6;
                derived += flow.Count;
                foreach (var syntaxTree in compilation.SyntaxTrees)
                {
                    files++;
                    var content = syntaxTree.GetText().ToString();
                    var start = ThreadCpu.Nanoseconds();
                    var pass = index.PassesTextCheck(content);
                    textMs += (ThreadCpu.Nanoseconds() - start) / 1e6;
                    if (!pass)
                    {
                        continue;
                    }

                    passed++;
                    var occurrences = new List<int>();
                    index.Anchors.AddOccurrences(content, occurrences);
                    anchorCount += occurrences.Count;
                    var found = new List<SyntaxNode>();
                    start = ThreadCpu.Nanoseconds();
                    BindingSiteAnalysis.FindCandidates(syntaxTree.GetRoot(), content, index, null, found);
                    findMs += (ThreadCpu.Nanoseconds() - start) / 1e6;
                    var model = compilation.GetSemanticModel(syntaxTree);
                    var context = new SiteContext(model, _ => { }, CancellationToken.None, index, symbols, PortLintOptions.Default);
                    foreach (var candidate in found)
                    {
                        if (Environment.GetEnvironmentVariable("PORTLINT_PROFILE_LOOKUP") == Key(candidate) && candidate is InvocationExpressionSyntax lookedUp)
                        {
                            var t0 = ThreadCpu.Nanoseconds();
                            var arg = lookedUp.ArgumentList.Arguments[0].Expression;
                            var symbolsFound = model.LookupSymbols(arg.SpanStart, name: arg.ToString());
                            var t1 = ThreadCpu.Nanoseconds();
                            log(FormattableString.Invariant($"       lookup {arg} -> {string.Join(",", symbolsFound.Select(x => x.Kind + ":" + x))} {(t1 - t0) / 1e6:F2} ms"));
                        }

                        start = ThreadCpu.Nanoseconds();
                        analysis.AnalyzeCandidate(context, candidate);
                        var ms = (ThreadCpu.Nanoseconds() - start) / 1e6;
                        analyzeMs += ms;
                        var key = Key(candidate);
                        if (Environment.GetEnvironmentVariable("PORTLINT_PROFILE_SHOW") == key)
                        {
                            var line = candidate.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                            log(FormattableString.Invariant($"       {ms,7:F2} ms  {candidate.ToString().Replace("\n", " ")}   @ {syntaxTree.FilePath}:{line}"));
                        }

                        candidates.TryGetValue(key, out var sum);
                        candidates[key] = (sum.Count + 1, sum.Ms + ms, sum.Semantic + (analysis.MayCarryValue(context, candidate) ? 1 : 0));
                    }
                }
            }

            // The text check again, warm: five passes over every file with its compilation's index (the figure above is one pass,
            // with the first file of each index cold).
            var checks = compilations
                .Select(c => (Analysis: BindingSiteAnalysis.Create(c, NoOptions.AnalyzerConfigOptionsProvider), Compilation: c))
                .Where(p => p.Analysis != null)
                .SelectMany(p => p.Compilation.SyntaxTrees.Select(t => (Index: p.Analysis!.IndexFor(PortLintOptions.Default), Content: t.GetText().ToString())))
                .ToList();
            var passing = 0;
            var textRuns = new List<double>();
            for (var pass = 0; pass < 7; pass++)
            {
                var textStart = ThreadCpu.Nanoseconds();
                passing = 0;
                foreach (var (index, content) in checks)
                {
                    passing += index.PassesTextCheck(content) ? 1 : 0;
                }

                textRuns.Add((ThreadCpu.Nanoseconds() - textStart) / 1e6);
            }

            log(FormattableString.Invariant($"   profile: text check, warm: {textRuns.Min():F2} ms at best of 7 passes (median {textRuns.OrderBy(x => x).ElementAt(3):F2}) over {checks.Count:N0} files ({checks.Sum(c => (long)c.Content.Length):N0} characters), {passing:N0} pass"));
            foreach (var group in checks.GroupBy(c => c.Index))
            {
                var groupStart = ThreadCpu.Nanoseconds();
                var groupPassing = group.Count(c => c.Index.PassesTextCheck(c.Content));
                log(FormattableString.Invariant($"     {group.Count(),5:N0} files: {(ThreadCpu.Nanoseconds() - groupStart) / 1e6:F2} ms ({groupPassing:N0} pass); {group.Key.TextWords.Words.Length} words: {string.Join(" ", group.Key.TextWords.Words)}"));
            }

            // The candidate search again, warm: five passes over the files that pass the text check, and the anchors' occurrences
            // by word (each one the text lets through costs a FindToken).
            var passingFiles = compilations
                .Select(c => (Analysis: BindingSiteAnalysis.Create(c, NoOptions.AnalyzerConfigOptionsProvider), Compilation: c))
                .Where(p => p.Analysis != null)
                .SelectMany(p => p.Compilation.SyntaxTrees.Select(t => (Index: p.Analysis!.IndexFor(PortLintOptions.Default), Tree: t, Content: t.GetText().ToString())))
                .Where(f => f.Index.PassesTextCheck(f.Content))
                .ToList();
            var scratch = new List<SyntaxNode>();
            var searchRuns = new List<double>();
            for (var pass = 0; pass < 7; pass++)
            {
                var searchStart = ThreadCpu.Nanoseconds();
                foreach (var (index, syntaxTree, content) in passingFiles)
                {
                    scratch.Clear();
                    BindingSiteAnalysis.FindCandidates(syntaxTree.GetRoot(), content, index, null, scratch);
                }

                searchRuns.Add((ThreadCpu.Nanoseconds() - searchStart) / 1e6);
            }

            var searchMs = searchRuns.Min();
            var byWord = new Dictionary<string, (int All, int Named)>(StringComparer.Ordinal);
            foreach (var (index, syntaxTree, content) in passingFiles)
            {
                foreach (var word in index.Anchors.Words)
                {
                    for (var at = content.IndexOf(word, StringComparison.Ordinal); at >= 0; at = content.IndexOf(word, at + 1, StringComparison.Ordinal))
                    {
                        byWord.TryGetValue(word, out var n);
                        byWord[word] = (n.All + 1, n.Named + (BindingSiteAnalysis.MayBeAnchor(content, at, index, null) ? 1 : 0));
                    }
                }
            }

            log(FormattableString.Invariant($"   profile: candidate search, warm: {searchMs:F2} ms at best of 7 passes (median {searchRuns.OrderBy(x => x).ElementAt(3):F2}) over {passingFiles.Count:N0} files; anchor occurrences (all / through the text's identifier check): {string.Join(", ", byWord.OrderByDescending(p => p.Value.Named).Take(12).Select(p => $"{p.Key} {p.Value.All}/{p.Value.Named}"))}"));
            var sample = compilations[0];
            var t2 = ThreadCpu.Nanoseconds();
            for (var i = 0; i < 100; i++)
            {
                PortLint.Catalog.ReferencedLibraries.Find(sample);
            }

            log(FormattableString.Invariant($"   profile: ReferencedLibraries.Find {(ThreadCpu.Nanoseconds() - t2) / 1e8:F3} ms per call ({sample.ExternalReferences.Length} references); analysis creation {(Measure(() => BindingSiteAnalysis.Create(sample, NoOptions.AnalyzerConfigOptionsProvider))):F3} ms"));
            var sampleFacts = PortLint.Catalog.CompilationFacts.Read(sample, CancellationToken.None);
            log(FormattableString.Invariant($"   profile: per compilation: compilation facts {Measure(() => PortLint.Catalog.CompilationFacts.Read(sample, CancellationToken.None)):F3} ms, sink index {Measure(() => PortLint.Catalog.SinkIndex.Create(PortLint.Catalog.SinkCatalog.BuiltIn, ImmutableArray<PortLint.Catalog.UserSink>.Empty, sampleFacts)):F3} ms ({sample.SyntaxTrees.Count()} trees)"));
            if (BindingSiteAnalysis.Create(sample, NoOptions.AnalyzerConfigOptionsProvider) is { } sampleAnalysis)
            {
                var sampleIndex = sampleAnalysis.IndexFor(PortLintOptions.Default);
                log($"   profile: the first compilation's text words ({sampleIndex.TextWords.Words.Length}): {string.Join(" ", sampleIndex.TextWords.Words)}");
                log($"   profile: the first compilation's anchors ({sampleIndex.Anchors.Words.Length}): {string.Join(" ", sampleIndex.Anchors.Words)}");
            }
            log(FormattableString.Invariant($"   profile: compilation start {createMs:F1} ms (again, warm: referenced libraries {findLibrariesMs:F1} ms, test frameworks {testFrameworksMs:F1} ms), index (with the compilation facts) {indexMs:F1} ms, symbols {symbolsMs:F1} ms"));
            log(FormattableString.Invariant($"   profile: derived sinks (the project's own methods whose parameters reach an API) {derived:N0} methods, summarized in {flowMs:F1} ms"));
            foreach (var pair in flowSites.OrderByDescending(p => p.Value).Take(15))
            {
                log(FormattableString.Invariant($"     flow site {pair.Key,-50} {pair.Value,6:N0}"));
            }

            log(FormattableString.Invariant($"   profile: {files:N0} files, {passed:N0} pass the text check ({anchorCount:N0} anchor occurrences); text check {textMs:F1} ms, candidate search {findMs:F1} ms, candidate analysis {analyzeMs:F1} ms (thread CPU)"));
            foreach (var pair in candidates.OrderByDescending(p => p.Value.Ms).Take(25))
            {
                log(FormattableString.Invariant($"     {pair.Key,-50} {pair.Value.Count,6:N0} candidates {pair.Value.Ms,9:F1} ms; {pair.Value.Semantic,6:N0} pass the syntax filters"));
            }
        }

        private static double Measure(Action action)
        {
            var t = ThreadCpu.Nanoseconds();
            for (var i = 0; i < 100; i++)
            {
                action();
            }

            return (ThreadCpu.Nanoseconds() - t) / 1e8;
        }

        private static string Key(SyntaxNode node) => node switch
        {
            InvocationExpressionSyntax invocation => "call " + (SiteSyntax.TryGetName(invocation.Expression, out _, out var name) ? name : "?"),
            ObjectCreationExpressionSyntax creation => "new " + SiteSyntax.RightmostName(creation.Type),
            ImplicitObjectCreationExpressionSyntax _ => "new(...)",
            AssignmentExpressionSyntax assignment => "assign " + (SiteSyntax.RightmostName(assignment.Left) ?? assignment.Left.Kind().ToString()),
            _ => node.GetType().Name,
        };
    }
}
