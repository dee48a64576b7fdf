using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace PortLint.Bench.RealTree
{
    /// <summary>The real-tree mode's console lines and markdown summary.</summary>
    internal static class TreeReport
    {
        private const int Top = 15;

        public const string Caveat = "NuGet package references are not resolved: the compilations have errors for missing package types (and for linked or MSBuild-added sources); the analyzers still run on them.";

        public static IEnumerable<string> ConsoleLines(TreeResult result)
        {
            var tree = result.Tree;
            yield return I($"== tree {tree.Root}: {tree.Projects.Count} projects, {tree.Files:N0} files, {tree.Lines:N0} lines; {tree.ProjectReferences} ProjectReferences as compilation references ({tree.OutsideReferences} outside the tree, left out)");
            yield return I($"   compiler errors (GetDiagnostics, mostly unresolved package types): {result.CompilerErrors:N0}");
            yield return $"   load average: {result.LoadAverage}";
            if (result.AllRules is { } all)
            {
                yield return I($"   [1] PortLint telemetry {Ms(result.PortLintExecution.TotalMilliseconds)} = {Percent(result.PortLintExecution.TotalMilliseconds, all.WallMs)} of the run's compile time (wall of GetAnalysisResultAsync, all SDK rules on: {Ms(all.WallMs)})");
                yield return "   " + Rank(result);
                foreach (var (name, time) in result.SdkByTime.Take(Top))
                {
                    yield return I($"       {name,-60} {Ms(time.TotalMilliseconds),12}");
                }
            }

            foreach (var (label, comparison) in Comparisons(result))
            {
                yield return $"   {label} " + Describe(comparison);
            }

            yield return I($"   PortLint diagnostics: {result.PortLintDiagnostics.Count}{(result.PortLintDiagnosticsStable ? "" : " (differ between runs!)")}");
            foreach (var line in result.PortLintDiagnostics)
            {
                yield return "     " + line;
            }

            yield return $"   analyzer exceptions: {(result.Exceptions.Count == 0 ? "none" : result.Exceptions.Count.ToString(CultureInfo.InvariantCulture))}";
            foreach (var line in result.Exceptions.Take(20))
            {
                yield return "     " + line;
            }
        }

        public static string Markdown(IReadOnlyList<TreeResult> results, int warmup, int iterations, string arguments)
        {
            var md = new StringBuilder();
            md.AppendLine("# PortLint on real source trees");
            md.AppendLine();
            md.AppendLine(I($"`PortLint.Bench {arguments}` — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}; {warmup} warm-up + {iterations} measured runs per comparison (alternated), 1 telemetry run after {warmup} warm-up."));
            md.AppendLine();
            md.AppendLine(I($"References: {string.Join(", ", ReferencePacks.Folders)}. SDK analyzers: {SdkAnalyzers.Folder}. {Caveat}"));
            md.AppendLine();
            md.AppendLine("| tree | projects | files | lines | PortLint telemetry / compile wall (all SDK rules) | SDK analyzers dearer | marginal CPU vs no-op (median, % of compile CPU) | PortLint thread CPU | marginal CPU beside SDK default | PortLint diagnostics | analyzer exceptions |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in results)
            {
                var t = r.Tree;
                var telemetry = r.AllRules is null ? "–" : I($"{Ms(r.PortLintExecution.TotalMilliseconds)} / {Ms(r.AllRules.WallMs)} = {Percent(r.PortLintExecution.TotalMilliseconds, r.AllRules.WallMs)}");
                var rank = r.AllRules is null ? "–" : I($"{Dearer(r)} of {r.SdkAnalyzers.Length}");
                md.AppendLine(I($"| {Name(t.Root)} | {t.Projects.Count} | {t.Files:N0} | {t.Lines:N0} | {telemetry} | {rank} | {Short(r.Isolated)} | {(r.Isolated is null ? "–" : Ms(r.Isolated.PortLintCpuMs))} | {Short(r.BesideSdkDefault)} | {r.PortLintDiagnostics.Count} | {r.Exceptions.Count} |"));
            }

            foreach (var r in results)
            {
                md.AppendLine();
                md.AppendLine($"## {r.Tree.Root}");
                md.AppendLine();
                md.AppendLine("```text");
                foreach (var line in ConsoleLines(r))
                {
                    md.AppendLine(line);
                }

                md.AppendLine("```");
            }

            md.AppendLine();
            md.AppendLine("Compile time of [1] = wall time of `GetAnalysisResultAsync` (binding + all analyzers) of that run, summed over projects; telemetry = `AnalyzerTelemetryInfo.ExecutionTime` (`logAnalyzerExecutionTime: true`), wall time inside callbacks summed over threads. Marginal CPU = median process CPU (`Process.TotalProcessorTime`, all threads) of `GetAnalysisResultAsync` with the analyzers minus the median of the baseline; compile CPU = the baseline's median. Each run uses fresh compilations over the same parsed syntax trees.");
            if (results.FirstOrDefault(r => r.BesideSdkDefault != null) is { } withDefault)
            {
                md.AppendLine();
                md.AppendLine(I($"SDK default = each rule's own default severity, the SDK's `{System.IO.Path.GetFileName(withDefault.SdkDefaultGlobalConfig)}`, and Info/Hidden rules suppressed as the command-line compiler skips analyzers that report only those ({withDefault.SdkDefaultRunning} of {withDefault.SdkAnalyzers.Length} analyzers have a rule on)."));
            }

            return md.ToString();
        }

        private static IEnumerable<(string Label, Comparison Comparison)> Comparisons(TreeResult result)
        {
            if (result.Isolated != null)
            {
                yield return ("[2]", result.Isolated);
            }

            if (result.BesideSdkDefault != null)
            {
                yield return ("[3]", result.BesideSdkDefault);
            }
        }

        private static string Describe(Comparison c)
        {
            var (bMin, bMax) = Comparison.Spread(c.Baseline);
            var (mMin, mMax) = Comparison.Spread(c.Measured);
            return I($"process CPU, {c.Baseline.Count} alternated runs each: {c.BaselineName} median {Ms(c.BaselineCpuMs)} ({Ms(bMin)}–{Ms(bMax)}), {c.MeasuredName} median {Ms(c.MeasuredCpuMs)} ({Ms(mMin)}–{Ms(mMax)}); difference of medians {Ms(c.DifferenceMs)} = {c.DifferencePercent:F2} % of the compile CPU ({c.BaselineName}); median of paired differences {Ms(c.PairedDifferenceMs)}; PortLint thread CPU in its callbacks median {Ms(c.PortLintCpuMs)} = {Percent(c.PortLintCpuMs, c.BaselineCpuMs)}");
        }

        private static string Short(Comparison? c)
        {
            if (c is null)
            {
                return "–";
            }

            var (bMin, bMax) = Comparison.Spread(c.Baseline);
            var (mMin, mMax) = Comparison.Spread(c.Measured);
            return I($"{Ms(c.DifferenceMs)} of {Ms(c.BaselineCpuMs)} = {c.DifferencePercent:F2} % (spreads {Ms(bMin)}–{Ms(bMax)} / {Ms(mMin)}–{Ms(mMax)})");
        }

        private static string Rank(TreeResult r)
        {
            var dearer = Dearer(r);
            return I($"{dearer} of {r.SdkAnalyzers.Length} SDK analyzers are dearer than PortLint (rank {dearer + 1}); top {Top}:");
        }

        private static int Dearer(TreeResult r) => r.SdkByTime.Count(x => x.Time > r.PortLintExecution);

        private static string Name(string root) => System.IO.Path.GetFileName(root.TrimEnd('/'));

        private static string Ms(double ms) => ms >= 10_000 ? I($"{ms / 1000:F1} s") : I($"{ms:F1} ms");

        private static string Percent(double part, double whole) => I($"{100 * part / whole:F2} %");

        private static string I(FormattableString text) => FormattableString.Invariant(text);
    }
}
