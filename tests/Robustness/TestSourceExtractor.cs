using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PortLint.Tests.Robustness
{
    /// <summary>
    /// The C# sources of the test suite: every string literal in tests/**/*.cs (regular, verbatim or raw) that looks like a C#
    /// compilation unit, with the Testing library's markup (<c>{|#0:...|}</c>, <c>[|...|]</c>, <c>$$</c>) removed. The
    /// robustness tests' own folder is left out: its literals are mutations, not test sources.
    /// </summary>
    internal static class TestSourceExtractor
    {
        private static readonly Regex Markup = new Regex(@"\{\|[^:{}|\r\n]*:|\|\}|\[\||\|\]|\$\$", RegexOptions.CultureInvariant);

        public static IReadOnlyList<(string File, string Source)> Extract(string repositoryRoot)
        {
            var testsRoot = Path.Combine(repositoryRoot, "tests");
            var robustness = Path.Combine(testsRoot, "Robustness") + Path.DirectorySeparatorChar;
            var result = new List<(string, string)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in Directory.GetFiles(testsRoot, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(repositoryRoot, path);
                if (path.StartsWith(robustness, StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal))
                {
                    continue;
                }

                var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path);
                foreach (var token in tree.GetRoot().DescendantTokens())
                {
                    if (!token.IsKind(SyntaxKind.StringLiteralToken)
                        && !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)
                        && !token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
                    {
                        continue;
                    }

                    var text = Markup.Replace(token.ValueText, "");
                    if (LooksLikeCSharp(text) && seen.Add(text))
                    {
                        result.Add((relative, text));
                    }
                }
            }

            return result;
        }

        private static bool LooksLikeCSharp(string text)
            => text.Contains('\n', StringComparison.Ordinal)
            && (text.Contains("class ", StringComparison.Ordinal) || text.Contains("using ", StringComparison.Ordinal) || text.Contains("namespace ", StringComparison.Ordinal))
            && (text.Contains(';', StringComparison.Ordinal) || text.Contains('{', StringComparison.Ordinal));
    }
}
