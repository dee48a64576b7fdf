using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace PortLint.Tests.Robustness
{
    /// <summary>One mutated input: what was done, and the resulting text.</summary>
    internal sealed record Mutation(string Kind, string Text);

    /// <summary>
    /// Deterministic mutations of a C# source: truncation at many points, deleted tokens, duplicated lines, unbalanced
    /// braces, parentheses and quotes, and numeric / string literals replaced by huge and odd values.
    /// </summary>
    internal static class Mutator
    {
        /// <summary>Replacements for numeric literals.</summary>
        public static readonly string[] OddNumbers =
        {
            "int.MaxValue", "int.MinValue", "-0", "0x10000", "-1", "65536", "0", "65535", "long.MaxValue", "ulong.MaxValue",
            "1e10", "50000L", "50000u", "50000UL", "(short)-1", "unchecked((int)0xFFFFFFFF)", "checked(65535 + 1)", "'a'",
            "null", "default", "0b1100_0011_0101_0000", "5_0000", "50000.5", "decimal.MaxValue", "(byte)255", "-int.MinValue",
            "nint.MaxValue", "1 / 0", "int.MaxValue + 1", "(50000)",
        };

        /// <summary>Replacements for string literals: broken, huge and non-ASCII URLs.</summary>
        public static readonly string[] OddStrings =
        {
            "\"http://[::1\"", "\"http://host:\"", "\"http://host:99999999999\"", "\"http://bücher.example:50000\"",
            "\"http://[::1]:\"", "\"http://[::1]:50000\"", "\"://:\"", "\"\"", "\":\"", "\"http://*:50000;http://+:\"",
            "\";;;http://x:1;;\"", "\"http://host:5\\uFFFF0\"", "\"\\uFFFF://\\uFFFF:\\uFFFF\"", "\"http://host:50000\" + \"0\"",
            "$\"http://host:{int.MaxValue}\"", "$\"http://host:{-0}\"", "$\"http://host:{50000,10}\"", "$\"http://host:{50000:D6}\"",
            "$\"http://host:{ulong.MaxValue}\"", "$\"{\"http\"}://{null}:{'5'}0000\"", "@\"http://host:50000\"",
            "\"\"\"http://host:50000\"\"\"", "\"http://host:" + new string('9', 400) + "\"", "\"http://user:pw@host:50000\"",
            "\"HTTP://HOST:65536/\"", "\"http://host: 50000 \"", "\"http://host:+50000\"", "\"http://host:-1\"",
            "\"http://host:0x10\"", "\"http://xn--bcher-kva.example:50000\"", "\"http://[fe80::1%25eth0]:50000\"",
            "\"http://127.0.0.1:50000;https://*:\"", "(string)null", "null", "default", "\"http://ホスト.例:50000/パス\"",
            "\"http://host:٥٠٠٠٠\"", "\"http://host:５００００\"", "\"\\0http://host:50000\"", "\"http://[::ffff:127.0.0.1]:50000\"",
            "\"http://h:1:2:3\"", "\"a://b://c:50000\"", "\"http://]:50000\"", "\"http://[:50000\"",
        };

        private static readonly string[] Unbalanced = { "{", "}", "(", ")", "\"", "'", "[", "]", "$\"", "@\"", "\"\"\"", "/*", "#if X", "<", "=>" };

        public static IEnumerable<Mutation> Mutate(string source, int seed)
        {
            var random = new Random(seed);
            var tree = CSharpSyntaxTree.ParseText(source, RobustnessHost.ParseOptions);
            var tokens = tree.GetRoot().DescendantTokens(descendIntoTrivia: false).Where(t => t.Span.Length != 0).ToArray();
            if (tokens.Length == 0)
            {
                yield break;
            }

            // Truncation at many points (token boundaries and arbitrary characters, including inside literals).
            foreach (var position in Spread(tokens.Length, 16, random).Select(i => tokens[i].Span.End)
                .Concat(Spread(source.Length, 8, random)))
            {
                yield return new Mutation("truncate@" + position, source.Substring(0, position));
            }

            // Deleted tokens.
            foreach (var index in Spread(tokens.Length, 16, random))
            {
                var span = tokens[index].Span;
                yield return new Mutation($"delete '{tokens[index].Text}'@{span.Start}", source.Remove(span.Start, span.Length));
            }

            // Duplicated lines.
            var lines = SourceText.From(source).Lines.Where(l => l.Span.Length != 0).ToArray();
            foreach (var index in Spread(lines.Length, 5, random))
            {
                var line = lines[index];
                yield return new Mutation("duplicate line " + (line.LineNumber + 1), source.Insert(line.EndIncludingLineBreak, source.Substring(line.Start, line.EndIncludingLineBreak - line.Start)));
            }

            // Unbalanced braces, parentheses, quotes.
            foreach (var insertion in Unbalanced)
            {
                foreach (var index in Spread(tokens.Length, 2, random))
                {
                    var at = tokens[index].SpanStart;
                    yield return new Mutation($"insert '{insertion}'@{at}", source.Insert(at, insertion));
                }
            }

            // Odd literals: every numeric literal and every string literal (plain and interpolated) replaced by each odd value.
            var numbers = tokens.Where(t => t.IsKind(SyntaxKind.NumericLiteralToken)).ToArray();
            var strings = tree.GetRoot().DescendantNodes()
                .Where(n => n.IsKind(SyntaxKind.StringLiteralExpression) || n.IsKind(SyntaxKind.InterpolatedStringExpression))
                .Where(n => !n.Ancestors().Any(a => a.IsKind(SyntaxKind.InterpolatedStringExpression)))
                .Select(n => n.Span)
                .ToArray();
            foreach (var number in numbers)
            {
                foreach (var odd in OddNumbers)
                {
                    yield return new Mutation($"number {number.Text}->{odd}", Replace(source, number.Span, odd));
                }
            }

            foreach (var span in strings)
            {
                foreach (var odd in OddStrings)
                {
                    yield return new Mutation($"string@{span.Start}->{Shorten(odd)}", Replace(source, span, odd));
                }
            }
        }

        private static string Replace(string source, TextSpan span, string replacement)
            => source.Substring(0, span.Start) + replacement + source.Substring(span.End);

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";

        /// <summary>Up to <paramref name="count"/> distinct indexes in [0, length): evenly spread, jittered by the seeded random.</summary>
        private static IEnumerable<int> Spread(int length, int count, Random random)
        {
            if (length <= 0)
            {
                yield break;
            }

            var seen = new HashSet<int>();
            for (var i = 0; i < count; i++)
            {
                var index = Math.Min(length - 1, (int)((long)length * i / count) + random.Next(Math.Max(1, length / count)));
                if (seen.Add(index))
                {
                    yield return index;
                }
            }
        }
    }
}
