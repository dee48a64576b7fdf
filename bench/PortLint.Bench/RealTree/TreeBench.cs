using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PortLint.Bench.Analyzers;
using PortLint.Bench.Profiling;

namespace PortLint.Bench.RealTree
{
    /// <summary>Runs of two analyzer sets, alternated (A B A B …) after warm-up, on fresh compilations of a tree.</summary>
    internal sealed record Comparison(string BaselineName, string MeasuredName, IReadOnlyList<TreeRun> Baseline, IReadOnlyList<TreeRun> Measured)
    {
        public double BaselineCpuMs => SetResult.Median(Baseline.Select(r => r.CpuMs));

        public double MeasuredCpuMs => SetResult.Median(Measured.Select(r => r.CpuMs));

        /// <summary>Median of the measured set's CPU minus median of the baseline's.</summary>
        public double DifferenceMs => MeasuredCpuMs - BaselineCpuMs;

        /// <summary>The difference as a share of the baseline's CPU (the compile CPU).</summary>
        public double DifferencePercent => 100 * DifferenceMs / BaselineCpuMs;

        /// <summary>Median of the pairwise differences (run i of the measured set minus run i of the baseline).</summary>
        public double PairedDifferenceMs => SetResult.Median(Measured.Zip(Baseline, (m, b) => m.CpuMs - b.CpuMs));

        public double PortLintCpuMs => SetResult.Median(Measured.Select(r => r.PortLintCpuMs));

        public static (double Min, double Max) Spread(IEnumerable<TreeRun> runs) => (runs.Min(r => r.CpuMs), runs.Max(r => r.CpuMs));
    }

    /// <summary>The figures of one tree.</summary>
    internal sealed class TreeResult
    {
        public TreeResult(TreeCompilations tree) => Tree = tree;

        public TreeCompilations Tree { get; }

        /// <summary>Part 1: one run of every SDK rule enabled + PortLint, with the driver's telemetry.</summary>
        public TreeRun? AllRules { get; set; }

        public ImmutableArray<DiagnosticAnalyzer> SdkAnalyzers { get; set; }

        /// <summary>Part 2: no-op semantic-model analyzer vs PortLint.</summary>
        public Comparison? Isolated { get; set; }

        /// <summary>Part 3: SDK analyzers at the build's default vs the same + PortLint.</summary>
        public Comparison? BesideSdkDefault { get; set; }

        public int SdkDefaultRunning { get; set; }

        public string SdkDefaultGlobalConfig { get; set; } = "";

        public double Seconds { get; set; }

        /// <summary>The machine's load average (1, 5, 15 min) before and after the tree: other processes make the CPU figures noisy.</summary>
        public string LoadAverage { get; set; } = "";

        /// <summary>Errors of <c>Compilation.GetDiagnostics()</c> over the tree's projects (one compile, which also warms the compiler up).</summary>
        public int CompilerErrors { get; set; }

        /// <summary>PortLint's analyzers as part [1] ran them: unwrapped, as a build runs them (the CPU timer inflates the telemetry).</summary>
        public ImmutableArray<DiagnosticAnalyzer> TelemetryAnalyzers { get; set; } = ImmutableArray<DiagnosticAnalyzer>.Empty;

        public TimeSpan PortLintExecution => AllRules is null ? TimeSpan.Zero : TelemetryAnalyzers.Aggregate(TimeSpan.Zero, (sum, a) => sum + AllRules.ExecutionTime.GetValueOrDefault(a));

        /// <summary>Part 1 again with PortLint's callbacks CPU-timed: the split by callback, and the telemetry the timer inflates.</summary>
        public TreeRun? AllRulesTimed { get; set; }

        /// <summary>SDK analyzers with their telemetry, dearest first.</summary>
        public IReadOnlyList<(string Name, TimeSpan Time)> SdkByTime => AllRules is null
            ? Array.Empty<(string, TimeSpan)>()
            : SdkAnalyzers.Select(a => (TreeRun.Name(a), AllRules.ExecutionTime.GetValueOrDefault(a))).OrderByDescending(x => x.Item2).ToList();

        /// <summary>Every run's exceptions, once each.</summary>
        public IReadOnlyList<string> Exceptions => Runs().SelectMany(r => r.Exceptions).Distinct(StringComparer.Ordinal).ToList();

        public IReadOnlyList<string> PortLintDiagnostics => (Isolated?.Measured.LastOrDefault() ?? AllRules)?.PortLintDiagnostics ?? new List<string>();

        /// <summary>Whether every run that had PortLint found the same diagnostics.</summary>
        public bool PortLintDiagnosticsStable => Runs().Where(HasPortLint).Select(r => string.Join("\n", r.PortLintDiagnostics)).Distinct().Count() <= 1;

        private bool HasPortLint(TreeRun run) => run == AllRules || run == AllRulesTimed || (Isolated?.Measured.Contains(run) ?? false) || (BesideSdkDefault?.Measured.Contains(run) ?? false);

        private IEnumerable<TreeRun> Runs()
            => new[] { AllRules, AllRulesTimed }.Where(r => r != null).Select(r => r!)
                .Concat(Isolated is null ? Enumerable.Empty<TreeRun>() : Isolated.Baseline.Concat(Isolated.Measured))
                .Concat(BesideSdkDefault is null ? Enumerable.Empty<TreeRun>() : BesideSdkDefault.Baseline.Concat(BesideSdkDefault.Measured));
    }

    /// <summary>
    /// The real-tree mode: PortLint on the projects of a real source tree, (1) ranked by the driver's telemetry among the
    /// SDK's analyzers with every rule enabled, (2) its marginal process CPU against a no-op semantic-model analyzer, and
    /// (3) its marginal process CPU beside the SDK's analyzers at the build's default configuration.
    /// </summary>
    internal static class TreeBench
    {
        private const int WarmupLines = 8000;

        public static async Task<TreeResult> MeasureAsync(TreeCompilations tree, Func<ImmutableArray<DiagnosticAnalyzer>> portLintFactory, int warmup, int iterations, bool sdkDefault, Action<string> log, bool comparisons = true)
        {
            var total = Stopwatch.StartNew();
            var result = new TreeResult(tree);
            var none = ImmutableDictionary<string, ReportDiagnostic>.Empty;
            result.CompilerErrors = tree.CreateCompilations().Sum(c => c.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error));
            log(FormattableString.Invariant($"  compiler errors: {result.CompilerErrors:N0} ({total.Elapsed.TotalSeconds:F0} s)"));

            var portLint = Timed(portLintFactory());
            var noOp = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptySemanticModelAnalyzer());
            if (comparisons)
            {
                log("  [2] PortLint vs a no-op semantic-model analyzer, alternated");
                result.Isolated = await CompareAsync(tree, "no-op semantic-model", noOp, ImmutableArray<CpuTimedAnalyzer>.Empty,
                    "PortLint", portLint.CastArray<DiagnosticAnalyzer>(), portLint, none, warmup, iterations, log).ConfigureAwait(false);
            }

            if (sdkDefault && comparisons)
            {
                var sdk = SdkAnalyzers.Create();
                var options = SdkAnalyzers.BuildDefault(sdk, out var globalConfig);
                result.SdkDefaultGlobalConfig = globalConfig;
                result.SdkDefaultRunning = sdk.Count(a => a.SupportedDiagnostics.Any(d => !options.TryGetValue(d.Id, out var o) ? d.IsEnabledByDefault : o != ReportDiagnostic.Suppress));
                log($"  [3] SDK analyzers at the build's default ({result.SdkDefaultRunning} of {sdk.Length} have a rule on) vs the same + PortLint, alternated");
                result.BesideSdkDefault = await CompareAsync(tree, "SDK-default", sdk, ImmutableArray<CpuTimedAnalyzer>.Empty,
                    "SDK-default+PortLint", sdk.AddRange(portLint), portLint, options, warmup, iterations, log).ConfigureAwait(false);
            }

            var all = SdkAnalyzers.Create();
            result.SdkAnalyzers = all;
            var allRules = SdkAnalyzers.AllRulesEnabled(all);
            // The warm-up of [1] (JIT of the SDK's rules) runs on the first projects only, up to WarmupLines lines, after [2] and
            // [3] (whose runs JIT PortLint and the compiler): a full run with every rule on costs about a second per thousand
            // lines on 2 cores. Without them (--telemetry-only) it runs on the whole tree.
            var warmupTree = comparisons ? tree.Prefix(WarmupLines) : tree;
            log($"  [1] every rule of the {all.Length} SDK analyzers enabled + PortLint, telemetry ({warmup} warm-up on {warmupTree.Projects.Count} project(s), {warmupTree.Lines:N0} lines, then {iterations} runs, each followed by one with PortLint CPU-timed)");
            // PortLint as a build runs it (unwrapped), alternated with PortLint CPU-timed (the split by callback), after the
            // warm-up: the first full run of a process JIT-compiles PortLint's and the SDK analyzers' code and doubles the
            // telemetry of everything. The driver's floor in the same runs: analyzers whose action does nothing.
            var raw = portLintFactory();
            result.TelemetryAnalyzers = raw;
            var floor = new EmptySemanticModelAnalyzer();
            var startFloor = new EmptyCompilationStartAnalyzer();
            var rawRuns = new List<TreeRun>();
            for (var i = -warmup; i < iterations; i++)
            {
                var run = await TreeRun.RunAsync(i < 0 ? warmupTree : tree, all.AddRange(raw).Add(floor).Add(startFloor), ImmutableArray<CpuTimedAnalyzer>.Empty, allRules, telemetry: true, diagnosticsOf: raw).ConfigureAwait(false);
                var dearer = all.Count(a => run.ExecutionTime.GetValueOrDefault(a).TotalMilliseconds > Telemetry(raw, run));
                log(FormattableString.Invariant($"    {(i < 0 ? "warm-up" : $"run {i + 1}/{iterations}")}: wall {run.WallMs:F0} ms, cpu {run.CpuMs:F0} ms, PortLint telemetry {Telemetry(raw, run):F1} ms = {100 * Telemetry(raw, run) / run.WallMs:F2} % of the wall, {dearer} of {all.Length} SDK analyzers dearer ({string.Join(", ", raw.Select(a => $"{a.GetType().Name} {run.ExecutionTime.GetValueOrDefault(a).TotalMilliseconds:F1} ms"))}); the driver's floor: a no-op semantic-model analyzer {run.ExecutionTime.GetValueOrDefault(floor).TotalMilliseconds:F1} ms, a no-op compilation-start analyzer {run.ExecutionTime.GetValueOrDefault(startFloor).TotalMilliseconds:F1} ms"));
                if (i < 0)
                {
                    continue;
                }

                rawRuns.Add(run);
                var timed = await TreeRun.RunAsync(tree, all.AddRange(portLint), portLint, allRules, telemetry: true).ConfigureAwait(false);
                log(FormattableString.Invariant($"      the same with PortLint's callbacks timed: wall {timed.WallMs:F0} ms, PortLint telemetry {Telemetry(portLint.CastArray<DiagnosticAnalyzer>(), timed):F1} ms, thread CPU {timed.PortLintCpuMs:F1} ms; by callback (wall / thread CPU / calls): {string.Join(", ", portLint.SelectMany(a => a.ByKind.Select(k => $"{a.Inner.GetType().Name}.{k.Key} {k.Value.WallTicks * 1000.0 / System.Diagnostics.Stopwatch.Frequency:F1} / {k.Value.CpuNanoseconds / 1e6:F1} ms / {k.Value.Calls}")))}"));
                result.AllRulesTimed = timed;
            }

            // The run of median share of the wall stands for part [1] (its rank among the SDK analyzers is that run's): as the
            // process warms up, every analyzer gets faster and the wall shrinks, so the share, not the time, is compared.
            result.AllRules = rawRuns.OrderBy(r => Telemetry(raw, r) / r.WallMs).ElementAt(rawRuns.Count / 2);

            result.Seconds = total.Elapsed.TotalSeconds;
            return result;
        }

        private static async Task<Comparison> CompareAsync(TreeCompilations tree,
            string baselineName, ImmutableArray<DiagnosticAnalyzer> baseline, ImmutableArray<CpuTimedAnalyzer> baselineTimed,
            string measuredName, ImmutableArray<DiagnosticAnalyzer> measured, ImmutableArray<CpuTimedAnalyzer> measuredTimed,
            ImmutableDictionary<string, ReportDiagnostic> options, int warmup, int iterations, Action<string> log)
        {
            var baselineRuns = new List<TreeRun>();
            var measuredRuns = new List<TreeRun>();
            for (var iteration = -warmup; iteration < iterations; iteration++)
            {
                var a = await TreeRun.RunAsync(tree, baseline, baselineTimed, options, telemetry: false).ConfigureAwait(false);
                var b = await TreeRun.RunAsync(tree, measured, measuredTimed, options, telemetry: false).ConfigureAwait(false);
                log(FormattableString.Invariant(
                    $"    {(iteration < 0 ? "warm-up" : $"run {iteration + 1}/{iterations}")}: {baselineName} cpu {a.CpuMs:F0} ms (wall {a.WallMs:F0}), {measuredName} cpu {b.CpuMs:F0} ms (wall {b.WallMs:F0}, PortLint thread cpu {b.PortLintCpuMs:F1} ms), difference {b.CpuMs - a.CpuMs:F0} ms"));
                if (iteration >= 0)
                {
                    baselineRuns.Add(a);
                    measuredRuns.Add(b);
                }
            }

            return new Comparison(baselineName, measuredName, baselineRuns, measuredRuns);
        }

        private static double Telemetry(ImmutableArray<DiagnosticAnalyzer> analyzers, TreeRun run)
            => analyzers.Aggregate(TimeSpan.Zero, (sum, a) => sum + run.ExecutionTime.GetValueOrDefault(a)).TotalMilliseconds;

        private static ImmutableArray<CpuTimedAnalyzer> Timed(ImmutableArray<DiagnosticAnalyzer> analyzers)
            => analyzers.Select(a => a as CpuTimedAnalyzer ?? new CpuTimedAnalyzer(a)).ToImmutableArray();
    }
}
