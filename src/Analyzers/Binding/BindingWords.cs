using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace PortLint.Binding
{
    /// <summary>
    /// The words a binding site PortLint reports always has in its file, and where they stand. The type names
    /// (<c>TcpListener</c>, <c>UdpClient</c>, <c>IPEndPoint</c>, and <c>IPAddress</c> for an endpoint created with
    /// <c>new(...)</c>), the URL members (<c>Urls</c> for <c>UseUrls</c> and <c>app.Urls</c>, <c>UseSetting</c>, <c>Prefixes</c>,
    /// <c>Addresses</c>), and two common names only where their type is named too: <c>Listen</c> (Kestrel's <c>Listen*</c>)
    /// where <c>Kestrel</c> appears (<c>ConfigureKestrel</c>, <c>UseKestrel</c>, <c>KestrelServerOptions</c>), <c>Run</c>
    /// (<c>Run(url)</c>, <c>RunAsync(url)</c>) where <c>WebApplication</c> appears. <c>Task.Run</c>, user types with a
    /// <c>Listen</c> method and configuration binding are everywhere; a file that has none of the words costs one scan of
    /// its text, and in the others only the calls around the words are looked at.
    /// </summary>
    internal static class BindingWords
    {
        /// <summary>The words that put <see cref="BindingWordSet.TypesOrUrls"/> on; <see cref="Scan"/> looks for each of them.</summary>
        internal static readonly string[] AlwaysWatched =
        {
            "TcpListener", "UdpClient", "IPEndPoint", "IPAddress", "Urls", "UseSetting", "Prefixes", "Addresses",
        };

        /// <summary>
        /// Which groups of words <paramref name="content"/> contains, in five passes over the text rather than one per word (most
        /// files contain none, so every pass runs to the end): one pass stops at the capitals <c>K</c>, <c>W</c>, <c>U</c>,
        /// which are rare in C# and start <c>Kestrel</c>, <c>WebApplication</c>, <c>Urls</c>, <c>UseSetting</c> and <c>UdpClient</c>;
        /// one looks for <c>IP</c> (<c>IPEndPoint</c>, <c>IPAddress</c>); <c>TcpListener</c>, <c>Prefixes</c> and <c>Addresses</c> have one each.
        /// </summary>
        public static BindingWordSet Scan(string content)
        {
            const BindingWordSet All = BindingWordSet.TypesOrUrls | BindingWordSet.Kestrel | BindingWordSet.WebApplication;
            var found = BindingWordSet.None;
            var text = content.AsSpan();
            for (var offset = 0; offset < text.Length;)
            {
                var index = text.Slice(offset).IndexOfAny('K', 'W', 'U');
                if (index < 0)
                {
                    break;
                }

                var at = offset + index;
                switch (content[at])
                {
                    case 'K' when StartsAt(content, at, "Kestrel"):
                        found |= BindingWordSet.Kestrel;
                        break;
                    case 'W' when StartsAt(content, at, "WebApplication"):
                        found |= BindingWordSet.WebApplication;
                        break;
                    case 'U' when StartsAt(content, at, "Urls") || StartsAt(content, at, "UseSetting") || StartsAt(content, at, "UdpClient"):
                        found |= BindingWordSet.TypesOrUrls;
                        break;
                }

                if (found == All)
                {
                    return found;
                }

                offset = at + 1;
            }

            if ((found & BindingWordSet.TypesOrUrls) == 0
                && (ContainsIPType(content) || Contains(content, "TcpListener") || Contains(content, "Prefixes") || Contains(content, "Addresses")))
            {
                found |= BindingWordSet.TypesOrUrls;
            }

            return found;
        }

        /// <summary>Adds the start of every watched word in <paramref name="content"/> (with <paramref name="words"/> found by <see cref="Scan"/>).</summary>
        public static void AddOccurrences(string content, BindingWordSet words, List<int> positions)
        {
            if ((words & BindingWordSet.TypesOrUrls) != 0)
            {
                foreach (var word in AlwaysWatched)
                {
                    AddOccurrences(content, word, positions);
                }

                // A target-typed `new(...)` names no type where it stands (`_listener = new(50000)`, `=> new(...)`).
                AddTargetTypedNews(content, positions);
            }

            if ((words & BindingWordSet.Kestrel) != 0)
            {
                AddOccurrences(content, "Listen", positions);
            }

            if ((words & BindingWordSet.WebApplication) != 0)
            {
                AddOccurrences(content, "Run", positions);
            }
        }

        private static void AddOccurrences(string content, string word, List<int> positions)
        {
            for (var index = content.IndexOf(word, StringComparison.Ordinal); index >= 0; index = content.IndexOf(word, index + word.Length, StringComparison.Ordinal))
            {
                positions.Add(index);
            }
        }

        /// <summary>
        /// The <c>new</c> keywords followed by <c>(</c>: target-typed creations. Text only, so <c>new List&lt;int&gt;()</c>, <c>renew(</c>
        /// and the like never reach <c>FindToken</c>. A comment or a preprocessor directive between <c>new</c> and <c>(</c>
        /// (<c>new</c>, <c>#pragma warning disable CS0618</c>, <c>(50000)</c>) is left to the token check that follows, as is a
        /// <c>new (</c> in a comment or string.
        /// </summary>
        private static void AddTargetTypedNews(string content, List<int> positions)
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

                if (next < content.Length && (content[next] == '(' || content[next] == '/' || content[next] == '#'))
                {
                    positions.Add(index);
                }
            }
        }

        private static bool Contains(string content, string word) => content.IndexOf(word, StringComparison.Ordinal) >= 0;

        /// <summary><c>IPEndPoint</c> or <c>IPAddress</c>, in one pass.</summary>
        private static bool ContainsIPType(string content)
        {
            for (var index = content.IndexOf("IP", StringComparison.Ordinal); index >= 0; index = content.IndexOf("IP", index + 2, StringComparison.Ordinal))
            {
                if (StartsAt(content, index, "IPEndPoint") || StartsAt(content, index, "IPAddress"))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool StartsAt(string content, int index, string word)
            => index + word.Length <= content.Length && string.CompareOrdinal(content, index, word, 0, word.Length) == 0;
    }

    /// <summary>Which groups of <see cref="BindingWords"/> a file contains.</summary>
    [Flags]
    internal enum BindingWordSet
    {
        None = 0,

        /// <summary>A socket type name or a URL member: the calls around it may bind.</summary>
        TypesOrUrls = 1,

        /// <summary><c>Kestrel</c>: Kestrel's <c>Listen</c>, <c>ListenLocalhost</c>, <c>ListenAnyIP</c> can be called here.</summary>
        Kestrel = 2,

        /// <summary><c>WebApplication</c>: <c>Run(url)</c> / <c>RunAsync(url)</c> can be called here.</summary>
        WebApplication = 4,
    }
}
