using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PortLint.Flow
{
    /// <summary>What level 1 of a <see cref="FlowSummary"/> found in one file (<see cref="FlowSummaryBuilder.LevelOne"/>).</summary>
    internal sealed class FileLevelOne
    {
        /// <summary>A file that names no catalogued API: no sites, no sinks.</summary>
        public static readonly FileLevelOne NamesNoApi = new FileLevelOne(null, null);

        public FileLevelOne(List<SyntaxNode>? sites, List<DerivedSink>? sinks)
        {
            Sites = sites;
            Sinks = sinks;
        }

        /// <summary>The file's candidate binding sites, or null when it names no catalogued API.</summary>
        public List<SyntaxNode>? Sites { get; }

        /// <summary>The derived sinks its sites make, in the order of the file (one per parameter), or null.</summary>
        public List<DerivedSink>? Sinks { get; }
    }
}
