using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PortLint.CodeFixes
{
    /// <summary>
    /// The fixes are plain text changes on the original source: small, non-overlapping edits merge cleanly in Fix All
    /// (BatchFixer), and nothing else in the file is reformatted.
    /// </summary>
    internal sealed class SourceEdits
    {
        private readonly List<TextChange> _changes = new List<TextChange>();

        public IReadOnlyList<TextChange> Changes => _changes;

        public void Replace(TextSpan span, string newText) => _changes.Add(new TextChange(span, newText));

        public void Insert(int position, string newText) => _changes.Add(new TextChange(new TextSpan(position, 0), newText));

        public void AddRange(SourceEdits other) => _changes.AddRange(other._changes);

        /// <summary>Whether no two changes touch the same characters (two inserts at one position also count as a clash).</summary>
        public bool AreDisjoint()
        {
            var sorted = new List<TextChange>(_changes);
            sorted.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
            for (var i = 1; i < sorted.Count; i++)
            {
                if (sorted[i].Span.Start < sorted[i - 1].Span.End || sorted[i].Span.Start == sorted[i - 1].Span.Start)
                {
                    return false;
                }
            }

            return true;
        }

        public Document ApplyTo(Document document, SourceText text) => document.WithText(text.WithChanges(_changes));

        /// <summary>The end-of-line sequence the file uses.</summary>
        public static string EndOfLine(SourceText text)
        {
            foreach (var line in text.Lines)
            {
                var breakLength = line.EndIncludingLineBreak - line.End;
                if (breakLength > 0)
                {
                    return text.ToString(new TextSpan(line.End, breakLength));
                }
            }

            return "\n";
        }

        /// <summary>Adds <c>using <paramref name="namespaceName"/>;</c> next to the file's other usings, System ones first.</summary>
        public void AddUsing(CompilationUnitSyntax root, SourceText text, string namespaceName)
        {
            var eol = EndOfLine(text);
            var usings = UsingsOf(root);

            UsingDirectiveSyntax? lastPlain = null;
            foreach (var existing in usings)
            {
                if (!IsPlain(existing))
                {
                    continue;
                }

                if (Compare(namespaceName, existing.Name!.ToString()) < 0)
                {
                    Insert(existing.SpanStart, "using " + namespaceName + ";" + eol + Indentation(existing, text));
                    return;
                }

                lastPlain = existing;
            }

            var after = lastPlain ?? (usings.Count > 0 ? usings[usings.Count - 1] : null);
            if (after != null)
            {
                Insert(after.FullSpan.End, Indentation(after, text) + "using " + namespaceName + ";" + eol);
                return;
            }

            if (root.Externs.Count > 0)
            {
                // Usings follow extern aliases.
                Insert(root.Externs[root.Externs.Count - 1].FullSpan.End, "using " + namespaceName + ";" + eol);
                return;
            }

            // After the file's leading trivia (header comment, #define / #undef, which must come first).
            Insert(root.GetFirstToken(includeZeroWidth: true).SpanStart, "using " + namespaceName + ";" + eol + eol);
        }

        /// <summary>
        /// Whether a using can be added without making a broken file worse: no using directive next to which it would go is
        /// half-typed (a missing semicolon would glue the new using to it). Callers qualify the name instead.
        /// </summary>
        public static bool CanAddUsing(CompilationUnitSyntax root)
        {
            foreach (var directive in UsingsOf(root))
            {
                if (directive.ContainsDiagnostics)
                {
                    return false;
                }
            }

            return true;
        }

        private static SyntaxList<UsingDirectiveSyntax> UsingsOf(CompilationUnitSyntax root)
        {
            var usings = root.Usings;
            if (usings.Count == 0 && root.Members.Count > 0 && root.Members[0] is BaseNamespaceDeclarationSyntax ns && ns.Usings.Count > 0)
            {
                usings = ns.Usings;
            }

            return usings;
        }

        /// <summary>A C# regular string literal holding <paramref name="value"/>.</summary>
        public static string StringLiteral(string value)
            => SyntaxFactory.Literal(value).Text;

        /// <summary><paramref name="value"/> escaped for the text part of an interpolated string; null for raw strings.</summary>
        public static string? EscapeForInterpolatedText(string value, InterpolatedStringExpressionSyntax interpolated)
        {
            var start = interpolated.StringStartToken.Text;
            if (start.Contains("\"\"\""))
            {
                return null;
            }

            var verbatim = start.Contains("@");
            var builder = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                switch (c)
                {
                    case '{':
                        builder.Append("{{");
                        break;
                    case '}':
                        builder.Append("}}");
                        break;
                    case '"':
                        builder.Append(verbatim ? "\"\"" : "\\\"");
                        break;
                    default:
                        if (verbatim)
                        {
                            builder.Append(c);
                        }
                        else
                        {
                            var literal = SyntaxFactory.Literal(c.ToString()).Text;
                            builder.Append(literal, 1, literal.Length - 2);
                        }

                        break;
                }
            }

            return builder.ToString();
        }

        /// <summary>Whether <paramref name="expression"/> needs parentheses as an operand of <c>??</c> or as a branch of <c>?:</c>.</summary>
        public static bool NeedsParentheses(ExpressionSyntax expression)
            => expression is ConditionalExpressionSyntax
            || expression is AssignmentExpressionSyntax
            || expression is AnonymousFunctionExpressionSyntax
            || expression.IsKind(SyntaxKind.CoalesceExpression);

        public static string Parenthesize(ExpressionSyntax expression)
            => NeedsParentheses(expression) ? "(" + expression + ")" : expression.ToString();

        private static bool IsPlain(UsingDirectiveSyntax directive)
            => directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.GlobalKeyword.IsKind(SyntaxKind.None) && directive.Name != null;

        private static int Compare(string left, string right)
        {
            var leftSystem = IsSystem(left);
            var rightSystem = IsSystem(right);
            if (leftSystem != rightSystem)
            {
                return leftSystem ? -1 : 1;
            }

            return StringComparer.OrdinalIgnoreCase.Compare(left, right);
        }

        private static bool IsSystem(string name) => name == "System" || name.StartsWith("System.", StringComparison.Ordinal);

        private static string Indentation(SyntaxNode node, SourceText text)
        {
            var line = text.Lines.GetLineFromPosition(node.SpanStart);
            var end = line.Start;
            while (end < node.SpanStart && (text[end] == ' ' || text[end] == '\t'))
            {
                end++;
            }

            return text.ToString(TextSpan.FromBounds(line.Start, end));
        }
    }
}
