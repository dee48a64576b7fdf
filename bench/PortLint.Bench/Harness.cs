using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PortLint.Bench.Corpus;

namespace PortLint.Bench
{
    /// <summary>A set of analyzers measured together; <see cref="Analyzers"/> empty means the compiler alone (GetDiagnostics).</summary>
    internal sealed record AnalyzerSet(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers, ImmutableArray<DiagnosticAnalyzer> Companions = default)
    {
        public bool IsCompilerOnly => Analyzers.IsEmpty;

        /// <summary>The analyzers and the companions that run beside them (whose time and diagnostics are not counted).</summary>
        public ImmutableArray<DiagnosticAnalyzer> All => Companions.IsDefaultOrEmpty ? Analyzers : Analyzers.AddRange(Companions);
    }

    /// <summary>The corpus a measurement runs on.</summary>
    internal sealed record BenchCorpus(string Name, string Description, IReadOnlyList<CorpusFile> Files, ImmutableArray<MetadataReference> References)
    {
        public int Lines => Files.Sum(f => f.Lines);
    }

    /// <summary>One run of one analyzer set over a freshly parsed, fresh compilation.</summary>
    /// <param name="ParseMs">Wall time of parsing the corpus.</param>
    /// <param name="ParseCpuMs">Process CPU time (all threads) of parsing the corpus.</param>
    /// <param name="WallMs">Wall time of GetDiagnostics (compiler) or GetAnalysisResultAsync (analyzers).</param>
    /// <param name="CpuMs">Process CPU time (all threads) of the same region.</param>
    /// <param name="AnalyzerExecutionMs">The driver's telemetry: wall time inside the measured analyzers' callbacks, summed over threads.</param>
    /// <param name="AnalyzerCpuMs">Thread CPU time inside the measured analyzers' callbacks, summed over threads (<see cref="Profiling.CpuTimedAnalyzer"/>).</param>
    internal sealed record RunResult(double ParseMs, double ParseCpuMs, double WallMs, double CpuMs, double AnalyzerExecutionMs, double AnalyzerCpuMs, long AllocatedBytes, ImmutableArray<string> Diagnostics);

    /// <summary>The medians of an analyzer set's runs over a corpus.</summary>
    internal sealed class SetResult
    {
        public SetResult(AnalyzerSet set) => Set = set;

        public AnalyzerSet Set { get; }

        public List<RunResult> Runs { get; } = new List<RunResult>();

        /// <summary>Bytes allocated by the whole process during GetAnalysisResultAsync, in a sequential (non-concurrent) pass.</summary>
        public long SequentialAllocatedBytes { get; set; }

        public ImmutableArray<string> Diagnostics { get; set; } = ImmutableArray<string>.Empty;

        public double ParseMs => Median(Runs.Select(r => r.ParseMs));

        public double WallMs => Median(Runs.Select(r => r.WallMs));

        public double ExecutionMs => Median(Runs.Select(r => r.AnalyzerExecutionMs));

        public double ParseCpuMs => Median(Runs.Select(r => r.ParseCpuMs));

        public double CpuMs => Median(Runs.Select(r => r.CpuMs));

        public double AnalyzerCpuMs => Median(Runs.Select(r => r.AnalyzerCpuMs));

        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            if (sorted.Length == 0)
            {
                return double.NaN;
            }

            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }

    /// <summary>
    /// Measures analyzer sets over a corpus in one process: every run parses the corpus afresh (timed separately), builds a
    /// fresh compilation and either asks the compiler for its diagnostics (the baseline: bind + diagnostics) or runs
    /// <see cref="CompilationWithAnalyzers.GetAnalysisResultAsync(CancellationToken)"/> with analyzer execution time logged.
    /// Runs of the sets are interleaved, after warm-up runs, and summarised by medians.
    /// </summary>
    internal static class Harness
    {
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);

        public static readonly CSharpCompilationOptions CompilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: true);

        public static ImmutableArray<SyntaxTree> Parse(IReadOnlyList<CorpusFile> files)
        {
            var trees = ImmutableArray.CreateBuilder<SyntaxTree>(files.Count);
            foreach (var file in files)
            {
                trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(file.Text, Encoding.UTF8), ParseOptions, file.Path));
            }

            return trees.MoveToImmutable();
        }

        public static CSharpCompilation Compile(BenchCorpus corpus, ImmutableArray<SyntaxTree> trees)
            => CSharpCompilation.Create("Corpus_" + corpus.Name, trees, corpus.References, CompilationOptions);

        /// <summary>Fails when the corpus does not compile: a corpus with errors would measure error recovery, not analysis.</summary>
        public static void AssertCompiles(BenchCorpus corpus)
        {
            var errors = Compile(corpus, Parse(corpus.Files)).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            if (errors.Length != 0)
            {
                throw new InvalidOperationException(
                    $"Corpus {corpus.Name} has {errors.Length} compiler errors, e.g.:\n" + string.Join("\n", errors.Take(10).Select(e => "  " + e)));
            }
        }

        public static async Task<List<SetResult>> MeasureAsync(BenchCorpus corpus, IReadOnlyList<AnalyzerSet> sets, int warmup, int iterations, Action<string> log)
        {
            var results = sets.Select(s => new SetResult(s)).ToList();
            for (var iteration = -warmup; iteration < iterations; iteration++)
            {
                var line = new StringBuilder(iteration < 0 ? "  warm-up " : $"  run {iteration + 1}/{iterations} ");
                foreach (var result in results)
                {
                    var run = await RunAsync(corpus, result.Set, concurrent: true).ConfigureAwait(false);
                    line.Append(CultureInvariant($" {result.Set.Name}={run.WallMs:F0}ms"));
                    if (!result.Set.IsCompilerOnly)
                    {
                        line.Append(CultureInvariant($"(exec {run.AnalyzerExecutionMs:F1}, cpu {run.AnalyzerCpuMs:F1})"));
                    }

                    if (iteration >= 0)
                    {
                        result.Runs.Add(run);
                        result.Diagnostics = run.Diagnostics;
                    }
                }

                log(line.ToString());
            }

            // Allocations: GC.GetTotalAllocatedBytes counts every thread, so the pass runs the analyzers sequentially to keep
            // the figure free of the concurrent driver's scheduling.
            foreach (var result in results.Where(r => !r.Set.IsCompilerOnly))
            {
                var run = await RunAsync(corpus, result.Set, concurrent: false).ConfigureAwait(false);
                result.SequentialAllocatedBytes = run.AllocatedBytes;
            }

            return results;
        }

        private static async Task<RunResult> RunAsync(BenchCorpus corpus, AnalyzerSet set, bool concurrent)
        {
            Collect();
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            var trees = Parse(corpus.Files);
            var parseMs = stopwatch.Elapsed.TotalMilliseconds;
            process.Refresh();
            var parseCpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
            var compilation = Compile(corpus, trees);

            if (set.IsCompilerOnly)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                process.Refresh();
                cpu = process.TotalProcessorTime;
                stopwatch.Restart();
                var diagnostics = compilation.GetDiagnostics();
                var wall = stopwatch.Elapsed.TotalMilliseconds;
                process.Refresh();
                var compileCpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                if (errors != 0)
                {
                    throw new InvalidOperationException($"Corpus {corpus.Name} has {errors} compiler errors.");
                }

                return new RunResult(parseMs, parseCpuMs, wall, compileCpuMs, 0, 0, allocated, ImmutableArray<string>.Empty);
            }

            var exceptions = new ConcurrentQueue<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, diagnostic) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception),
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false);
            var withAnalyzers = compilation.WithAnalyzers(set.All, options);

            foreach (var timed in set.All.OfType<Profiling.CpuTimedAnalyzer>())
            {
                timed.Reset();
            }

            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            cpu = process.TotalProcessorTime;
            stopwatch.Restart();
            var analysis = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false);
            var wallMs = stopwatch.Elapsed.TotalMilliseconds;
            process.Refresh();
            var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
            var analyzerCpuMs = set.Analyzers.OfType<Profiling.CpuTimedAnalyzer>().Sum(a => a.CpuMs);
            var allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

            var execution = TimeSpan.Zero;
            foreach (var analyzer in set.Analyzers)
            {
                execution += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false)).ExecutionTime;
            }

            var all = set.Analyzers.SelectMany(a => analysis.GetAllDiagnostics(a)).ToImmutableArray();
            var exceptionDiagnostics = analysis.GetAllDiagnostics().Where(d => d.Id == "AD0001").ToArray();
            if (!exceptions.IsEmpty || exceptionDiagnostics.Length != 0)
            {
                throw new InvalidOperationException($"An analyzer threw on corpus {corpus.Name}:\n" + string.Join("\n", exceptions.Concat(exceptionDiagnostics.Select(d => d.ToString()))));
            }

            var diagnosticsText = all
                .Select(d => d.Location.GetLineSpan() is var span ? $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}" : d.ToString())
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToImmutableArray();
            return new RunResult(parseMs, parseCpuMs, wallMs, cpuMs, execution.TotalMilliseconds, analyzerCpuMs, allocatedBytes, diagnosticsText);
        }

        private static void Collect()
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
    }
}
