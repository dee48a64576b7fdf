using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace PortLint.Bench
{
    /// <summary>The figures of one corpus, computed from the medians of its analyzer sets.</summary>
    internal sealed class CorpusRow
    {
        public string Name { get; private init; } = "";

        public string Group { get; private init; } = "";

        public string Description { get; private init; } = "";

        public int Files { get; private init; }

        public int Lines { get; private init; }

        public double Target { get; private init; }

        /// <summary>Median parse time of the corpus (all runs).</summary>
        public double ParseMs { get; private init; }

        /// <summary>Median GetDiagnostics time (bind + compiler diagnostics) of a fresh compilation.</summary>
        public double BindMs { get; private init; }

        /// <summary>The compilation's own time: parse + bind + diagnostics.</summary>
        public double CompileMs => ParseMs + BindMs;

        /// <summary>Median process CPU time (all threads) of parsing the corpus.</summary>
        public double ParseCpuMs { get; private init; }

        /// <summary>Median process CPU time (all threads) of GetDiagnostics.</summary>
        public double BindCpuMs { get; private init; }

        /// <summary>The compilation's own CPU time, summed over its threads: parse + bind + diagnostics.</summary>
        public double CompileCpuMs => ParseCpuMs + BindCpuMs;

        /// <summary>Thread CPU time inside PortLint's callbacks, summed over threads (median).</summary>
        public double PortLintCpuMs { get; private init; }

        /// <summary>Thread CPU time inside PortLint's callbacks beside the operation-action companion (median).</summary>
        public double WarmCpuMs { get; private init; } = double.NaN;

        /// <summary>Thread CPU time inside the no-op syntax-node analyzer's callbacks: what dispatching nodes to an analyzer costs.</summary>
        public double EmptyNodeCpuMs { get; private init; } = double.NaN;

        public double VariantCpuMs { get; private init; } = double.NaN;

        public double EmptyStartWallMs { get; private init; } = double.NaN;

        public double EmptyNodeWallMs { get; private init; } = double.NaN;

        public double PortLintWallMs { get; private init; }

        /// <summary>PortLint's own callback time from analyzer telemetry (summed over threads).</summary>
        public double PortLintExecMs { get; private init; }

        public double VariantWallMs { get; private init; } = double.NaN;

        /// <summary>PortLint's telemetry time when an operation-action companion has the driver bind every body first.</summary>
        public double WarmExecMs { get; private init; } = double.NaN;

        public double WarmWallMs { get; private init; } = double.NaN;

        public double VariantExecMs { get; private init; } = double.NaN;

        public long PortLintAllocated { get; private init; }

        public long EmptyNodeAllocated { get; private init; } = -1;

        public long EmptyStartAllocated { get; private init; } = -1;

        public long VariantAllocated { get; private init; } = -1;

        public int Diagnostics { get; private init; }

        public string DiagnosticsById { get; private init; } = "";

        public bool? VariantsAgree { get; private init; }

        public IReadOnlyList<string> VariantDifference { get; private init; } = Array.Empty<string>();

        /// <summary>The target's ratio: PortLint's CPU time over the compilation's CPU time, both summed over threads.</summary>
        public double Ratio => PortLintCpuMs / CompileCpuMs;

        public double WarmRatio => WarmCpuMs / CompileCpuMs;

        /// <summary>The driver's telemetry (wall time inside callbacks, summed over threads) over the compilation's wall time.</summary>
        public double TelemetryRatio => PortLintExecMs / CompileMs;

        public double BaselineWallMs => double.IsNaN(EmptyNodeWallMs) ? EmptyStartWallMs : EmptyNodeWallMs;

        public long BaselineAllocated => EmptyNodeAllocated >= 0 ? EmptyNodeAllocated : EmptyStartAllocated;

        public double MicrosecondsPerLine => PortLintCpuMs * 1000 / Lines;

        public bool? MeetsTarget => double.IsNaN(Target) ? null : Ratio <= Target;

        public static CorpusRow From(BenchCorpus corpus, Program.CorpusSpec spec, List<SetResult> results)
        {
            SetResult? Find(string name) => results.FirstOrDefault(r => r.Set.Name == name);
            var compiler = Find("compiler")!;
            var emptyStart = Find("empty-start");
            var emptyNode = Find("empty-node");
            var portLint = Find("PortLint")!;
            var variant = Find("op-variant");
            var warm = Find("PortLint-warm");
            var portLintDiagnostics = portLint.Diagnostics;
            bool? agree = null;
            var difference = new List<string>();
            if (variant != null)
            {
                difference.AddRange(portLintDiagnostics.Except(variant.Diagnostics).Select(d => "only syntax-first: " + d));
                difference.AddRange(variant.Diagnostics.Except(portLintDiagnostics).Select(d => "only op-variant:   " + d));
                agree = difference.Count == 0;
            }

            return new CorpusRow
            {
                Name = corpus.Name,
                Group = spec.Group,
                Description = corpus.Description,
                Files = corpus.Files.Count,
                Lines = corpus.Lines,
                Target = spec.Target,
                ParseMs = SetResult.Median(results.SelectMany(r => r.Runs).Select(r => r.ParseMs)),
                BindMs = compiler.WallMs,
                ParseCpuMs = SetResult.Median(results.SelectMany(r => r.Runs).Select(r => r.ParseCpuMs)),
                BindCpuMs = compiler.CpuMs,
                PortLintCpuMs = portLint.AnalyzerCpuMs,
                WarmCpuMs = warm?.AnalyzerCpuMs ?? double.NaN,
                EmptyNodeCpuMs = emptyNode?.AnalyzerCpuMs ?? double.NaN,
                VariantCpuMs = variant?.AnalyzerCpuMs ?? double.NaN,
                EmptyStartWallMs = emptyStart?.WallMs ?? double.NaN,
                EmptyNodeWallMs = emptyNode?.WallMs ?? double.NaN,
                PortLintWallMs = portLint.WallMs,
                PortLintExecMs = portLint.ExecutionMs,
                VariantWallMs = variant?.WallMs ?? double.NaN,
                VariantExecMs = variant?.ExecutionMs ?? double.NaN,
                WarmExecMs = warm?.ExecutionMs ?? double.NaN,
                WarmWallMs = warm?.WallMs ?? double.NaN,
                PortLintAllocated = portLint.SequentialAllocatedBytes,
                EmptyNodeAllocated = emptyNode?.SequentialAllocatedBytes ?? -1,
                EmptyStartAllocated = emptyStart?.SequentialAllocatedBytes ?? -1,
                VariantAllocated = variant?.SequentialAllocatedBytes ?? -1,
                Diagnostics = portLintDiagnostics.Length,
                DiagnosticsById = string.Join(" ", portLintDiagnostics.Select(d => d.Split(": ")[1].Split(' ')[0]).GroupBy(id => id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + "×" + g.Count())),
                VariantsAgree = agree,
                VariantDifference = difference,
            };
        }

        public string ConsoleLine()
            => Invariant($"   => compile CPU {CompileCpuMs:F0} ms (parse {ParseCpuMs:F0} + bind/diagnostics {BindCpuMs:F0}); PortLint CPU {PortLintCpuMs:F1} ms = {Ratio:P3} of it")
            + (double.IsNaN(WarmCpuMs) ? "" : Invariant($" (warm model {WarmCpuMs:F1} ms = {WarmRatio:P3})"))
            + Invariant($"; telemetry {PortLintExecMs:F1} ms = {TelemetryRatio:P3} of compile wall {CompileMs:F0} ms")
            + (double.IsNaN(Target) ? "" : Invariant($" (target ≤ {Target:P1}: {(MeetsTarget == true ? "met" : "MISSED")})"))
            + Invariant($"; wall {PortLintWallMs:F0} ms vs empty {BaselineWallMs:F0} ms; {Diagnostics} diagnostics")
            + (double.IsNaN(VariantCpuMs) ? "" : Invariant($"; op-variant CPU {VariantCpuMs:F1} ms, wall {VariantWallMs:F0} ms"));

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The markdown summary the harness prints and writes.</summary>
    internal sealed class Report
    {
        private readonly Program.BenchOptions _options;

        public Report(Program.BenchOptions options) => _options = options;

        public List<CorpusRow> Rows { get; } = new List<CorpusRow>();

        public double TotalSeconds { get; set; }

        public string ToMarkdown()
        {
            var text = new StringBuilder();
            text.AppendLine("# PortLint benchmark summary");
            text.AppendLine();
            text.AppendLine(Invariant($"- Command: `dotnet run -c Release --project bench/PortLint.Bench --{(_options.Arguments.Length == 0 ? "" : " " + string.Join(" ", _options.Arguments))}`"));
            text.AppendLine(Invariant($"- Date (UTC): {DateTime.UtcNow:yyyy-MM-dd HH:mm}; {Environment.ProcessorCount} cores; {RuntimeInformation.FrameworkDescription}; {RuntimeInformation.OSDescription}; load average at end {LoadAverage()}"));
            text.AppendLine(Invariant($"- Roslyn {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}; {_options.Warmup} warm-up + {_options.Iterations} measured runs per analyzer set, interleaved; medians; total {TotalSeconds:F0} s"));
            text.AppendLine("- compile CPU = process CPU time (all threads) of parsing the corpus + `Compilation.GetDiagnostics()` of a fresh compilation (bind + compiler diagnostics); PortLint CPU = thread CPU time inside PortLint's callbacks, summed over threads (`CLOCK_THREAD_CPUTIME_ID` around each callback); **ratio = PortLint CPU / compile CPU**");
            text.AppendLine("- telemetry = the driver's `ExecutionTime` (wall time inside the callbacks, summed over threads, so it also counts time a callback sat preempted); the telemetry ratio divides it by the compilation's wall time, which the compiler spreads over both cores: it mixes a sum over threads with wall time, and is kept for comparison with earlier runs");
            text.AppendLine("- wall = `GetAnalysisResultAsync` of a fresh compilation (includes binding); empty-start = an analyzer with a no-op compilation-start action; empty-node = no-op syntax node actions on the node kinds PortLint watches");
            text.AppendLine("- warm model = PortLint run beside a no-op operation-action analyzer, which makes the driver bind every method body first (as the SDK's CA analyzers do in a real build): PortLint's own work without the first binding of the bodies it asks about");
            text.AppendLine("- alloc = bytes allocated by the process during `GetAnalysisResultAsync` in a sequential pass (concurrentAnalysis: false), PortLint minus empty-node (b0: minus empty-start)");
            text.AppendLine();

            text.AppendLine("## Ratios");
            text.AppendLine();
            text.AppendLine("| corpus | files | lines | compile CPU ms (parse + bind/diag) | PortLint CPU ms | **ratio** | target | warm model CPU ms | ratio, warm | empty-node CPU ms | compile wall ms | telemetry ms | telemetry ratio | wall empty-node ms | wall PortLint ms | PortLint alloc Δ | diagnostics |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            foreach (var row in Rows)
            {
                var target = double.IsNaN(row.Target) ? "linear" : Invariant($"≤ {row.Target:P1} {(row.MeetsTarget == true ? "✅" : "❌")}");
                text.AppendLine(Invariant($"| {row.Name} | {row.Files:N0} | {row.Lines:N0} | {row.CompileCpuMs:F0} ({row.ParseCpuMs:F0} + {row.BindCpuMs:F0}) | {row.PortLintCpuMs:F1} | **{row.Ratio:P3}** | {target} | {Ms1(row.WarmCpuMs)} | {(double.IsNaN(row.WarmCpuMs) ? "—" : row.WarmRatio.ToString("P3", CultureInfo.InvariantCulture))} | {Ms1(row.EmptyNodeCpuMs)} | {row.CompileMs:F0} | {row.PortLintExecMs:F1} | {row.TelemetryRatio:P3} | {Ms(row.BaselineWallMs)} | {row.PortLintWallMs:F0} | {Bytes(row.PortLintAllocated - row.BaselineAllocated)} | {row.Diagnostics} {(row.DiagnosticsById.Length == 0 ? "" : "(" + row.DiagnosticsById + ")")} |"));
            }

            var dense = Rows.Where(r => r.Group == "c").OrderBy(r => r.Lines).ToList();
            if (dense.Count > 1)
            {
                var first = dense[0];
                text.AppendLine();
                text.AppendLine("## Linearity (corpus c)");
                text.AppendLine();
                text.AppendLine("| lines | diagnostics | PortLint CPU ms | µs per line | per line vs smallest | compile CPU ms | compile µs per line |");
                text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
                foreach (var row in dense)
                {
                    text.AppendLine(Invariant($"| {row.Lines:N0} | {row.Diagnostics} | {row.PortLintCpuMs:F1} | {row.MicrosecondsPerLine:F2} | {row.MicrosecondsPerLine / first.MicrosecondsPerLine:F2}× | {row.CompileCpuMs:F0} | {row.CompileCpuMs * 1000 / row.Lines:F1} |"));
                }

                var last = dense[^1];
                var growth = last.MicrosecondsPerLine / first.MicrosecondsPerLine;
                text.AppendLine();
                text.AppendLine(Invariant($"Per-line cost at {last.Lines:N0} lines is {growth:F2}× the cost at {first.Lines:N0} lines for {last.Lines / (double)first.Lines:F0}× the size (quadratic would be ~{last.Lines / (double)first.Lines:F0}×): {(growth < 2 ? "linear ✅" : "NOT linear ❌")}."));
            }

            var compared = Rows.Where(r => !double.IsNaN(r.VariantExecMs)).ToList();
            if (compared.Count != 0)
            {
                text.AppendLine();
                text.AppendLine("## Syntax-first filter (shipped) vs operation actions (bench-only variant)");
                text.AppendLine();
                text.AppendLine("| corpus | syntax-first CPU ms | op-variant CPU ms | syntax-first wall − empty-node ms | op-variant wall − empty-node ms | syntax-first alloc Δ | op-variant alloc Δ | same diagnostics |");
                text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|");
                foreach (var row in compared)
                {
                    text.AppendLine(Invariant($"| {row.Name} | {row.PortLintCpuMs:F1} | {row.VariantCpuMs:F1} | {row.PortLintWallMs - row.BaselineWallMs:F0} | {row.VariantWallMs - row.BaselineWallMs:F0} | {Bytes(row.PortLintAllocated - row.BaselineAllocated)} | {Bytes(row.VariantAllocated - row.BaselineAllocated)} | {(row.VariantsAgree == true ? "yes" : "NO")} |"));
                }
            }

            text.AppendLine();
            text.AppendLine("## Wall times of every set (ms, median)");
            text.AppendLine();
            text.AppendLine("| corpus | compiler (parse excluded) | empty-start | empty-node | PortLint | op-variant | PortLint-warm |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var row in Rows)
            {
                text.AppendLine(Invariant($"| {row.Name} | {row.BindMs:F0} | {Ms(row.EmptyStartWallMs)} | {Ms(row.EmptyNodeWallMs)} | {row.PortLintWallMs:F0} | {Ms(row.VariantWallMs)} | {Ms(row.WarmWallMs)} |"));
            }

            text.AppendLine();
            text.AppendLine("Wall-time differences between sets are within run-to-run noise on a shared machine; the ratio uses CPU times.");
            return text.ToString();
        }

        private static string Ms1(double value) => double.IsNaN(value) ? "—" : value.ToString("F1", CultureInfo.InvariantCulture);

        private static string Ms(double value) => double.IsNaN(value) ? "—" : value.ToString("F0", CultureInfo.InvariantCulture);

        private static string Bytes(long bytes)
        {
            var sign = bytes < 0 ? "−" : "+";
            var magnitude = Math.Abs((double)bytes);
            return magnitude >= 1 << 20
                ? sign + (magnitude / (1 << 20)).ToString("F1", CultureInfo.InvariantCulture) + " MB"
                : sign + (magnitude / 1024).ToString("F0", CultureInfo.InvariantCulture) + " KB";
        }

        private static string LoadAverage()
        {
            try
            {
                return File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
            }
            catch (IOException)
            {
                return "n/a";
            }
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
