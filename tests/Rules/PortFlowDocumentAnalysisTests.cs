using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PortLint.Analyzers;
using PortLint.Options;
using PortLint.Tests.Robustness;
using Xunit;

namespace PortLint.Tests.Rules
{
    /// <summary>
    /// How the IDE meets the derived sinks (issue 11): document analysis of the file where the constant is written reports it,
    /// although the API is called in another file; the summary is built once per compilation, and a cancelled build keeps
    /// nothing.
    /// </summary>
    public sealed class PortFlowDocumentAnalysisTests
    {
        private const string Caller = @"
class Tests
{
    void Test() => Servers.StartEcho(51337);
}";

        private const string Wrapper = @"
using System.Net;
using System.Net.Sockets;
static class Servers
{
    public static void StartEcho(int port) => Listen(port);
    static void Listen(int port) => new TcpListener(IPAddress.Loopback, port).Start();
}";

        private static CSharpCompilation Compilation(out SyntaxTree caller, out SyntaxTree wrapper)
        {
            caller = CSharpSyntaxTree.ParseText(Caller, RobustnessHost.ParseOptions, "/0/Tests.cs");
            wrapper = CSharpSyntaxTree.ParseText(Wrapper, RobustnessHost.ParseOptions, "/0/Servers.cs");
            return RobustnessHost.EmptyCompilation.AddSyntaxTrees(caller, wrapper);
        }

        [Fact]
        public async Task DocumentAnalysis_OfTheCallersFile_ReportsTheConstant()
        {
            var compilation = Compilation(out var caller, out var wrapper);
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FixedServerPortAnalyzer()));

            // What an editor asks while Tests.cs is open: its semantic diagnostics only (no compilation-end pass).
            var inCaller = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(caller), filterSpan: null, CancellationToken.None);
            var inWrapper = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(wrapper), filterSpan: null, CancellationToken.None);

            var diagnostic = Assert.Single(inCaller);
            Assert.Equal("PORT001", diagnostic.Id);
            Assert.Equal("51337", caller.GetText().ToString(diagnostic.Location.SourceSpan));
            Assert.Contains("Servers.StartEcho(int), then Servers.Listen(int), then TcpListener(IPAddress, int)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Empty(inWrapper);
        }

        [Fact]
        public void Summary_IsBuiltOnce_AndACancelledBuildKeepsNothing()
        {
            var compilation = Compilation(out _, out _);
            var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
            var analysis = BindingSiteAnalysis.Create(compilation, options.AnalyzerConfigOptionsProvider)!;

            using (var cancelled = new CancellationTokenSource())
            {
                cancelled.Cancel();
                Assert.ThrowsAny<OperationCanceledException>(() => analysis.FlowFor(PortLintOptions.Default, cancelled.Token));
            }

            var first = analysis.FlowFor(PortLintOptions.Default, CancellationToken.None);
            Assert.Equal(2, first.Count);
            Assert.Same(first, analysis.FlowFor(PortLintOptions.Default, CancellationToken.None));

            // Concurrent first callers of a fresh analysis all get the one summary.
            var fresh = BindingSiteAnalysis.Create(compilation, options.AnalyzerConfigOptionsProvider)!;
            var summaries = Enumerable.Range(0, 8).AsParallel().Select(_ => fresh.FlowFor(PortLintOptions.Default, CancellationToken.None)).ToList();
            Assert.All(summaries, s => Assert.Same(summaries[0], s));
        }

        [Fact]
        public void Summary_SharedOutAmongConcurrentCallers_HasEveryFile_WhileCancelledCallersGiveTheirFilesBack()
        {
            // 60 files, each with its own wrapper: the callers take files from one another (FlowSlot), and callers whose token is
            // cancelled give back the file they took.
            var trees = Enumerable.Range(0, 60).Select(i => CSharpSyntaxTree.ParseText(
                $"using System.Net; using System.Net.Sockets; static class Servers{i} {{ public static void Start(int port) => new TcpListener(IPAddress.Loopback, port).Start(); }}",
                RobustnessHost.ParseOptions,
                $"/0/Servers{i}.cs")).ToArray();
            var compilation = RobustnessHost.EmptyCompilation.AddSyntaxTrees(trees);
            var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
            var sequential = BindingSiteAnalysis.Create(compilation, options.AnalyzerConfigOptionsProvider)!.FlowFor(PortLintOptions.Default, CancellationToken.None);
            Assert.Equal(60, sequential.Count);

            var shared = BindingSiteAnalysis.Create(compilation, options.AnalyzerConfigOptionsProvider)!;
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            var summaries = Enumerable.Range(0, 16).AsParallel().WithDegreeOfParallelism(8).Select(i =>
            {
                if (i % 2 == 1)
                {
                    try
                    {
                        // Throws unless the summary is already built.
                        shared.FlowFor(PortLintOptions.Default, cancelled.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }

                return shared.FlowFor(PortLintOptions.Default, CancellationToken.None);
            }).ToList();

            Assert.All(summaries, s => Assert.Same(summaries[0], s));
            Assert.Equal(60, summaries[0].Count);
            Assert.All(trees, tree => Assert.Single(summaries[0].BindingSitesIn(tree)!));
            Assert.Equal(
                sequential.Words.Words.OrderBy(w => w, StringComparer.Ordinal),
                summaries[0].Words.Words.OrderBy(w => w, StringComparer.Ordinal));
        }
    }
}
