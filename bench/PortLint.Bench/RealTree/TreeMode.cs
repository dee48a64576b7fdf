using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PortLint.Bench.RealTree
{
    /// <summary><c>--tree FOLDER</c>: the measurements of <see cref="TreeBench"/> on each tree, printed and written as markdown.</summary>
    internal static class TreeMode
    {
        public static async Task<int> RunAsync(IReadOnlyList<string> roots, Func<ImmutableArray<DiagnosticAnalyzer>> portLint, Program.BenchOptions options)
        {
            Console.WriteLine("Real-tree mode. " + TreeReport.Caveat);
            Console.WriteLine("References: " + string.Join(", ", ReferencePacks.Folders));
            Console.WriteLine("SDK analyzers: " + SdkAnalyzers.Folder);
            var results = new List<TreeResult>();
            foreach (var root in roots)
            {
                if (!Directory.Exists(root))
                {
                    Console.Error.WriteLine("No such folder: " + root);
                    return 2;
                }

                var load = Stopwatch.StartNew();
                var tree = TreeCompilations.Load(root);
                Console.WriteLine();
                Console.WriteLine(FormattableString.Invariant($"== {tree.Root}: {tree.Projects.Count} projects, {tree.Files:N0} files, {tree.Lines:N0} lines, parsed in {load.Elapsed.TotalSeconds:F1} s"));
                if (options.Profile)
                {
                    // The first pass compiles PortLint's code (JIT) on fresh compilations; the second, on fresh compilations again, is printed.
                    TreeProfile.Run(tree, _ => { });
                    TreeProfile.Run(tree, Console.WriteLine);
                    continue;
                }

                var loadBefore = Program.LoadAverage();
                Console.WriteLine("   load average before: " + loadBefore);
                var result = await TreeBench.MeasureAsync(tree, portLint, options.Warmup, options.Iterations, options.SdkDefault, Console.WriteLine, comparisons: !options.TelemetryOnly).ConfigureAwait(false);
                result.LoadAverage = $"{loadBefore} before, {Program.LoadAverage()} after";
                results.Add(result);
                Console.WriteLine();
                foreach (var line in TreeReport.ConsoleLines(result))
                {
                    Console.WriteLine(line);
                }

                Console.WriteLine(FormattableString.Invariant($"   ({result.Seconds:F0} s)"));
            }

            var markdown = TreeReport.Markdown(results, options.Warmup, options.Iterations, string.Join(" ", options.Arguments));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Output))!);
            File.WriteAllText(options.Output, markdown);
            Console.WriteLine();
            Console.WriteLine($"Summary written to {Path.GetFullPath(options.Output)}");
            var portLintThrew = results.SelectMany(r => r.Exceptions).Any(e => e.Contains("PortLint", StringComparison.Ordinal) || e.Contains("FixedServerPort", StringComparison.Ordinal) || e.Contains("ConfigFilePort", StringComparison.Ordinal));
            return portLintThrew ? 1 : 0;
        }
    }
}
