using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace PortLint.Binding
{
    /// <summary>
    /// The <c>new</c> keywords followed by <c>(</c>: target-typed creations, which name no type where they stand
    /// (<c>_listener = new(50000)</c>). Text only, so <c>new List&lt;int&gt;()</c>, <c>renew(</c> and the like never reach
    /// <c>FindToken</c>. A comment or a preprocessor directive between <c>new</c> and <c>(</c> is left to the token check that
    /// follows, as is a <c>new (</c> in a comment or string.
    /// </summary>
    internal static class TargetTypedNew
    {
        /// <summary><c>new()</c>, <c>Run()</c>: every catalogued API takes the port, so a creation or call without arguments is none.</summary>
        internal static bool IsEmptyArgumentList(string content, int open)
        {
            if (content[open] != '(')
            {
                return false;
            }

            var next = open + 1;
            while (next < content.Length && (SyntaxFacts.IsWhitespace(content[next]) || SyntaxFacts.IsNewLine(content[next])))
            {
                next++;
            }

            return next < content.Length && content[next] == ')';
        }

        /// <summary>The usual spellings of a target-typed creation: a comment or a directive between <c>new</c> and <c>(</c> is found by the occurrences, in files that pass the text check for another word.</summary>
        public static readonly string[] Spellings = { "new(", "new (" };

        /// <summary>Whether <paramref name="content"/> has a target-typed <c>new(</c> (a file that creates a listener with <c>_udp = new(50000)</c> may name no type).</summary>
        public static bool Any(string content)
        {
            foreach (var spelling in Spellings)
            {
                for (var index = content.IndexOf(spelling, StringComparison.Ordinal); index >= 0; index = content.IndexOf(spelling, index + spelling.Length, StringComparison.Ordinal))
                {
                    if (IsCreationAt(content, index, spelling))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="spelling"/> at <paramref name="index"/> starts a creation with arguments: not <c>renew(</c>, <c>@new(</c> or <c>new()</c>.</summary>
        public static bool IsCreationAt(string content, int index, string spelling)
            => (index == 0 || !(SyntaxFacts.IsIdentifierPartCharacter(content[index - 1]) || content[index - 1] == '@'))
            && !IsEmptyArgumentList(content, index + spelling.Length - 1);

        public static void AddOccurrences(string content, List<int> positions)
        {
            for (var index = content.IndexOf("new", StringComparison.Ordinal); index >= 0; index = content.IndexOf("new", index + 3, StringComparison.Ordinal))
            {
                if (index > 0 && (SyntaxFacts.IsIdentifierPartCharacter(content[index - 1]) || content[index - 1] == '@'))
                {
                    continue;
                }

                var next = index + 3;
                while (next < content.Length && (SyntaxFacts.IsWhitespace(content[next]) || SyntaxFacts.IsNewLine(content[next])))
                {
                    next++;
                }

                if (next < content.Length && (content[next] == '(' || content[next] == '/' || content[next] == '#') && !IsEmptyArgumentList(content, next))
                {
                    positions.Add(index);
                }
            }
        }
    }
}
