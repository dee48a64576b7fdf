using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PortLint.Bench.Analyzers;
using PortLint.Bench.Corpus;

namespace PortLint.Bench
{
    /// <summary>
    /// PortLint's performance harness (issue 5).
    /// <code>dotnet run -c Release --project bench/PortLint.Bench -- [--quick] [--iterations N] [--warmup N] [--corpus a,b,b0,c] [--out FILE]</code>
    /// <code>dotnet run -c Release --project bench/PortLint.Bench -- --tree FOLDER[,FOLDER] [--tree FOLDER] [--no-sdk-default] [--telemetry-only] [--iterations N] [--warmup N] [--out FILE]</code>
    /// </summary>
    internal static class Program
    {
        private const string AnalyzerAssembly = "PortLint.Analyzers";

        public static async Task<int> Main(string[] args)
        {
            var options = BenchOptions.Parse(args);
            if (options is null)
            {
                Console.Error.WriteLine("usage: PortLint.Bench [--quick] [--profile | --driver-only] [--iterations N] [--warmup N] [--corpus a,b,b0,c] [--out FILE]  |  --tree FOLDER[,FOLDER] [--no-sdk-default] [--telemetry-only] [--iterations N] [--warmup N] [--out FILE]");
                return 2;
            }

            if (options.Trees.Count != 0)
            {
                return await RealTree.TreeMode.RunAsync(options.Trees, DiscoverAnalyzers, options).ConfigureAwait(false);
            }

            var total = Stopwatch.StartNew();
            // Each measured analyzer runs inside a CPU timer (thread CPU time of its callbacks); the driver's telemetry is kept beside it.
            var portLint = DiscoverAnalyzers().Select(a => (DiagnosticAnalyzer)new Profiling.CpuTimedAnalyzer(a)).ToImmutableArray();
            Console.WriteLine($"PortLint analyzers ({AnalyzerAssembly}.dll): {string.Join(", ", portLint.Select(a => ((Profiling.CpuTimedAnalyzer)a).Inner.GetType().Name))}");
            Console.WriteLine($"Thread CPU clock: {(Profiling.ThreadCpu.IsSupported ? "CLOCK_THREAD_CPUTIME_ID" : "not available (CPU columns are 0)")}");
            Console.WriteLine($"Mode: {(options.Quick ? "quick (small corpora, smoke run)" : "full")}, {options.Warmup} warm-up + {options.Iterations} measured runs per set, medians reported");
            Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, load average {LoadAverage()}");

            var compiler = new AnalyzerSet("compiler", ImmutableArray<DiagnosticAnalyzer>.Empty);
            var emptyStart = new AnalyzerSet("empty-start", ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyCompilationStartAnalyzer()));
            var emptyNode = new AnalyzerSet("empty-node", ImmutableArray.Create<DiagnosticAnalyzer>(new Profiling.CpuTimedAnalyzer(new EmptySyntaxNodeAnalyzer())));
            var portLintSet = new AnalyzerSet("PortLint", portLint);
            var operations = new AnalyzerSet("op-variant", ImmutableArray.Create<DiagnosticAnalyzer>(new Profiling.CpuTimedAnalyzer(new OperationActionVariantAnalyzer())));
            var warm = new AnalyzerSet("PortLint-warm", portLint, ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationAnalyzer()));

            var report = new Report(options);
            var failed = false;

            foreach (var spec in CorpusSpecs(options))
            {
                if (!options.Corpora.Contains(spec.Group))
                {
                    continue;
                }

                var generate = Stopwatch.StartNew();
                var corpus = spec.Create();
                Console.WriteLine();
                Console.WriteLine($"== corpus {corpus.Name}: {corpus.Description}; {corpus.Files.Count:N0} files, {corpus.Lines:N0} lines (generated in {generate.Elapsed.TotalSeconds:F1}s)");
                Harness.AssertCompiles(corpus);
                Console.WriteLine("   compiles without errors");
                if (options.DriverOnly)
                {
                    Profiling.PhaseProfile.DriverOnly(corpus, options.Warmup, options.Iterations, Console.WriteLine);
                    continue;
                }

                if (options.Profile)
                {
                    Profiling.PhaseProfile.Run(corpus, options.Iterations, Console.WriteLine);
                    RealTree.TreeProfile.Run(new[] { Harness.Compile(corpus, Harness.Parse(corpus.Files)) }, Console.WriteLine);
                    continue;
                }

                var sets = spec.Group switch
                {
                    "b0" => new[] { compiler, emptyStart, emptyNode, portLintSet },
                    "c" => new[] { compiler, emptyNode, portLintSet, operations, warm },
                    _ => new[] { compiler, emptyStart, emptyNode, portLintSet, operations, warm },
                };
                var results = await Harness.MeasureAsync(corpus, sets, options.Warmup, options.Iterations, Console.WriteLine).ConfigureAwait(false);
                var row = CorpusRow.From(corpus, spec, results);
                report.Rows.Add(row);
                Console.WriteLine(row.ConsoleLine());
                if (row.VariantsAgree == false)
                {
                    Console.WriteLine("   !! the operation-action variant found different diagnostics:");
                    foreach (var line in row.VariantDifference.Take(10))
                    {
                        Console.WriteLine("      " + line);
                    }

                    failed = true;
                }
            }

            if (options.Profile || options.DriverOnly)
            {
                return failed ? 1 : 0;
            }

            report.TotalSeconds = total.Elapsed.TotalSeconds;
            var markdown = report.ToMarkdown();
            Console.WriteLine();
            Console.WriteLine(markdown);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Output))!);
            File.WriteAllText(options.Output, markdown);
            Console.WriteLine($"Summary written to {Path.GetFullPath(options.Output)}");
            return failed ? 1 : 0;
        }

        /// <summary>Every concrete DiagnosticAnalyzer in PortLint.Analyzers.dll, so analyzers merged later are measured too.</summary>
        private static ImmutableArray<DiagnosticAnalyzer> DiscoverAnalyzers()
        {
            var assembly = Assembly.Load(new AssemblyName(AnalyzerAssembly));
            return assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                    && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length != 0
                    && t.GetConstructor(Type.EmptyTypes) != null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();
        }

        private static IEnumerable<CorpusSpec> CorpusSpecs(BenchOptions options)
        {
            var files = options.Quick ? 60 : 1500;
            const int linesPerFile = 200;
            yield return new CorpusSpec("a", "a", 0.01, () => new BenchCorpus(
                "a",
                "ordinary C#, 1 file in 20 uses sockets/Kestrel/URLs, look-alikes everywhere",
                CorpusGenerator.Ordinary(files, linesPerFile, networking: true, networkingShare: 20, seed: 1),
                FrameworkReferences.Get()));
            yield return new CorpusSpec("b", "b", 0.001, () => new BenchCorpus(
                "b",
                "ordinary C#, no networking types or look-alikes (.NET + ASP.NET Core referenced)",
                CorpusGenerator.Ordinary(files, linesPerFile, networking: false, networkingShare: 20, seed: 2),
                FrameworkReferences.Get()));
            yield return new CorpusSpec("b0", "b0", 0.001, () => new BenchCorpus(
                "b0",
                "corpus b without System.Net.*/ASP.NET Core references (System.dll and netstandard.dll facades remain)",
                CorpusGenerator.Ordinary(files, linesPerFile, networking: false, networkingShare: 20, seed: 2),
                FrameworkReferences.GetWithoutNetworking()));
            var sizes = options.Quick ? new[] { 1000, 2000, 4000 } : new[] { 2500, 5000, 10000, 20000 };
            foreach (var lines in sizes)
            {
                var size = lines;
                yield return new CorpusSpec("c", "c-" + size.ToString(CultureInfo.InvariantCulture), double.NaN, () => new BenchCorpus(
                    "c-" + size.ToString(CultureInfo.InvariantCulture),
                    $"one {size:N0}-line file, one class dense with binding calls",
                    new[] { CorpusGenerator.Dense(size, seed: 3) },
                    FrameworkReferences.Get()));
            }
        }

        internal static string LoadAverage()
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

        internal sealed record CorpusSpec(string Group, string Name, double Target, Func<BenchCorpus> Create);

        internal sealed class BenchOptions
        {
            public bool Quick { get; private set; }

            /// <summary>Where the time goes, phase by phase, instead of the measurement against baselines.</summary>
            public bool Profile { get; private set; }

            /// <summary>Only PortLint in the driver, run after run (thread CPU in its callbacks): a quick before/after of one change.</summary>
            public bool DriverOnly { get; private set; }

            public int Iterations { get; private set; }

            public int Warmup { get; private set; } = 1;

            public HashSet<string> Corpora { get; private set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a", "b", "b0", "c" };

            public string Output { get; private set; } = "";

            /// <summary>Real source trees (--tree): folders of projects, measured instead of the corpora.</summary>
            public List<string> Trees { get; } = new List<string>();

            /// <summary>Whether the real-tree mode also compares PortLint beside the SDK's analyzers at their default (off with --no-sdk-default).</summary>
            public bool SdkDefault { get; private set; } = true;

            /// <summary>Real-tree mode: only part [1] (the telemetry run with every SDK rule on), for a quick look.</summary>
            public bool TelemetryOnly { get; private set; }

            public string[] Arguments { get; private set; } = Array.Empty<string>();

            public static BenchOptions? Parse(string[] args)
            {
                var options = new BenchOptions { Arguments = args };
                int? iterations = null;
                for (var i = 0; i < args.Length; i++)
                {
                    switch (args[i])
                    {
                        case "--quick":
                            options.Quick = true;
                            break;
                        case "--profile":
                            options.Profile = true;
                            break;
                        case "--driver-only":
                            options.DriverOnly = true;
                            break;
                        case "--iterations" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0:
                            iterations = n;
                            i++;
                            break;
                        case "--warmup" when i + 1 < args.Length && int.TryParse(args[i + 1], out var w) && w >= 0:
                            options.Warmup = w;
                            i++;
                            break;
                        case "--corpus" when i + 1 < args.Length:
                            options.Corpora = new HashSet<string>(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
                            break;
                        case "--tree" when i + 1 < args.Length:
                            options.Trees.AddRange(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                            break;
                        case "--no-sdk-default":
                            options.SdkDefault = false;
                            break;
                        case "--telemetry-only":
                            options.TelemetryOnly = true;
                            break;
                        case "--out" when i + 1 < args.Length:
                            options.Output = args[++i];
                            break;
                        default:
                            return null;
                    }
                }

                options.Iterations = iterations ?? (options.Quick ? 3 : 5);
                if (options.Output.Length == 0)
                {
                    options.Output = Path.Combine(RepositoryRoot(), "artifacts", "bench", options.Trees.Count != 0 ? "portlint-bench-trees.md" : options.Quick ? "portlint-bench-quick.md" : "portlint-bench.md");
                }

                return options;
            }

            private static string RepositoryRoot()
            {
                for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory != null; directory = directory.Parent)
                {
                    if (File.Exists(Path.Combine(directory.FullName, "PortLint.sln")))
                    {
                        return directory.FullName;
                    }
                }

                return Environment.CurrentDirectory;
            }
        }
    }
}
