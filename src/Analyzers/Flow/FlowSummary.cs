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
        public static readonly FlowSummary Empty = new FlowSummary(new Dictionary<IMethodSymbol, DerivedSink[]>(SymbolEqualityComparer.Default), new HashSet<string>(System.StringComparer.Ordinal), false, new Dictionary<SyntaxTree, List<DerivedSink>>());

        private readonly Dictionary<IMethodSymbol, DerivedSink[]> _byMethod;
        private readonly HashSet<string> _names;
        private readonly Dictionary<SyntaxTree, List<DerivedSink>> _declaredWithValues;

        public FlowSummary(Dictionary<IMethodSymbol, DerivedSink[]> byMethod, HashSet<string> names, bool hasConstructors, Dictionary<SyntaxTree, List<DerivedSink>> declaredWithValues)
        {
            _byMethod = byMethod;
            _names = names;
            _declaredWithValues = declaredWithValues;
            HasConstructors = hasConstructors;
            Words = new WordScanner(names);
        }

        public bool IsEmpty => _byMethod.Count == 0;

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
