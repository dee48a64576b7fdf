using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using PortLint.Analyzers;
using PortLint.Catalog;
using PortLint.Options;
using PortLint.Values;

namespace PortLint.Flow
{
    /// <summary>
    /// Builds a compilation's <see cref="FlowSummary"/> level by level: first the parameters passed straight to a catalogued API
    /// (the binding sites of every file, through the same analysis that reports them, collecting instead of reporting), then
    /// the parameters passed to those methods, and so on, up to <see cref="MaxDepth"/> methods and <see cref="MaxEntries"/>
    /// parameters. A method already in the summary is not added again, so recursion ends; a call whose target the compiler
    /// does not know (a delegate, a virtual or interface method) is not followed.
    /// </summary>
    internal static class FlowSummaryBuilder
    {
        /// <summary>Own methods between a constant and the catalogued API.</summary>
        public const int MaxDepth = 5;

        /// <summary>Derived sinks per compilation.</summary>
        public const int MaxEntries = 512;

        public static FlowSummary Build(BindingSiteAnalysis analysis, Compilation compilation, PortLintOptions options, CancellationToken cancellationToken)
        {
            var index = analysis.IndexFor(options, cancellationToken);
            var symbols = analysis.SymbolsFor(options);
            var collector = new DerivedSinkCollector(symbols, MaxEntries);
            var trees = new List<(SyntaxTree Tree, string Content)>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                trees.Add((tree, tree.GetText(cancellationToken).ToString()));
            }

            // Level 1: the catalogued binding sites whose values name a parameter or a member around them.
            var sites = new List<SyntaxNode>();
            foreach (var (tree, content) in trees)
            {
                if (!index.TextWords.ContainsAny(content) && !(index.HasConstructors && Binding.TargetTypedNew.Any(content)))
                {
                    continue;
                }

                sites.Clear();
                BindingSiteAnalysis.FindCandidates(tree.GetRoot(cancellationToken), content, index, null, sites, cancellationToken);
                SiteContext? context = null;
                foreach (var site in sites)
                {
                    if (!ParameterMentions.Any(site))
                    {
                        continue;
                    }

                    if (context is null)
                    {
                        var model = TreeModels.For(compilation, tree);
                        if (model is null)
                        {
                            break;
                        }

                        context = new SiteContext(model, Discard, cancellationToken, index, symbols, options, analysis.IsTestCode, flow: null, collector);
                    }

                    analysis.AnalyzeCandidate(context.Value, site);
                }
            }

            // Levels 2 and on: the calls of the last level's methods whose arguments name a parameter around them.
            var summary = Summarize(collector, cancellationToken);
            for (var depth = 2; depth <= MaxDepth && collector.Added.Count > 0 && collector.Count < MaxEntries; depth++)
            {
                collector.Added.Clear();
                foreach (var (tree, content) in trees)
                {
                    if (!CallSites.MayHave(content, summary))
                    {
                        continue;
                    }

                    sites.Clear();
                    CallSites.Find(tree.GetRoot(cancellationToken), content, summary, null, sites, cancellationToken);
                    SiteContext? context = null;
                    foreach (var site in sites)
                    {
                        if (!ParameterMentions.Any(site))
                        {
                            continue;
                        }

                        if (context is null)
                        {
                            var model = TreeModels.For(compilation, tree);
                            if (model is null)
                            {
                                break;
                            }

                            context = new SiteContext(model, Discard, cancellationToken, index, symbols, options, analysis.IsTestCode, summary, collector);
                        }

                        analysis.AnalyzeDerivedSite(context.Value, site);
                    }
                }

                summary = Summarize(collector, cancellationToken);
            }

            return summary;
        }

        private static void Discard(Diagnostic diagnostic)
        {
        }

        private static FlowSummary Summarize(DerivedSinkCollector collector, CancellationToken cancellationToken)
        {
            if (collector.Count == 0)
            {
                return FlowSummary.Empty;
            }

            var byMethod = new Dictionary<IMethodSymbol, List<DerivedSink>>(SymbolEqualityComparer.Default);
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            var declared = new Dictionary<SyntaxTree, List<DerivedSink>>();
            var hasConstructors = false;
            foreach (var sink in collector.All)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!byMethod.TryGetValue(sink.Method, out var list))
                {
                    byMethod.Add(sink.Method, list = new List<DerivedSink>());
                }

                list.Add(sink);
                switch (sink.Method.MethodKind)
                {
                    case MethodKind.Constructor:
                        hasConstructors = true;
                        if (sink.Method.ContainingType is { } type)
                        {
                            names.Add(type.Name);
                        }

                        break;
                    case MethodKind.Ordinary:
                    case MethodKind.LocalFunction:
                        names.Add(sink.Method.Name);
                        break;
                    case MethodKind.AnonymousFunction when LambdaLocal.NameOf(sink.Method, cancellationToken) is { } local:
                        // Action<int> start = port => ...; start(51337): called through the local it is assigned to.
                        names.Add(local);
                        break;
                }

                if ((sink.Parameter.HasExplicitDefaultValue || !sink.Method.GetAttributes().IsEmpty)
                    && sink.Parameter.DeclaringSyntaxReferences is { Length: 1 } references)
                {
                    var tree = references[0].SyntaxTree;
                    if (!declared.TryGetValue(tree, out var inTree))
                    {
                        declared.Add(tree, inTree = new List<DerivedSink>());
                    }

                    inTree.Add(sink);
                }
            }

            var arrays = new Dictionary<IMethodSymbol, DerivedSink[]>(SymbolEqualityComparer.Default);
            foreach (var pair in byMethod)
            {
                arrays.Add(pair.Key, pair.Value.ToArray());
            }

            return new FlowSummary(arrays, names, hasConstructors, declared);
        }
    }
}
