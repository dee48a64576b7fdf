using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PortLint.Options
{
    /// <summary>
    /// Parses the options once per <see cref="AnalyzerConfigOptions"/> instance (the provider shares one per distinct
    /// configuration) for the lifetime of one compilation's analysis.
    /// </summary>
    internal sealed class PortLintOptionsCache
    {
        private readonly AnalyzerConfigOptionsProvider _provider;
        private readonly ConcurrentDictionary<AnalyzerConfigOptions, PortLintOptions> _parsed =
            new ConcurrentDictionary<AnalyzerConfigOptions, PortLintOptions>();

        public PortLintOptionsCache(AnalyzerConfigOptionsProvider provider) => _provider = provider;

        public PortLintOptions For(SyntaxTree tree) => Get(_provider.GetOptions(tree));

        public PortLintOptions For(AdditionalText file) => Get(_provider.GetOptions(file));

        private PortLintOptions Get(AnalyzerConfigOptions options) => _parsed.GetOrAdd(options, PortLintOptions.Read);
    }
}
