using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;
using PortLint.Catalog;
using PortLint.Ranges;

namespace PortLint.Options
{
    /// <summary>The options in effect for one syntax tree (or one additional file), with defaults for missing or malformed values.</summary>
    internal sealed class PortLintOptions
    {
        public static readonly PortLintOptions Default = new PortLintOptions(
            PortRangeList.Of(PortNumbers.IanaDynamic),
            PortRangeList.Of(PortNumbers.LinuxEphemeral),
            PortRangeList.Empty,
            PortRangeList.Empty,
            PortRangeList.Empty,
            PortRangeList.Empty);

        public PortLintOptions(
            PortRangeList dynamicRanges,
            PortRangeList linuxEphemeralRanges,
            PortRangeList allowedPorts,
            PortRangeList dynamicAllowedPorts,
            PortRangeList linuxEphemeralAllowedPorts,
            PortRangeList testFixedAllowedPorts,
            string serverApisText = "",
            ImmutableArray<UserSink> serverApis = default)
        {
            ServerApisText = serverApisText;
            ServerApis = serverApis.IsDefault ? ImmutableArray<UserSink>.Empty : serverApis;
            DynamicRanges = dynamicRanges;
            LinuxEphemeralRanges = linuxEphemeralRanges;
            AllowedPorts = allowedPorts;
            DynamicAllowedPorts = dynamicAllowedPorts;
            LinuxEphemeralAllowedPorts = linuxEphemeralAllowedPorts;
            TestFixedAllowedPorts = testFixedAllowedPorts;
        }

        /// <summary>The ranges PORT001 watches.</summary>
        public PortRangeList DynamicRanges { get; }

        /// <summary>The ranges PORT002 watches.</summary>
        public PortRangeList LinuxEphemeralRanges { get; }

        /// <summary>Ports no rule reports.</summary>
        public PortRangeList AllowedPorts { get; }

        public PortRangeList DynamicAllowedPorts { get; }

        public PortRangeList LinuxEphemeralAllowedPorts { get; }

        /// <summary>Ports PORT005 does not report.</summary>
        public PortRangeList TestFixedAllowedPorts { get; }

        /// <summary>The value of <c>dotnet_code_quality.server_apis</c> as written (the key the per-compilation tables of these APIs are cached by).</summary>
        public string ServerApisText { get; }

        /// <summary>The project's own server APIs that parsed (malformed entries are left out).</summary>
        public ImmutableArray<UserSink> ServerApis { get; }

        public static PortLintOptions Read(AnalyzerConfigOptions options)
        {
            var dynamicRanges = Read(options, OptionKeys.DynamicRangePortRanges, Default.DynamicRanges);
            var linuxRanges = Read(options, OptionKeys.LinuxEphemeralRangePortRanges, Default.LinuxEphemeralRanges);
            var allowed = Read(options, OptionKeys.AllowedPorts, PortRangeList.Empty);
            var dynamicAllowed = Read(options, OptionKeys.DynamicRangeAllowedPorts, PortRangeList.Empty);
            var linuxAllowed = Read(options, OptionKeys.LinuxEphemeralRangeAllowedPorts, PortRangeList.Empty);
            var testAllowed = Read(options, OptionKeys.TestFixedPortAllowedPorts, PortRangeList.Empty);
            var serverApisText = options.TryGetValue(OptionKeys.ServerApis, out var apis) ? apis.Trim() : string.Empty;
            var serverApis = UserSink.ParseList(serverApisText);
            if (ReferenceEquals(dynamicRanges, Default.DynamicRanges)
                && ReferenceEquals(linuxRanges, Default.LinuxEphemeralRanges)
                && allowed.IsEmpty && dynamicAllowed.IsEmpty && linuxAllowed.IsEmpty && testAllowed.IsEmpty && serverApis.IsEmpty)
            {
                return Default;
            }

            return new PortLintOptions(dynamicRanges, linuxRanges, allowed, dynamicAllowed, linuxAllowed, testAllowed, serverApis.IsEmpty ? string.Empty : serverApisText, serverApis);
        }

        private static PortRangeList Read(AnalyzerConfigOptions options, string key, PortRangeList fallback)
            => options.TryGetValue(key, out var text) && PortRangeList.TryParse(text, out var parsed) ? parsed : fallback;
    }
}
