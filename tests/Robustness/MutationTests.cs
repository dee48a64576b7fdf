using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace PortLint.Tests.Robustness
{
    /// <summary>
    /// Issue 5, robustness: every test source of the suite, mutated, through every analyzer and every code fix. No exception
    /// may escape (no AD0001), and every fix offered must produce a document that parses.
    /// </summary>
    public sealed class MutationTests
    {
        /// <summary>
        /// Mutated inputs analyzed per run, sampled deterministically from all mutations so the test stays within about two
        /// minutes on two cores. PORTLINT_ROBUSTNESS_MAX_INPUTS overrides it (0 = every mutation).
        /// </summary>
        private const int DefaultMaxInputs = 6000;

        private const int Seed = 5;

        /// <summary>Odd .editorconfig values, handed to one input in ten.</summary>
        private static readonly string[] OddOptionValues =
        {
            "", "none", "-", "1-", "-1", "65535-0", "99999999999", "0-65535", "50000,,", " , ", "5000-6000-7000", "٥٠٠٠٠", "\0", "50000-50000", "0", "65536",
            "M:", "M:C.M", "M:C..ctor(System.Int32):port", "P:C.Port", "M:C.M(System.Int32", "|||", "M:C.#ctor", "T:C", "M:C.M(System.String):url | P:C.Urls",
        };

        private static readonly string[] OptionKeys =
        {
            "dotnet_code_quality.PORT001.port_ranges", "dotnet_code_quality.PORT002.port_ranges", "dotnet_code_quality.allowed_ports",
            "dotnet_code_quality.PORT001.allowed_ports", "dotnet_code_quality.PORT002.allowed_ports", "dotnet_code_quality.server_apis",
        };

        private readonly ITestOutputHelper _output;

        public MutationTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Extraction_FindsTheSuitesSources()
        {
            var extracted = TestSourceExtractor.Extract(RobustnessHost.RepositoryRoot);
            _output.WriteLine($"{extracted.Count} C# sources extracted from {extracted.Select(e => e.File).Distinct().Count()} test files");
            Assert.NotEmpty(extracted);
            Assert.All(extracted, e => Assert.DoesNotContain("{|#", e.Source, StringComparison.Ordinal));
        }

        [Fact]
        public async Task MutatedTestSources_NoAnalyzerOrCodeFixThrows()
        {
            var stopwatch = Stopwatch.StartNew();
            var extracted = TestSourceExtractor.Extract(RobustnessHost.RepositoryRoot);
            var sources = extracted.Select(e => (Origin: e.File, e.Source)).Concat(Seeds.All.Select((s, i) => (Origin: "Seeds[" + i + "]", Source: s))).ToList();

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var all = new List<(string Origin, Mutation Mutation)>();
            for (var i = 0; i < sources.Count; i++)
            {
                foreach (var mutation in new[] { new Mutation("original", sources[i].Source) }.Concat(Mutator.Mutate(sources[i].Source, Seed + i)))
                {
                    if (seen.Add(mutation.Text))
                    {
                        all.Add((sources[i].Origin, mutation));
                    }
                }
            }

            var max = MaxInputs();
            var inputs = max == 0 || all.Count <= max
                ? all
                : all.Select((input, index) => (input, key: new Random(Seed * 7919 + index).Next())).OrderBy(x => x.key).ThenBy(x => x.input.Mutation.Text, StringComparer.Ordinal).Take(max).Select(x => x.input).ToList();

            var failures = new ConcurrentQueue<string>();
            var diagnosticsFound = 0;
            var fixesApplied = 0;
            var fixChecks = 0;
            await Parallel.ForEachAsync(
                inputs.Select((input, index) => (input, index)),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                async (item, _) =>
                {
                    var (input, index) = item;
                    var tree = CSharpSyntaxTree.ParseText(input.Mutation.Text, RobustnessHost.ParseOptions, "/0/Test0.cs");
                    var options = index % 10 == 9 ? OddOptions(index) : null;
                    var outcome = await AnalysisRunner.AnalyzeAsync(new[] { tree }, options: options).ConfigureAwait(false);
                    foreach (var failure in outcome.Failures)
                    {
                        failures.Enqueue(Describe(input.Origin, input.Mutation, failure));
                    }

                    Interlocked.Add(ref diagnosticsFound, outcome.Diagnostics.Length);
                    if (!RobustnessHost.CodeFixProviders.IsEmpty && outcome.Diagnostics.Length != 0 && Interlocked.Increment(ref fixChecks) <= 1500)
                    {
                        var (fixFailures, applied) = await AnalysisRunner.FixAllAsync(input.Mutation.Text, outcome.Diagnostics, maxDiagnostics: 4).ConfigureAwait(false);
                        Interlocked.Add(ref fixesApplied, applied);
                        foreach (var failure in fixFailures)
                        {
                            failures.Enqueue(Describe(input.Origin, input.Mutation, failure));
                        }
                    }
                });

            var summary = string.Format(
                CultureInfo.InvariantCulture,
                "robustness: {0} mutated inputs analyzed (of {1} distinct mutations of {2} sources: {3} extracted from the test files, {4} seeds) by {5} analyzer(s) [{6}] in {7:F0} s; {8} diagnostics reported; {9} code fix provider(s) [{10}], {11} fix actions applied; {12} failures",
                inputs.Count, all.Count, sources.Count, extracted.Count, Seeds.All.Count, RobustnessHost.Analyzers.Length,
                string.Join(", ", RobustnessHost.Analyzers.Select(a => a.GetType().Name)), stopwatch.Elapsed.TotalSeconds, diagnosticsFound,
                RobustnessHost.CodeFixProviders.Length, string.Join(", ", RobustnessHost.CodeFixProviders.Select(p => p.GetType().Name)), fixesApplied, failures.Count);
            _output.WriteLine(summary);
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "robustness-summary.txt"), summary + Environment.NewLine);

            Assert.True(failures.IsEmpty, summary + "\n\n" + string.Join("\n\n", failures.Take(10)));
            Assert.True(diagnosticsFound > 0, "no mutated input produced a diagnostic: the analyzers did not run");
        }

        internal static int MaxInputs()
            => int.TryParse(Environment.GetEnvironmentVariable("PORTLINT_ROBUSTNESS_MAX_INPUTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var max) ? max : DefaultMaxInputs;

        private static FixedOptionsProvider OddOptions(int index)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var k = 0; k < OptionKeys.Length; k++)
            {
                values[OptionKeys[k]] = OddOptionValues[(index / 10 + k * 3) % OddOptionValues.Length];
            }

            return new FixedOptionsProvider(values);
        }

        private static string Describe(string origin, Mutation mutation, string failure)
            => $"{origin} / {mutation.Kind}: {failure}\n--- input ---\n{mutation.Text}\n-------------";
    }
}
