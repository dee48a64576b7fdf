using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace PortLint.Tests.Robustness
{
    /// <summary>Issue 5: the same multi-file compilation analyzed many times with concurrent execution gives identical diagnostics.</summary>
    public sealed class ConcurrencyTests
    {
        private const int Runs = 24;

        private readonly ITestOutputHelper _output;

        public ConcurrencyTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task ConcurrentAnalysis_IsDeterministic()
        {
            // Every seed, three times over in distinct namespaces-by-file, so many trees are analyzed at once.
            var trees = new List<SyntaxTree>();
            for (var copy = 0; copy < 3; copy++)
            {
                for (var i = 0; i < Seeds.All.Count; i++)
                {
                    var source = Seeds.All[i];
                    if (copy != 0 && source.Contains("var listener = new TcpListener(IPAddress.Any, 50000);\nvar", StringComparison.Ordinal))
                    {
                        continue; // one file with top-level statements only
                    }

                    trees.Add(CSharpSyntaxTree.ParseText(copy == 0 ? source : Rename(source, copy), RobustnessHost.ParseOptions, $"/0/Seed{i}_{copy}.cs"));
                }
            }

            var sequential = Render(await AnalysisRunner.AnalyzeAsync(trees, concurrent: false));
            Assert.NotEmpty(sequential);
            for (var run = 0; run < Runs; run++)
            {
                var concurrent = Render(await AnalysisRunner.AnalyzeAsync(trees, concurrent: true));
                Assert.Equal(sequential, concurrent);
            }

            _output.WriteLine($"{trees.Count} files, {sequential.Count} diagnostics, identical over {Runs} concurrent runs and a sequential one");
        }

        private static string Rename(string source, int copy)
            => source.Replace("Seed\n", "Seed" + copy + "\n", StringComparison.Ordinal)
                .Replace("namespace Seeds.", "namespace Seeds" + copy + ".", StringComparison.Ordinal);

        private static List<string> Render(AnalysisOutcome outcome)
        {
            Assert.Empty(outcome.Failures);
            return outcome.Diagnostics
                .Select(d => d.Location.GetLineSpan() is var span
                    ? $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}) {d.Id} {d.GetMessage(CultureInfo.InvariantCulture)} [{string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))}]"
                    : d.ToString())
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();
        }
    }
}
