using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortLint.Urls;
using PortLint.Values;

namespace PortLint.Flow
{
    /// <summary>
    /// The parts of a URL that sit where its port goes and are not constants (<c>$"http://127.0.0.1:{port}/"</c>,
    /// <c>"http://localhost:" + port</c>), with the URL's host: while derived sinks are built, such a part that is a parameter
    /// makes the parameter a port. The URL is read by <see cref="UrlTextBuilder"/>, as at a binding site.
    /// </summary>
    internal static class UrlHoles
    {
        public static void Find(IOperation url, SemanticModel model, List<(IOperation Hole, string? Host)> holes, CancellationToken cancellationToken)
        {
            var text = UrlTextBuilder.Build(url, model, cancellationToken);
            var value = text.Value;
            foreach (var (start, node) in text.UnknownParts())
            {
                if (!EndsAtPort(value, start + 1) || !HostBeforePort(value, start, out var host))
                {
                    continue;
                }

                var part = model.GetOperation(node, cancellationToken);
                if (part is IInterpolationOperation interpolation)
                {
                    // {port:D5}, {port,6}: not the port's plain digits.
                    part = interpolation.Alignment is null && interpolation.FormatString is null ? interpolation.Expression : null;
                }

                if (part != null && ConstantPort.WalkDownConversions(part) is { Type.SpecialType: SpecialType.System_Int32 } hole)
                {
                    holes.Add((hole, host));
                }
            }
        }

        /// <summary><c>http://host:</c> — the text before a part ends with a scheme, a host and a colon; the host, or null when a part of it is not known.</summary>
        private static bool HostBeforePort(string value, int end, out string? host)
        {
            host = null;
            var scheme = end == 0 ? -1 : value.LastIndexOf("://", end - 1, System.StringComparison.Ordinal);
            if (scheme <= 0 || value[end - 1] != ':')
            {
                return false;
            }

            var name = value.Substring(scheme + 3, end - scheme - 4);
            if (name.IndexOf('/') >= 0 || name.IndexOf(';') >= 0)
            {
                return false;
            }

            host = name.IndexOf(UrlPortParser.Unknown) >= 0 ? null : name;
            return true;
        }

        private static bool EndsAtPort(string value, int next)
            => next >= value.Length || value[next] == '/' || value[next] == ';' || value[next] == ',';
    }
}
