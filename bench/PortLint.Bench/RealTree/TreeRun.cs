using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PortLint.Bench.Profiling;

namespace PortLint.Bench.RealTree
{
    /// <summary>
    /// One run of a set of analyzers over every project of a tree, on fresh compilations:
    /// <see cref="CompilationWithAnalyzers.GetAnalysisResultAsync(CancellationToken)"/> per project (as the corpus harness
    /// does; the driver binds every file of the compilation for it), sums over the projects. (GetAllDiagnosticsAsync of
    /// Roslyn 4.8 leaves the analyzers' telemetry at zero.)
    /// </summary>
    internal sealed class TreeRun
    {
        /// <summary>Wall time of GetAnalysisResultAsync, summed over projects.</summary>
        public double WallMs { get; private set; }

        /// <summary>Process CPU time (all threads) of GetAnalysisResultAsync, summed over projects.</summary>
        public double CpuMs { get; private set; }

        /// <summary>Thread CPU inside PortLint's callbacks (<see cref="CpuTimedAnalyzer"/>), summed over projects.</summary>
        public double PortLintCpuMs { get; private set; }

        /// <summary>The driver's telemetry (ExecutionTime) per analyzer, summed over projects; empty unless asked for.</summary>
        public Dictionary<DiagnosticAnalyzer, TimeSpan> ExecutionTime { get; } = new Dictionary<DiagnosticAnalyzer, TimeSpan>();

        /// <summary>PortLint's diagnostics: file(line,col): id message.</summary>
        public List<string> PortLintDiagnostics { get; } = new List<string>();

        /// <summary>Analyzer exceptions (the driver's callback and AD0001 diagnostics).</summary>
        public List<string> Exceptions { get; } = new List<string>();

        /// <param name="analyzers">Everything that runs; <paramref name="portLint"/> (CPU-timed) must be among them when PortLint is measured.</param>
        /// <param name="specificOptions">Rule severities for the compilations (SDK analyzers' configuration), or empty.</param>
        /// <param name="diagnosticsOf">Whose diagnostics are PortLint's when they run without the CPU timer (<paramref name="portLint"/> empty).</param>
        public static async Task<TreeRun> RunAsync(TreeCompilations tree, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CpuTimedAnalyzer> portLint,
            ImmutableDictionary<string, ReportDiagnostic> specificOptions, bool telemetry, ImmutableArray<DiagnosticAnalyzer> diagnosticsOf = default)
        {
            var reporting = diagnosticsOf.IsDefault ? portLint.CastArray<DiagnosticAnalyzer>() : diagnosticsOf;
            Collect();
            var run = new TreeRun();
            var compilationOptions = TreeCompilations.DefaultOptions.WithSpecificDiagnosticOptions(specificOptions);
            var compilations = tree.CreateCompilations(compilationOptions);
            foreach (var timed in portLint)
            {
                timed.ByKind.Clear();
            }

            var process = Process.GetCurrentProcess();
            for (var i = 0; i < compilations.Count; i++)
            {
                var exceptions = new ConcurrentQueue<string>();
                var options = new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(tree.Projects[i].ConfigFiles),
                    (exception, analyzer, _) => exceptions.Enqueue($"{tree.Projects[i].Project.AssemblyName}: {Name(analyzer)}: {exception.GetType().Name}: {exception.Message}"),
                    concurrentAnalysis: true,
                    logAnalyzerExecutionTime: telemetry,
                    reportSuppressedDiagnostics: false);
                var withAnalyzers = compilations[i].WithAnalyzers(analyzers, options);
                foreach (var timed in portLint)
                {
                    timed.Reset();
                }

                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var stopwatch = Stopwatch.StartNew();
                var analysis = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false);
                run.WallMs += stopwatch.Elapsed.TotalMilliseconds;
                process.Refresh();
                run.CpuMs += (process.TotalProcessorTime - cpu).TotalMilliseconds;
                run.PortLintCpuMs += portLint.Sum(a => a.CpuMs);

                if (telemetry)
                {
                    foreach (var analyzer in analyzers)
                    {
                        var info = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
                        run.ExecutionTime[analyzer] = run.ExecutionTime.GetValueOrDefault(analyzer) + info.ExecutionTime;
                    }
                }

                run.PortLintDiagnostics.AddRange(reporting.SelectMany(a => analysis.GetAllDiagnostics(a)).Select(Format));
                run.Exceptions.AddRange(exceptions);
                run.Exceptions.AddRange(analysis.GetAllDiagnostics().Where(d => d.Id == "AD0001").Select(d => $"{tree.Projects[i].Project.AssemblyName}: {d.GetMessage(CultureInfo.InvariantCulture)}"));
            }

            run.PortLintDiagnostics.Sort(StringComparer.Ordinal);
            return run;
        }

        public static string Name(DiagnosticAnalyzer analyzer) => analyzer is CpuTimedAnalyzer timed ? timed.Inner.GetType().Name : analyzer.GetType().Name;

        private static string Format(Diagnostic diagnostic)
        {
            var span = diagnostic.Location.GetLineSpan();
            return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Id} {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        }

        private static void Collect()
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }
}
