using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PortLint.Catalog;

namespace PortLint.Flow
{
    /// <summary>
    /// The project's own methods, constructors and local functions whose parameters reach a catalogued API, computed once per
    /// compilation (<see cref="FlowSummaryBuilder"/>) and read by every tree's analysis: the calls of those methods are binding
    /// sites too, found by the names in <see cref="Words"/>.
    /// </summary>
    internal sealed class FlowSummary
    {
        private readonly Dictionary<IMethodSymbol, DerivedSink[]> _byMethod;
        private readonly HashSet<string> _names;
        private readonly Dictionary<SyntaxTree, List<DerivedSink>> _declaredWithValues;
        private readonly Dictionary<SyntaxTree, List<SyntaxNode>> _bindingSites;

        public FlowSummary(Dictionary<IMethodSymbol, DerivedSink[]> byMethod, HashSet<string> names, bool hasConstructors, Dictionary<SyntaxTree, List<DerivedSink>> declaredWithValues, Dictionary<SyntaxTree, List<SyntaxNode>> bindingSites)
        {
            _byMethod = byMethod;
            _names = names;
            _declaredWithValues = declaredWithValues;
            _bindingSites = bindingSites;
            HasConstructors = hasConstructors;
            Words = new WordScanner(names);
        }

        /// <summary>A summary without derived sinks, holding the binding sites of the files.</summary>
        public static FlowSummary Empty(Dictionary<SyntaxTree, List<SyntaxNode>> bindingSites)
            => new FlowSummary(new Dictionary<IMethodSymbol, DerivedSink[]>(SymbolEqualityComparer.Default), new HashSet<string>(System.StringComparer.Ordinal), false, new Dictionary<SyntaxTree, List<DerivedSink>>(), bindingSites);

        public bool IsEmpty => _byMethod.Count == 0;

        /// <summary>
        /// The candidate binding sites of a file (<see cref="Analyzers.BindingSiteAnalysis.FindCandidates"/>, over the whole file), found
        /// while the summary was built; null when the file names no catalogued API.
        /// </summary>
        public List<SyntaxNode>? BindingSitesIn(SyntaxTree tree) => _bindingSites.TryGetValue(tree, out var sites) ? sites : null;

        public int Count => _byMethod.Count;

        /// <summary>The names a call of a derived sink writes: methods' names, constructors' type names, and <c>base</c>/<c>this</c> for constructors.</summary>
        public WordScanner Words { get; }

        /// <summary>Whether a constructor is a derived sink (then <c>new(...)</c>, <c>: base(...)</c> and <c>: this(...)</c> may call one).</summary>
        public bool HasConstructors { get; }

        public bool IsName(string name) => _names.Contains(name);

        /// <summary>The derived sinks of a method (any construction of it), or null.</summary>
        public DerivedSink[]? For(IMethodSymbol method)
            => _byMethod.TryGetValue(method.OriginalDefinition, out var sinks) ? sinks : null;

        /// <summary>The derived sinks declared in a tree whose parameter has a default value, or whose method has attributes (test data).</summary>
        public List<DerivedSink>? DeclaredWithValuesIn(SyntaxTree tree)
            => _declaredWithValues.TryGetValue(tree, out var sinks) ? sinks : null;
    }
}
