using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PortLint.Analyzers;
using PortLint.Binding;
using PortLint.Catalog;
using PortLint.Options;

namespace PortLint.Bench.Profiling
{
    /// <summary>
    /// Where PortLint's time goes on a corpus (<c>--profile</c>): each phase of <see cref="BindingSiteAnalysis.AnalyzeTree"/> run
    /// on its own, on one thread, over every tree of a compilation whose compiler diagnostics are already computed (the state
    /// the driver hands PortLint its semantic models in). Phases that touch no semantic model are repeated and averaged.
    /// </summary>
    internal static class PhaseProfile
    {
        private static readonly AnalyzerOptions NoOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);

        public static void Run(BenchCorpus corpus, int repetitions, Action<string> log)
        {
            var clock = new Stopwatch();
            clock.Start();
            for (var i = 0; i < 1_000_000; i++)
            {
                ThreadCpu.Nanoseconds();
            }

            log(FormattableString.Invariant($"  thread CPU clock: {clock.Elapsed.TotalMilliseconds:F0} ns per read"));
            foreach (var timed in DriverRuns(corpus, 2))
            {
                log(FormattableString.Invariant($"  in the driver: {timed.CpuMs:F1} ms CPU in callbacks, of which {timed.StartCpuMs:F1} ms in compilation start ({timed.Inner.GetType().Name})"));
            }

            var trees = Harness.Parse(corpus.Files);
            var compilation = Harness.Compile(corpus, trees);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            compilation.GetDiagnostics();
            var compileWallMs = wall.Elapsed.TotalMilliseconds;
            var compileCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
            log(FormattableString.Invariant($"  compiler GetDiagnostics: {compileWallMs:F0} ms wall, {compileCpuMs:F0} ms CPU (all threads)"));

            var contents = trees.Select(t => t.GetText().ToString()).ToArray();
            var index = NewAnalysis(compilation).IndexFor(PortLintOptions.Default);
            var words = new bool[trees.Length];
            var scanMs = Measure(repetitions, () =>
            {
                for (var i = 0; i < trees.Length; i++)
                {
                    var text = trees[i].GetText().ToString();
                    words[i] = index.PassesTextCheck(text);
                }
            });
            var withWords = words.Count(w => w);
            log(FormattableString.Invariant($"  text check: {scanMs:F2} ms per pass over {trees.Length:N0} files ({contents.Sum(c => (long)c.Length):N0} chars); {withWords:N0} files name a word"));

            var candidateCount = 0;
            var roots = trees.Select(t => t.GetRoot()).ToArray();
            var findMs = Measure(repetitions, () =>
            {
                candidateCount = 0;
                var candidates = new List<SyntaxNode>();
                for (var i = 0; i < trees.Length; i++)
                {
                    if (words[i])
                    {
                        candidates.Clear();
                        BindingSiteAnalysis.FindCandidates(roots[i], contents[i], index, null, candidates);
                        candidateCount += candidates.Count;
                    }
                }
            });
            var occurrencesMs = Measure(repetitions, () =>
            {
                var list = new List<int>();
                for (var i = 0; i < trees.Length; i++)
                {
                    if (words[i])
                    {
                        list.Clear();
                        index.Anchors.AddOccurrences(contents[i], list);
                    }
                }
            });
            log(FormattableString.Invariant($"  of which word occurrences (text): {occurrencesMs:F2} ms per pass"));
            var positions = new List<int>();
            var occurrences = 0;
            for (var i = 0; i < trees.Length; i++)
            {
                positions.Clear();
                if (words[i])
                {
                    index.Anchors.AddOccurrences(contents[i], positions);
                }

                occurrences += positions.Count;
            }

            log(FormattableString.Invariant($"  candidate search (syntax only): {findMs:F2} ms per pass; {occurrences:N0} word occurrences, {candidateCount:N0} candidates"));
            CandidateSearchStages(trees, roots, contents, words, index, repetitions, log);
            var fresh = new List<string>();
            for (var round = 0; round < 3; round++)
            {
                var freshTrees = Harness.Parse(corpus.Files);
                var freshRoots = freshTrees.Select(t => t.GetRoot()).ToArray();
                var freshContents = freshTrees.Select(t => t.GetText().ToString()).ToArray();
                var freshOccurrences = Measure(1, () =>
                {
                    var list = new List<int>();
                    for (var i = 0; i < freshTrees.Length; i++)
                    {
                        list.Clear();
                        index.Anchors.AddOccurrences(freshContents[i], list);
                    }
                });
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                var pausedBefore = GC.GetTotalPauseDuration();
                var collectionsBefore = GC.CollectionCount(0);
                var coldFindMs = Measure(1, () =>
                {
                    var found = new List<SyntaxNode>();
                    for (var i = 0; i < freshTrees.Length; i++)
                    {
                        found.Clear();
                        BindingSiteAnalysis.FindCandidates(freshRoots[i], freshContents[i], index, null, found);
                    }
                });
                fresh.Add(FormattableString.Invariant($"{coldFindMs:F1} (occurrences alone {freshOccurrences:F1}; {(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1e6:F1} MB allocated, {GC.CollectionCount(0) - collectionsBefore} GCs, {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:F1} ms paused)"));
            }

            log($"  candidate search over freshly parsed trees (red nodes not yet realized), 3 rounds: {string.Join(", ", fresh)} ms");

            // A first pass over another compilation of the same corpus compiles (JITs) PortLint's and the semantic model's code
            // paths, which a host has done long before its thousandth file.
            var jitCompilation = Harness.Compile(corpus, Harness.Parse(corpus.Files));
            var jitAnalysis = NewAnalysis(jitCompilation);
            foreach (var tree in jitCompilation.SyntaxTrees)
            {
                AnalyzeTree(jitAnalysis, jitCompilation.GetSemanticModel(tree), _ => { });
            }

            // The semantic model's share: GetOperation on every candidate of a fresh compilation (binds the members they sit in).
            var bindCompilation = Harness.Compile(corpus, Harness.Parse(corpus.Files));
            bindCompilation.GetDiagnostics();
            var bindTrees = bindCompilation.SyntaxTrees.ToArray();
            var bindCandidates = new List<SyntaxNode>();
            var bindMs = Measure(1, () =>
            {
                foreach (var tree in bindTrees)
                {
                    var text = tree.GetText().ToString();
                    if (!index.PassesTextCheck(text))
                    {
                        continue;
                    }

                    bindCandidates.Clear();
                    BindingSiteAnalysis.FindCandidates(tree.GetRoot(), text, index, null, bindCandidates);
                    var model = bindCompilation.GetSemanticModel(tree);
                    foreach (var candidate in bindCandidates)
                    {
                        model.GetOperation(candidate);
                    }
                }
            });
            log(FormattableString.Invariant($"  text check + candidate search + GetOperation per candidate, cold models: {bindMs:F1} ms CPU"));
            jitCompilation = null;
            bindCompilation = null;
            bindTrees = null;
            jitAnalysis = null;
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            var models = trees.Select(t => compilation.GetSemanticModel(t)).ToArray();
            var analysis = NewAnalysis(compilation);
            var diagnostics = 0;
            void AnalyzeAll()
            {
                diagnostics = 0;
                foreach (var model in models)
                {
                    AnalyzeTree(analysis, model, _ => diagnostics++);
                }
            }

            var pauseBefore = GC.GetTotalPauseDuration();
            var gcBefore = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
            var coldMs = Measure(1, AnalyzeAll);
            var coldPauseMs = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
            var coldCollections = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2) - gcBefore;
            var warmMs = Measure(repetitions, AnalyzeAll);
            log(FormattableString.Invariant($"  AnalyzeTree, cold semantic models: {coldMs:F1} ms CPU ({coldCollections} GCs, {coldPauseMs:F1} ms paused); warm: {warmMs:F1} ms CPU per pass; {diagnostics:N0} diagnostics"));
            log(FormattableString.Invariant($"  => cold {100 * coldMs / compileCpuMs:F3} % / warm {100 * warmMs / compileCpuMs:F3} % of the compiler's CPU time; text check alone {100 * scanMs / compileCpuMs:F3} %"));
        }

        /// <summary>
        /// The candidate search cut after each stage (occurrences, the text's anchor check, FindToken and the token's check,
        /// the ancestors' syntax check), warm, best of the repetitions: what each stage adds, and how many occurrences reach it.
        /// </summary>
        private static void CandidateSearchStages(IReadOnlyList<SyntaxTree> trees, SyntaxNode[] roots, string[] contents, bool[] words, SinkIndex index, int repetitions, Action<string> log)
        {
            var counts = new int[4];
            var allocated = new double[4];
            double Stage(int stage)
            {
                var best = double.MaxValue;
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var r = 0; r < Math.Max(3, repetitions); r++)
                {
                    Array.Clear(counts);
                    var positions = new List<int>();
                    var seen = new HashSet<SyntaxNode>();
                    var ms = Measure(1, () =>
                    {
                        for (var i = 0; i < trees.Count; i++)
                        {
                            if (!words[i])
                            {
                                continue;
                            }

                            positions.Clear();
                            index.Anchors.AddOccurrences(contents[i], positions);
                            counts[0] += positions.Count;
                            if (stage == 0)
                            {
                                continue;
                            }

                            foreach (var position in positions)
                            {
                                if (!BindingSiteAnalysis.MayBeAnchor(contents[i], position, index, null))
                                {
                                    continue;
                                }

                                counts[1]++;
                                if (stage == 1)
                                {
                                    continue;
                                }

                                var token = roots[i].FindToken(position);
                                if (!BindingSiteAnalysis.IsAnchor(token, position, index, null))
                                {
                                    continue;
                                }

                                counts[2]++;
                                if (stage == 2)
                                {
                                    continue;
                                }

                                seen.Clear();
                                BindingSiteAnalysis.AddCandidatesAbove(token, index, null, null, seen, null);
                                counts[3] += seen.Count;
                            }
                        }
                    });
                    best = Math.Min(best, ms);
                }

                allocated[stage] = (GC.GetAllocatedBytesForCurrentThread() - before) / 1e6 / Math.Max(3, repetitions);
                return best;
            }

            var occurrencesOnly = Stage(0);
            var textCheck = Stage(1);
            var tokens = Stage(2);
            var all = Stage(3);
            log(FormattableString.Invariant($"  candidate search by stage, warm best of {Math.Max(3, repetitions)}: occurrences {occurrencesOnly:F2} ms ({counts[0]:N0}), + text anchor check {textCheck - occurrencesOnly:F2} ms ({counts[1]:N0} pass), + FindToken and token check {tokens - textCheck:F2} ms ({counts[2]:N0} pass), + ancestors' syntax check {all - tokens:F2} ms ({counts[3]:N0} candidates); allocated per pass, cumulative: {allocated[0]:F1}, {allocated[1]:F1}, {allocated[2]:F1}, {allocated[3]:F1} MB"));
        }

        /// <summary>
        /// PortLint alone in the driver on fresh compilations, <paramref name="warmup"/> runs unreported then
        /// <paramref name="runs"/> reported: its thread CPU in callbacks per run and the median, for a quick before/after.
        /// </summary>
        public static void DriverOnly(BenchCorpus corpus, int warmup, int runs, Action<string> log)
        {
            var portLint = new List<double>();
            var allocated = new List<double>();
            for (var run = 0; run < warmup + runs; run++)
            {
                var timed = DriverRuns(corpus, 1).First(a => a.Inner is FixedServerPortAnalyzer);
                if (run >= warmup)
                {
                    portLint.Add(timed.CpuMs);
                    allocated.Add(timed.AllocatedBytes / 1e6);
                    log(FormattableString.Invariant($"  run {run - warmup + 1}: FixedServerPortAnalyzer {timed.CpuMs:F1} ms CPU in callbacks, {timed.AllocatedBytes / 1e6:F1} MB allocated there"));
                }
            }

            portLint.Sort();
            allocated.Sort();
            log(FormattableString.Invariant($"  median {portLint[portLint.Count / 2]:F1} ms (min {portLint[0]:F1}, max {portLint[^1]:F1}); allocated: median {allocated[allocated.Count / 2]:F1} MB"));
        }

        private static BindingSiteAnalysis NewAnalysis(Compilation compilation)
            => BindingSiteAnalysis.Create(compilation, NoOptions.AnalyzerConfigOptionsProvider)!;

        /// <summary>One tree through the shipped <see cref="BindingSiteAnalysis.AnalyzeTree"/>, outside the driver.</summary>
        private static void AnalyzeTree(BindingSiteAnalysis analysis, SemanticModel model, Action<Diagnostic> report)
        {
#pragma warning disable CS0618 // The public constructor is obsolete for analyzer hosts; the profile calls one phase directly.
            analysis.AnalyzeTree(new SemanticModelAnalysisContext(model, NoOptions, report, _ => true, CancellationToken.None));
#pragma warning restore CS0618
        }

        /// <summary>PortLint's analyzers in the analyzer driver, on fresh compilations; the timers of the last run.</summary>
        private static IEnumerable<CpuTimedAnalyzer> DriverRuns(BenchCorpus corpus, int runs)
        {
            var analyzers = typeof(FixedServerPortAnalyzer).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) != null)
                .Select(t => new CpuTimedAnalyzer((DiagnosticAnalyzer)Activator.CreateInstance(t)!))
                .Append(new CpuTimedAnalyzer(new TextCheckOnlyAnalyzer()))
                .ToImmutableArray();
            for (var run = 0; run < runs; run++)
            {
                foreach (var analyzer in analyzers)
                {
                    analyzer.Reset();
                }

                var compilation = Harness.Compile(corpus, Harness.Parse(corpus.Files));
                compilation.WithAnalyzers(analyzers.CastArray<DiagnosticAnalyzer>()).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            }

            return analyzers;
        }

        /// <summary>Thread CPU milliseconds per repetition (wall time where the thread clock is not available).</summary>
        private static double Measure(int repetitions, Action action)
        {
            var wall = Stopwatch.StartNew();
            var before = ThreadCpu.Nanoseconds();
            for (var i = 0; i < repetitions; i++)
            {
                action();
            }

            return ThreadCpu.IsSupported ? (ThreadCpu.Nanoseconds() - before) / 1e6 / repetitions : wall.Elapsed.TotalMilliseconds / repetitions;
        }
    

        /// <summary>Only PortLint's per-file text check, as a semantic-model action: its cost in the driver, beside the compiler's threads.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class TextCheckOnlyAnalyzer : DiagnosticAnalyzer
        {
            public static int Found;

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(new DiagnosticDescriptor("TXT001", "t", "t", "t", DiagnosticSeverity.Warning, true));

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterCompilationStartAction(start =>
                {
                    if (!(BindingSiteAnalysis.Create(start.Compilation, start.Options.AnalyzerConfigOptionsProvider) is { } analysis))
                    {
                        return;
                    }

                    var index = analysis.IndexFor(PortLintOptions.Default);
                    start.RegisterSemanticModelAction(c =>
                    {
                        var text = c.SemanticModel.SyntaxTree.GetText(c.CancellationToken).ToString();
                        if (index.PassesTextCheck(text))
                        {
                            Interlocked.Increment(ref Found);
                        }
                    });
                });
            }
        }
    }
}
