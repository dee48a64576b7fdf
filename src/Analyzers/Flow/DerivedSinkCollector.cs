using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using PortLint.Catalog;

namespace PortLint.Flow
{
    /// <summary>
    /// Gathers the derived sinks of one summary build: a value at a binding site (or at a call of a derived sink) that comes from
    /// a parameter of the project's own method makes that parameter a derived sink. One entry per parameter: the first path
    /// found (the shortest, as the build goes level by level) is kept.
    /// </summary>
    internal sealed class DerivedSinkCollector
    {
        private readonly Dictionary<IParameterSymbol, DerivedSink> _byParameter = new Dictionary<IParameterSymbol, DerivedSink>(SymbolEqualityComparer.Default);
        private readonly List<ParameterSource> _sources = new List<ParameterSource>();
        private readonly SinkSymbols _symbols;
        private readonly int _maxEntries;

        public DerivedSinkCollector(SinkSymbols symbols, int maxEntries)
        {
            _symbols = symbols;
            _maxEntries = maxEntries;
        }

        /// <summary>The entries added since the last call (the next level's frontier).</summary>
        public List<DerivedSink> Added { get; } = new List<DerivedSink>();

        public int Count => _byParameter.Count;

        public IEnumerable<DerivedSink> All => _byParameter.Values;

        /// <summary>Adds a sink another collector found (a file's level 1), unless its parameter has one or the summary is full.</summary>
        public void Merge(DerivedSink sink)
        {
            if (_byParameter.Count < _maxEntries && !_byParameter.ContainsKey(sink.Parameter))
            {
                _byParameter.Add(sink.Parameter, sink);
                Added.Add(sink);
            }
        }

        /// <summary>
        /// Records the parameters <paramref name="value"/> comes from. <paramref name="pathAfter"/> is what the value reaches (the
        /// catalogued API's display, or a derived sink's path); <paramref name="offset"/> what that path already adds to a port.
        /// </summary>
        public void Collect(SinkRow row, BoundValueKind kind, IOperation value, long offset, string pathAfter, int depth, SemanticModel model, CancellationToken cancellationToken, bool inUrl = false, string? host = null)
        {
            _sources.Clear();
            ParameterSources.Find(value, model, _sources, cancellationToken);
            foreach (var source in _sources)
            {
                if ((source.Offset != 0 && kind != BoundValueKind.Port)
                    || _byParameter.Count >= _maxEntries
                    || _byParameter.ContainsKey(source.Parameter)
                    || !(source.Parameter.ContainingSymbol is IMethodSymbol method)
                    || _symbols.ForMember(method.OriginalDefinition).Length != 0)
                {
                    // A method the catalogue or server_apis names is reported as itself, not as the way to the API it calls.
                    continue;
                }

                var sink = new DerivedSink(method.OriginalDefinition, source.Parameter, row, kind, offset + source.Offset, host, inUrl, FlowDisplay.Then(method, pathAfter), depth);
                _byParameter.Add(source.Parameter, sink);
                Added.Add(sink);
            }
        }
    }
}
