using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PortLint.Catalog
{
    /// <summary>
    /// What the pre-checks must know about a compilation's other files: which gate words (<see cref="SinkEntry.Gate"/>) any of
    /// its files contains, and its <c>global using</c> aliases and <c>global using static</c> directives, which let a file call a
    /// catalogued API without naming its type. Read once per compilation from every tree; each tree's part is cached for as
    /// long as the tree lives, so a keystroke re-reads only the edited file.
    /// </summary>
    internal sealed class CompilationFacts
    {
        /// <summary>Every gate word of the built-in catalogue.</summary>
        internal static readonly string[] GateWords = SinkCatalog.BuiltIn.Where(e => e.Gate != null).SelectMany(e => e.Gate!).Distinct().ToArray();

        /// <summary>The index of <c>global</c> among <see cref="FileWords"/>, after the gate words (at most 63: their bits fit a long).</summary>
        private static readonly int GlobalWord = System.Math.Min(GateWords.Length, 63);

        /// <summary>The gate words and <c>global</c>, looked for in one pass of each file (no word starts another).</summary>
        private static readonly WordSearch FileWords = new WordSearch(GateWords.Take(GlobalWord).Concat(new[] { "global" }).ToArray());

        /// <summary>Every word of <see cref="FileWords"/> found: the search can stop.</summary>
        private static readonly long All = (1L << (GlobalWord + 1)) - 1;

        private static readonly ConditionalWeakTable<SyntaxTree, TreeFacts> Cache = new ConditionalWeakTable<SyntaxTree, TreeFacts>();

        private CompilationFacts(HashSet<string> openGates, Dictionary<string, string> globalAliases, HashSet<string> globalStaticTypes)
        {
            OpenGates = openGates;
            GlobalAliases = globalAliases;
            GlobalStaticTypes = globalStaticTypes;
        }

        /// <summary>All of the facts as one string: compilations with equal keys get the same index (<see cref="SinkIndex.For"/>).</summary>
        public string Key
        {
            get
            {
                var key = new System.Text.StringBuilder();
                foreach (var gate in OpenGates.OrderBy(g => g, System.StringComparer.Ordinal))
                {
                    key.Append(gate).Append(',');
                }

                key.Append('|');
                foreach (var alias in GlobalAliases.OrderBy(a => a.Key, System.StringComparer.Ordinal))
                {
                    key.Append(alias.Key).Append('=').Append(alias.Value).Append(',');
                }

                key.Append('|');
                foreach (var type in GlobalStaticTypes.OrderBy(t => t, System.StringComparer.Ordinal))
                {
                    key.Append(type).Append(',');
                }

                return key.ToString();
            }
        }

        /// <summary>The gate words some file of the compilation contains.</summary>
        public HashSet<string> OpenGates { get; }

        /// <summary><c>global using L = System.Net.Sockets.TcpListener;</c>: alias to the simple name of the type it stands for.</summary>
        public Dictionary<string, string> GlobalAliases { get; }

        /// <summary><c>global using static Ns.Type;</c>: the simple names of those types.</summary>
        public HashSet<string> GlobalStaticTypes { get; }

        public static CompilationFacts Read(Compilation compilation, CancellationToken cancellationToken)
        {
            var gates = new HashSet<string>(System.StringComparer.Ordinal);
            var aliases = new Dictionary<string, string>(System.StringComparer.Ordinal);
            var statics = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var facts = Cache.GetValue(tree, t => TreeFacts.Read(t, cancellationToken));
                for (var i = 0; i < GateWords.Length; i++)
                {
                    if ((facts.Gates & (1L << i)) != 0)
                    {
                        gates.Add(GateWords[i]);
                    }
                }

                foreach (var pair in facts.Aliases)
                {
                    aliases[pair.Key] = pair.Value;
                }

                statics.UnionWith(facts.StaticTypes);
            }

            return new CompilationFacts(gates, aliases, statics);
        }

        /// <summary>The aliases a compilation unit and its namespaces declare: alias name to the rightmost name of its target.</summary>
        public static void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, Dictionary<string, string> aliases, HashSet<string>? staticTypes, bool globalOnly)
        {
            foreach (var directive in usings)
            {
                if (globalOnly && directive.GlobalKeyword.IsKind(SyntaxKind.None))
                {
                    continue;
                }

                var target = RightmostName(directive.Name);
                if (target is null)
                {
                    continue;
                }

                if (directive.Alias != null)
                {
                    aliases[directive.Alias.Name.Identifier.ValueText] = target;
                }
                else if (!directive.StaticKeyword.IsKind(SyntaxKind.None))
                {
                    staticTypes?.Add(target);
                }
            }
        }

        internal static string? RightmostName(NameSyntax? name) => name switch
        {
            QualifiedNameSyntax qualified => RightmostName(qualified.Right),
            AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name.Identifier.ValueText,
            GenericNameSyntax generic => generic.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };

        private sealed class TreeFacts
        {
            private static readonly Dictionary<string, string> NoAliases = new Dictionary<string, string>();
            private static readonly HashSet<string> NoStatics = new HashSet<string>();

            private TreeFacts(long gates, Dictionary<string, string> aliases, HashSet<string> staticTypes)
            {
                Gates = gates;
                Aliases = aliases;
                StaticTypes = staticTypes;
            }

            public long Gates { get; }

            public Dictionary<string, string> Aliases { get; }

            public HashSet<string> StaticTypes { get; }

            public static TreeFacts Read(SyntaxTree tree, CancellationToken cancellationToken)
            {
                var text = tree.GetText(cancellationToken).ToString();
                long found = 0;
                for (var at = FileWords.Find(text, 0, out var word); at >= 0; at = FileWords.Find(text, at + 1, out word))
                {
                    found |= 1L << word;
                    if (found == All)
                    {
                        break;
                    }
                }

                var gates = found & ~(1L << GlobalWord);
                var aliases = NoAliases;
                var statics = NoStatics;
                if ((found & (1L << GlobalWord)) != 0 && tree.GetRoot(cancellationToken) is CompilationUnitSyntax root && root.Usings.Count > 0)
                {
                    aliases = new Dictionary<string, string>(System.StringComparer.Ordinal);
                    statics = new HashSet<string>(System.StringComparer.Ordinal);
                    AddAliases(root.Usings, aliases, statics, globalOnly: true);
                }

                return new TreeFacts(gates, aliases, statics);
            }
        }
    }
}
