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
    /// (the binding sites of every file, through the same analysis that reports them, collecting instead of reporting; file by
    /// file, <see cref="LevelOne"/>), then
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

        /// <summary>The bench's profile hook: every site a build asks the semantic model about.</summary>
        internal static System.Action<SyntaxNode>? OnSemanticSite;

        /// <summary>
        /// Level 1 of one file: its candidate binding sites (none when it names no catalogued API) and the derived sinks made by
        /// those whose values name a parameter of the method around them, in the order of the file. Files are independent at
        /// this level, so the callbacks that need the summary share them out (<see cref="FlowSlot"/>).
        /// </summary>
        public static FileLevelOne LevelOne(BindingSiteAnalysis analysis, Compilation compilation, SyntaxTree tree, PortLintOptions options, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var index = analysis.IndexFor(options, cancellationToken);
            var content = tree.GetText(cancellationToken).ToString();
            if (!index.PassesTextCheck(content))
            {
                return FileLevelOne.NamesNoApi;
            }

            var sites = new List<SyntaxNode>();
            BindingSiteAnalysis.FindCandidates(tree.GetRoot(cancellationToken), content, index, null, sites, cancellationToken);
            SiteContext? context = null;
            foreach (var site in sites)
            {
                if (!(ParameterMentions.Owner(site) is { } owner) || IsEndPointBoundNowhere(site, index, cancellationToken))
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

                    var symbols = analysis.SymbolsFor(options);
                    context = new SiteContext(model, Discard, cancellationToken, index, symbols, options, analysis.IsTestCode, flow: null, new DerivedSinkCollector(symbols, MaxEntries));
                }

                if (IsCatalogued(owner, context.Value.SemanticModel, context.Value.Symbols, cancellationToken))
                {
                    // A library's own implementation of a catalogued API (MQTTnet's builder in MQTTnet): reported as that API.
                    continue;
                }

                OnSemanticSite?.Invoke(site);
                analysis.AnalyzeCandidate(context.Value, site);
            }

            return new FileLevelOne(sites, context?.Collector!.Added);
        }

        /// <summary>
        /// The summary from every file's <see cref="LevelOne"/> (in the compilation's order, so the first path found for a
        /// parameter is the one a file-by-file build keeps), then levels 2 and on: the calls of the last level's methods whose
        /// arguments name a parameter around them.
        /// </summary>
        public static FlowSummary Finish(BindingSiteAnalysis analysis, Compilation compilation, PortLintOptions options, IReadOnlyList<SyntaxTree> trees, IReadOnlyList<FileLevelOne> files, CancellationToken cancellationToken)
        {
            var index = analysis.IndexFor(options, cancellationToken);
            var symbols = analysis.SymbolsFor(options);
            var collector = new DerivedSinkCollector(symbols, MaxEntries);
            var bindingSites = new Dictionary<SyntaxTree, List<SyntaxNode>>();
            for (var i = 0; i < trees.Count; i++)
            {
                if (files[i].Sites is { } sites)
                {
                    bindingSites.Add(trees[i], sites);
                }

                if (files[i].Sinks is { } sinks)
                {
                    foreach (var sink in sinks)
                    {
                        collector.Merge(sink);
                    }
                }
            }

            var summary = Summarize(collector, bindingSites, cancellationToken);
            var calls = new List<SyntaxNode>();
            for (var depth = 2; depth <= MaxDepth && collector.Added.Count > 0 && collector.Count < MaxEntries; depth++)
            {
                collector.Added.Clear();
                foreach (var tree in trees)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var content = tree.GetText(cancellationToken).ToString();
                    if (!CallSites.MayHave(content, summary))
                    {
                        continue;
                    }

                    calls.Clear();
                    CallSites.Find(tree.GetRoot(cancellationToken), content, summary, null, calls, cancellationToken);
                    SiteContext? context = null;
                    foreach (var site in calls)
                    {
                        if (ParameterMentions.Owner(site) is null)
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

                        OnSemanticSite?.Invoke(site);
                        analysis.AnalyzeDerivedSite(context.Value, site);
                    }
                }

                summary = Summarize(collector, bindingSites, cancellationToken);
            }

            return summary;
        }

        /// <summary>Whether a method around a site is a catalogued API itself (its declared symbol only: the body is not bound).</summary>
        private static bool IsCatalogued(SyntaxNode owner, SemanticModel model, SinkSymbols symbols, CancellationToken cancellationToken)
            => owner is Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax method
            && model.GetDeclaredSymbol(method, cancellationToken) is IMethodSymbol symbol
            && symbols.ForMember(symbol).Length != 0;

        /// <summary>
        /// An <c>IPEndPoint</c> created from a parameter is a way to a catalogued API only when a local or field holds it and passes it
        /// to a call that can bind it (one passed straight to <c>Bind(...)</c> is looked at with that call): syntax only, since
        /// endpoints are created for clients far more often than for servers.
        /// </summary>
        private static bool IsEndPointBoundNowhere(SyntaxNode site, SinkIndex index, CancellationToken cancellationToken)
        {
            if (!(site is Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax creation) || Binding.SiteSyntax.RightmostName(creation.Type) != "IPEndPoint")
            {
                return false;
            }

            string? name;
            SyntaxNode? scope;
            switch (creation.Parent)
            {
                case Microsoft.CodeAnalysis.CSharp.Syntax.EqualsValueClauseSyntax { Parent: Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax declarator }:
                    name = declarator.Identifier.ValueText;
                    scope = declarator.FirstAncestorOrSelf<SyntaxNode>(n => n is Microsoft.CodeAnalysis.CSharp.Syntax.BlockSyntax || n is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax || n is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax);
                    break;
                case Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax assignment when assignment.Right == creation:
                    name = Binding.SiteSyntax.RightmostName(assignment.Left);
                    scope = creation.FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax>();
                    break;
                default:
                    return true;
            }

            if (name is null || scope is null)
            {
                return true;
            }

            foreach (var (consumer, _) in Binding.HeldValues.Uses(name, scope, cancellationToken))
            {
                if (Binding.SiteSyntax.MayConsume(consumer, index, null))
                {
                    return false;
                }
            }

            return true;
        }

        private static void Discard(Diagnostic diagnostic)
        {
        }

        private static FlowSummary Summarize(DerivedSinkCollector collector, Dictionary<SyntaxTree, List<SyntaxNode>> bindingSites, CancellationToken cancellationToken)
        {
            if (collector.Count == 0)
            {
                return FlowSummary.Empty(bindingSites);
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

            return new FlowSummary(arrays, names, hasConstructors, declared, bindingSites);
        }
    }
}
