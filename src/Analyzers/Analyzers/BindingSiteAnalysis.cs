using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PortLint.Binding;
using PortLint.Catalog;
using PortLint.Flow;
using PortLint.Options;
using PortLint.Ranges;
using PortLint.Rules;
using PortLint.Urls;
using PortLint.Values;

namespace PortLint.Analyzers
{
    /// <summary>
    /// Per-compilation state of <see cref="FixedServerPortAnalyzer"/>: finds the candidate sites of each tree, asks the semantic
    /// model only about candidates, and reports the fixed ports that reach a catalogued API (<see cref="SinkCatalog"/>).
    /// </summary>
    internal sealed class BindingSiteAnalysis
    {
        /// <summary>Distinct <c>server_apis</c> values cached per compilation (one per .editorconfig section that sets it).</summary>
        private const int MaxCachedOptionSets = 16;

        private readonly Compilation _compilation;
        private readonly ImmutableArray<SinkEntry> _entries;
        private readonly PortLintOptionsCache _options;

        /// <summary>Read once from every tree (cancellable: a cancelled read is not kept, and the next callback reads again).</summary>
        private CompilationFacts? _facts;
        private SourceMembers? _members;
        private readonly ConcurrentDictionary<string, SinkIndex> _indexes = new ConcurrentDictionary<string, SinkIndex>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, Lazy<SinkSymbols>> _symbols = new ConcurrentDictionary<string, Lazy<SinkSymbols>>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, FlowSlot> _flows = new ConcurrentDictionary<string, FlowSlot>(StringComparer.Ordinal);

        /// <summary>The active entries' libraries, in catalogue order: what <see cref="SinkIndex.For"/> shares an index by.</summary>
        private readonly string _entriesKey;

        public BindingSiteAnalysis(Compilation compilation, ImmutableArray<SinkEntry> entries, PortLintOptionsCache options)
        {
            _compilation = compilation;
            _entries = entries;
            _entriesKey = EntriesKey(entries);
            _options = options;
        }

        /// <summary>0 until <see cref="IsTestCode"/> is first read, then 1 (no) or 2 (yes).</summary>
        private int _isTestCode;

        /// <summary>
        /// Whether the compilation references a test framework (<see cref="TestFrameworks"/>): PORT005 applies. Read when a site
        /// is first checked, not at compilation start: most compilations have no site, and the check reads every reference.
        /// </summary>
        public bool IsTestCode
        {
            get
            {
                var state = Volatile.Read(ref _isTestCode);
                if (state == 0)
                {
                    // Idempotent: concurrent first readers compute the same answer.
                    state = TestFrameworks.AreReferencedBy(_compilation) ? 2 : 1;
                    Volatile.Write(ref _isTestCode, state);
                }

                return state == 2;
            }
        }

        /// <summary>
        /// The analysis of a compilation with the entries of the libraries it references, or null when it references none and no
        /// project API is declared for every file (a .globalconfig): then nothing is registered.
        /// </summary>
        public static BindingSiteAnalysis? Create(Compilation compilation, AnalyzerConfigOptionsProvider options)
        {
            var libraries = ReferencedLibraries.Find(compilation);
            if (libraries.Count == 0 && !options.GlobalOptions.TryGetValue(OptionKeys.ServerApis, out _))
            {
                return null;
            }

            var entries = ImmutableArray.CreateBuilder<SinkEntry>();
            foreach (var entry in SinkCatalog.BuiltIn)
            {
                if (libraries.Contains(entry.Library))
                {
                    entries.Add(entry);
                }
            }

            return new BindingSiteAnalysis(compilation, entries.ToImmutable(), new PortLintOptionsCache(options));
        }

        private static string EntriesKey(ImmutableArray<SinkEntry> entries)
        {
            var key = new System.Text.StringBuilder();
            SinkLibrary? last = null;
            foreach (var entry in entries)
            {
                if (entry.Library != last)
                {
                    last = entry.Library;
                    key.Append(last.Name).Append(',');
                }
            }

            return key.Append(entries.Length).ToString();
        }

        /// <summary>
        /// One tree: a text check first (a tree that names no catalogued API costs one scan of its text), then only the sites
        /// around the words that name one, and the semantic model only for the sites <see cref="SiteSyntax"/> lets through.
        /// </summary>
        public void AnalyzeTree(SemanticModelAnalysisContext treeContext)
        {
            var cancellationToken = treeContext.CancellationToken;
            var tree = treeContext.SemanticModel.SyntaxTree;
            var options = _options.For(tree);
            var index = IndexFor(options, cancellationToken);

            // StringText (every parsed file under 40K characters) returns its string without copying.
            var content = tree.GetText(cancellationToken).ToString();
            // The summary of the compilation's derived sinks also holds every file's candidate binding sites (found while it was built).
            var flow = FlowFor(options, cancellationToken);
            var bindingSites = flow.BindingSitesIn(tree);
            var callsHere = !flow.IsEmpty && CallSites.MayHave(content, flow);
            var declaredHere = flow.DeclaredWithValuesIn(tree);
            if (bindingSites is null && !callsHere && declaredHere is null)
            {
                return;
            }

            var symbols = SymbolsFor(options);
            var context = new SiteContext(treeContext.SemanticModel, treeContext.ReportDiagnostic, cancellationToken, index, symbols, options, IsTestCode, flow);
            if (bindingSites != null)
            {
                var filterSpan = treeContext.FilterSpan;
                foreach (var candidate in bindingSites)
                {
                    if (filterSpan is not { } span || candidate.Span.IntersectsWith(span))
                    {
                        AnalyzeCandidate(context, candidate);
                    }
                }
            }

            if (callsHere)
            {
                // The calls of the project's own methods whose parameters reach a catalogued API: the constant is reported here.
                var candidates = new List<SyntaxNode>();
                CallSites.Find(tree.GetRoot(cancellationToken), content, flow, treeContext.FilterSpan, candidates, cancellationToken);
                foreach (var site in candidates)
                {
                    if (MayCarryDerived(context, site))
                    {
                        AnalyzeDerivedSite(context, site);
                    }
                }
            }

            if (declaredHere != null)
            {
                foreach (var sink in declaredHere)
                {
                    AnalyzeDeclaredValues(context, sink, treeContext.FilterSpan);
                }
            }
        }

        /// <summary>
        /// The compilation's derived sinks for one set of options, built by the trees that ask for it together (<see cref="FlowSlot"/>:
        /// each runs files nobody has taken) and kept for the compilation.
        /// </summary>
        internal FlowSummary FlowFor(PortLintOptions options, CancellationToken cancellationToken)
        {
            var key = options.ServerApisText;
            if (!_flows.TryGetValue(key, out var slot))
            {
                slot = _flows.Count < MaxCachedOptionSets ? _flows.GetOrAdd(key, _ => new FlowSlot(_compilation)) : new FlowSlot(_compilation);
            }

            return slot.Get(this, _compilation, options, cancellationToken);
        }

        internal SinkIndex IndexFor(PortLintOptions options, CancellationToken cancellationToken = default)
        {
            var key = options.ServerApisText;
            if (_indexes.TryGetValue(key, out var cached))
            {
                return cached;
            }

            // Idempotent: concurrent first callers may both build it; one is kept.
            var index = SinkIndex.For(_entriesKey, _entries, options.ServerApisText, options.ServerApis, Facts(cancellationToken));
            return _indexes.Count < MaxCachedOptionSets ? _indexes.GetOrAdd(key, index) : index;
        }

        private CompilationFacts Facts(CancellationToken cancellationToken)
        {
            var facts = Volatile.Read(ref _facts);
            if (facts is null)
            {
                facts = CompilationFacts.Read(_compilation, cancellationToken);
                facts = Interlocked.CompareExchange(ref _facts, facts, null) ?? facts;
            }

            return facts;
        }

        internal SinkSymbols SymbolsFor(PortLintOptions options)
        {
            var key = options.ServerApisText;
            if (_symbols.TryGetValue(key, out var cached))
            {
                return cached.Value;
            }

            var lazy = new Lazy<SinkSymbols>(() => SinkSymbols.Create(_compilation, options.ServerApis), LazyThreadSafetyMode.ExecutionAndPublication);
            return (_symbols.Count < MaxCachedOptionSets ? _symbols.GetOrAdd(key, lazy) : lazy).Value;
        }

        /// <summary>
        /// The syntax-only part of <see cref="AnalyzeTree"/>: the sites around the occurrences of the index's anchors that
        /// <see cref="SiteSyntax"/> lets through, each once, in the order of the anchors' occurrences.
        /// </summary>
        internal static void FindCandidates(SyntaxNode root, string content, SinkIndex index, TextSpan? filterSpan, List<SyntaxNode> candidates, CancellationToken cancellationToken = default)
        {
            var positions = new List<int>();
            index.Anchors.AddOccurrences(content, positions);
            var aliases = FileAliases(root, content, index, positions);
            if (index.HasConstructors)
            {
                // A target-typed `new(...)` names no type where it stands (`_listener = new(50000)`, `=> new(...)`).
                TargetTypedNew.AddOccurrences(content, positions);
            }

            var seen = new HashSet<SyntaxNode>();
            foreach (var position in positions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!MayBeAnchor(content, position, index, aliases))
                {
                    continue;
                }

                var token = root.FindToken(position);
                if (IsAnchor(token, position, index, aliases))
                {
                    AddCandidatesAbove(token, index, aliases, filterSpan, seen, candidates);
                }
            }
        }

        /// <summary>
        /// The nodes above an anchor's token, up to its statement or member, that <see cref="SiteSyntax"/> takes (the only nodes a
        /// site can be), each added once: to <paramref name="seen"/>, and to <paramref name="candidates"/> in the order met.
        /// </summary>
        internal static void AddCandidatesAbove(SyntaxToken token, SinkIndex index, Dictionary<string, string>? aliases, TextSpan? filterSpan, HashSet<SyntaxNode> seen, List<SyntaxNode>? candidates)
        {
            for (var node = token.Parent; node != null && !(node is StatementSyntax) && !(node is MemberDeclarationSyntax); node = node.Parent)
            {
                if ((filterSpan is not { } span || node.Span.IntersectsWith(span))
                    && SiteSyntax.IsCandidate(node, index, aliases)
                    && seen.Add(node))
                {
                    candidates?.Add(node);
                }
            }
        }

        /// <summary>
        /// <see cref="IsAnchor"/>'s identifier check on the text, before <c>FindToken</c>: an occurrence inside an identifier that
        /// names no site (<c>Run</c> in <c>Runtime</c>, <c>Listen</c> in <c>DiagnosticListener</c>, <c>Start</c> in
        /// <c>StartNew</c>) is none. Whatever the text cannot tell is left to the token: an occurrence that does not start
        /// an identifier (a quoted setting key, <c>new</c>), an identifier spelled with an escape or <c>@</c>, and a name
        /// at the start of a string (a setting key inside <c>"ASPNETCORE_HTTP_PORTS"</c>).
        /// </summary>
        internal static bool MayBeAnchor(string content, int position, SinkIndex index, Dictionary<string, string>? aliases)
        {
            if (position >= content.Length || !WordScanner.IsNamePart(content[position]))
            {
                return true;
            }

            var start = position;
            while (start > 0 && WordScanner.IsNamePart(content[start - 1]))
            {
                start--;
            }

            var end = position + 1;
            while (end < content.Length && WordScanner.IsNamePart(content[end]))
            {
                end++;
            }

            if ((start > 0 && IsUnusualNeighbour(content[start - 1])) || (end < content.Length && (content[end] == '\\' || content[end] > 127)))
            {
                return true;
            }

            // The name is looked up where it stands: this runs on every occurrence, and cuts a string out only for an alias
            // lookup or the word before a declared name.
            var length = end - start;
            var kept = (length == 3 && string.CompareOrdinal(content, start, "new", 0, 3) == 0)
                || (index.TryGetName(content, start, length, out var site)
                    && !(site.OnlyCalls && HasNoArguments(content, end))
                    && !(site.OnlyStaticCalls && HasOtherReceiver(content, start, site, index, aliases))
                    && !IsOtherNamespacesType(content, start, end, site, index))
                || IsAlias(content, start, length, index, aliases)
                || (index.WatchesSettingKeys && SettingKeys.IsKeyField(content, start, length));
            return kept && !IsDeclaredName(content, start, end);
        }

        /// <summary>Whether the name at <paramref name="start"/> is an alias of the file or a global alias (cut out only when there is one).</summary>
        private static bool IsAlias(string content, int start, int length, SinkIndex index, Dictionary<string, string>? aliases)
        {
            if ((aliases is null || aliases.Count == 0) && index.GlobalAliases.Count == 0)
            {
                return false;
            }

            var name = content.Substring(start, length);
            return (aliases != null && aliases.ContainsKey(name)) || index.GlobalAliases.ContainsKey(name);
        }

        /// <summary>
        /// <see cref="SiteSyntax.IsCandidate(InvocationExpressionSyntax, SinkIndex, Dictionary{string, string})"/>'s receiver check
        /// of a static-only name on the text: <c>Request.Create()</c>, <c>timer.Start()</c> call another type's member. Only a plain
        /// <c>Receiver.Name</c> is told (whitespace between); a generic, parenthesized, conditional or escaped receiver, a comment
        /// between and an alias are left to the token. Every other site around such an occurrence is found from its own anchor:
        /// a site's name or type is an anchor, and an endpoint's API is found from the endpoint's creation.
        /// </summary>
        private static bool HasOtherReceiver(string content, int nameStart, SiteName site, SinkIndex index, Dictionary<string, string>? aliases)
        {
            var at = SkipWhitespaceBack(content, nameStart - 1);
            if (at < 0 || content[at] != '.')
            {
                return false;
            }

            var end = SkipWhitespaceBack(content, at - 1) + 1;
            if (!PlainNameBefore(content, end, out var start))
            {
                return false;
            }

            var length = end - start;
            return (!TextKeys.Contains(site.StaticTypes, content, start, length) || (index.TryGetName(content, start, length, out var type) && HasOtherNamespace(content, start, type)))
                && !IsAlias(content, start, length, index, aliases);
        }

        /// <summary>
        /// <c>void Run(</c>, <c>Widget Create(</c>: the name of a method, local function or delegate being declared (a type written
        /// before it on the same line: a name that is no keyword, or a predefined type), whose token no site holds. A keyword
        /// or contextual keyword before the name (<c>return Run(x)</c>, <c>await Run(x)</c>, <c>select Run(x)</c>), a comment
        /// or a line break between, and a generic, array or tuple type are left to the token.
        /// </summary>
        private static bool IsDeclaredName(string content, int nameStart, int nameEnd)
        {
            var open = SkipWhitespace(content, nameEnd);
            if (open >= content.Length || content[open] != '(')
            {
                return false;
            }

            var wordEnd = nameStart;
            while (wordEnd > 0 && (content[wordEnd - 1] == ' ' || content[wordEnd - 1] == '\t'))
            {
                wordEnd--;
            }

            var wordStart = wordEnd;
            while (wordStart > 0 && WordScanner.IsNamePart(content[wordStart - 1]))
            {
                if (content[wordStart - 1] > 127)
                {
                    return false;
                }

                wordStart--;
            }

            if (wordEnd == nameStart || wordStart == wordEnd || char.IsDigit(content[wordStart]))
            {
                return false;
            }

            if (wordStart > 0 && content[wordStart - 1] == '@')
            {
                // A verbatim identifier (`@class Run(`): a type's name.
                return true;
            }

            if (wordStart > 0 && IsUnusualNeighbour(content[wordStart - 1]))
            {
                return false;
            }

            var word = content.Substring(wordStart, wordEnd - wordStart);
            var keyword = SyntaxFacts.GetKeywordKind(word);
            return keyword != SyntaxKind.None
                ? SyntaxFacts.IsPredefinedType(keyword)
                : SyntaxFacts.GetContextualKeywordKind(word) == SyntaxKind.None;
        }

        /// <summary>
        /// <c>new Corpus.Fakes.TcpListener(</c>, <c>Corpus.Fakes.TcpListener.Create(</c>: a catalogued type's name created or called
        /// under a qualifier of two or more names whose last is not the type's namespace, as <see cref="SiteSyntax"/> tells it
        /// (<c>InNamespace</c>). Every site around it takes the look-alike's object or a call's result, neither of which is
        /// ever a port; a name that is also a method or property name, and any other use of the type, are left to the token.
        /// </summary>
        private static bool IsOtherNamespacesType(string content, int nameStart, int nameEnd, SiteName site, SinkIndex index)
        {
            if (site.Namespaces.Count == 0 || site.Call != ValueShapes.None || site.StaticCall != ValueShapes.None || site.Property != ValueShapes.None || site.Collection)
            {
                return false;
            }

            if (!HasOtherNamespace(content, nameStart, site, out var qualifierStart))
            {
                return false;
            }

            if (site.Creation != ValueShapes.None && IsWordBefore(content, qualifierStart, "new"))
            {
                return true;
            }

            // Name.Member(: the receiver of a static method of the type.
            var dot = SkipWhitespace(content, nameEnd);
            if (dot >= content.Length || content[dot] != '.')
            {
                return false;
            }

            var memberStart = SkipWhitespace(content, dot + 1);
            var memberEnd = memberStart;
            while (memberEnd < content.Length && WordScanner.IsNamePart(content[memberEnd]))
            {
                memberEnd++;
            }

            return memberEnd > memberStart
                && index.TryGetName(content, memberStart, memberEnd - memberStart, out var member)
                && member.OnlyStaticCalls
                && TextKeys.Contains(member.StaticTypes, content, nameStart, nameEnd - nameStart)
                && SkipWhitespace(content, memberEnd) is var open && open < content.Length && content[open] == '(';
        }

        private static bool HasOtherNamespace(string content, int nameStart, SiteName type) => HasOtherNamespace(content, nameStart, type, out _);

        /// <summary>
        /// Whether the name at <paramref name="nameStart"/> is written under a qualifier of two or more plain names (<c>A.B.Name</c>)
        /// whose last is none of <paramref name="type"/>'s namespaces; one name before it may be an alias or the namespace's last part.
        /// </summary>
        private static bool HasOtherNamespace(string content, int nameStart, SiteName type, out int qualifierStart)
        {
            qualifierStart = nameStart;
            var dot = SkipWhitespaceBack(content, nameStart - 1);
            if (type.Namespaces.Count == 0 || dot < 0 || content[dot] != '.')
            {
                return false;
            }

            var tailEnd = SkipWhitespaceBack(content, dot - 1) + 1;
            if (!PlainNameBefore(content, tailEnd, out var tailStart))
            {
                return false;
            }

            // The qualifier's parts, back to its first (a plain dotted name, or one after an alias's `::`).
            var parts = 1;
            var partStart = tailStart;
            while (true)
            {
                var previous = SkipWhitespaceBack(content, partStart - 1);
                if (previous >= 1 && content[previous] == ':' && content[previous - 1] == ':')
                {
                    // global::A.B.Name: an alias-qualified first part.
                    PlainNameBefore(content, SkipWhitespaceBack(content, previous - 2) + 1, out qualifierStart);
                    break;
                }

                if (previous < 0 || content[previous] != '.')
                {
                    qualifierStart = partStart;
                    break;
                }

                if (previous < 1 || content[previous - 1] == '?' || content[previous - 1] == '.'
                    || !PlainNameBefore(content, SkipWhitespaceBack(content, previous - 1) + 1, out partStart))
                {
                    return false;
                }

                parts++;
            }

            return parts >= 2 && !TextKeys.Contains(type.Namespaces, content, tailStart, tailEnd - tailStart);
        }

        /// <summary>
        /// The name that ends at <paramref name="end"/> (exclusive) starts at <paramref name="start"/>; false when there is none,
        /// it is a number, or an escape, a verbatim <c>@</c>, a quote or a character outside ASCII stands before it (the token tells those).
        /// </summary>
        private static bool PlainNameBefore(string content, int end, out int start)
        {
            start = end;
            while (start > 0 && WordScanner.IsNamePart(content[start - 1]))
            {
                start--;
            }

            return start != end && !char.IsDigit(content[start]) && !(start > 0 && IsUnusualNeighbour(content[start - 1]));
        }

        /// <summary>Whether <paramref name="word"/> stands right before <paramref name="at"/>, whitespace between.</summary>
        private static bool IsWordBefore(string content, int at, string word)
        {
            var end = SkipWhitespaceBack(content, at - 1) + 1;
            var start = end - word.Length;
            return start >= 0
                && string.CompareOrdinal(content, start, word, 0, word.Length) == 0
                && (start == 0 || !(WordScanner.IsNamePart(content[start - 1]) || content[start - 1] == '@' || content[start - 1] == '\\'));
        }

        /// <summary>
        /// <c>Name()</c> (whitespace between): a call without arguments, which <see cref="SiteSyntax"/> never takes; a generic
        /// call, a comment between and a method group are left to the token.
        /// </summary>
        private static bool HasNoArguments(string content, int nameEnd)
        {
            var open = SkipWhitespace(content, nameEnd);
            return open < content.Length && TargetTypedNew.IsEmptyArgumentList(content, open);
        }

        private static int SkipWhitespace(string content, int at)
        {
            while (at < content.Length && IsWhitespace(content[at]))
            {
                at++;
            }

            return at;
        }

        private static bool IsWhitespace(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\n';

        private static int SkipWhitespaceBack(string content, int at)
        {
            while (at >= 0 && IsWhitespace(content[at]))
            {
                at--;
            }

            return at;
        }

        /// <summary>Before a name: an escape (<c>\u0052un</c>), a verbatim <c>@</c>, a string's quote, or a character outside ASCII (a formatting character is part of an identifier).</summary>
        private static bool IsUnusualNeighbour(char c) => c == '\\' || c == '@' || c == '"' || c > 127;

        internal static bool IsAnchor(SyntaxToken token, int position, SinkIndex index, Dictionary<string, string>? aliases)
        {
            switch (token.Kind())
            {
                case SyntaxKind.NewKeyword:
                    // Only target-typed creations: explicit ones are found by their type name.
                    return token.Parent is ImplicitObjectCreationExpressionSyntax && token.SpanStart == position;
                case SyntaxKind.IdentifierToken:
                    var name = token.ValueText;
                    return token.Span.Contains(position)
                        && (index.TryGetName(name, out _) || (aliases != null && aliases.ContainsKey(name)) || index.GlobalAliases.ContainsKey(name)
                            || (index.WatchesSettingKeys && SettingKeys.IsKeyField(name)));
                case SyntaxKind.StringLiteralToken:
                    // configuration["urls"] = url: the key is the anchor.
                    return index.WatchesSettingKeys
                        && token.Span.Contains(position)
                        && (SettingKeys.Classify(token.ValueText) != null || SettingKeys.ClassifyEnvironmentVariable(token.ValueText) != null);
                default:
                    // In a comment, another literal or disabled code.
                    return false;
            }
        }

        /// <summary>
        /// The file's <c>using</c> aliases of catalogued types (<c>using L = System.Net.Sockets.TcpListener;</c>), with the
        /// occurrences of their names added to <paramref name="positions"/>; null when it declares none.
        /// </summary>
        internal static Dictionary<string, string>? FileAliases(SyntaxNode root, string content, SinkIndex index, List<int> positions)
        {
            if (!(root is CompilationUnitSyntax unit) || content.IndexOf('=') < 0)
            {
                return null;
            }

            Dictionary<string, string>? aliases = null;
            AddAliases(unit.Usings, index, ref aliases);
            foreach (var member in unit.Members)
            {
                AddNamespaceAliases(member, index, ref aliases);
            }

            if (aliases != null)
            {
                foreach (var alias in aliases.Keys)
                {
                    for (var at = content.IndexOf(alias, StringComparison.Ordinal); at >= 0; at = content.IndexOf(alias, at + alias.Length, StringComparison.Ordinal))
                    {
                        positions.Add(at);
                    }
                }
            }

            return aliases;
        }

        private static void AddNamespaceAliases(MemberDeclarationSyntax member, SinkIndex index, ref Dictionary<string, string>? aliases)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                AddAliases(ns.Usings, index, ref aliases);
                foreach (var inner in ns.Members)
                {
                    AddNamespaceAliases(inner, index, ref aliases);
                }
            }
        }

        private static void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, SinkIndex index, ref Dictionary<string, string>? aliases)
        {
            if (usings.Count == 0)
            {
                return;
            }

            var declared = new Dictionary<string, string>(StringComparer.Ordinal);
            CompilationFacts.AddAliases(usings, declared, staticTypes: null, globalOnly: false);
            foreach (var alias in declared)
            {
                if (index.IsTypeName(alias.Value))
                {
                    (aliases ??= new Dictionary<string, string>(StringComparer.Ordinal))[alias.Key] = alias.Value;
                }
            }
        }

        /// <summary>Checks one candidate site (the bench's operation-action variant calls the parts directly).</summary>
        internal void AnalyzeCandidate(SiteContext context, SyntaxNode candidate)
        {
            // While derived sinks are collected, the values are parameters, which the value filter rules out; the receiver and
            // the target still tell a look-alike apart (`server.Run(mode)` on a type of the project's own).
            if (context.Collector is null ? !MayCarryValue(context, candidate) : !MayBeTheApi(context, candidate))
            {
                return;
            }

            switch (candidate)
            {
                case InvocationExpressionSyntax invocation:
                    AnalyzeInvocation(context, invocation);
                    break;
                case AssignmentExpressionSyntax assignment:
                    AnalyzeAssignment(context, assignment);
                    break;
                case MemberAccessExpressionSyntax collectionRead:
                    AnalyzeHeldCollection(context, collectionRead);
                    break;
                case ExpressionSyntax creation:
                    AnalyzeCreation(context, creation);
                    break;
            }
        }

        internal void AnalyzeInvocation(SiteContext context, SyntaxNode node)
        {
            if (context.SemanticModel.GetOperation(node, context.CancellationToken) is IInvocationOperation invocation)
            {
                AnalyzeInvocation(context, invocation);
            }
        }

        internal void AnalyzeInvocation(SiteContext context, IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            foreach (var row in context.Symbols.ForMember(method))
            {
                AnalyzeRow(context, row, invocation.Arguments);
            }

            if (method.Name == "Add"
                && invocation.Arguments.Length == 1
                && invocation.Instance is { } instance
                && ConstantPort.WalkDownConversions(instance) is IPropertyReferenceOperation collection)
            {
                foreach (var row in context.Symbols.ForCollection(collection.Property))
                {
                    AnalyzeValue(context, row, row.Value, invocation.Arguments[0].Value, row.Display);
                }
            }
        }

        /// <summary>Checks one object creation, explicit or target-typed.</summary>
        internal void AnalyzeCreation(SiteContext context, SyntaxNode node)
        {
            if (!(context.SemanticModel.GetOperation(node, context.CancellationToken) is IObjectCreationOperation { Constructor: { } constructor } creation))
            {
                return;
            }

            foreach (var row in context.Symbols.ForMember(constructor))
            {
                AnalyzeRow(context, row, creation.Arguments);
            }

            if (context.Collector is { } collector)
            {
                if (context.Symbols.IsIPEndPoint(constructor.ContainingType) && EndPointPort(creation) is { } parameterPort && HeldEndPointSink(context, creation) is { } heldRow)
                {
                    collector.Collect(heldRow, BoundValueKind.Port, parameterPort.Value, 0, heldRow.Display, 1, context.SemanticModel, context.CancellationToken);
                }

                return;
            }

            if (context.Symbols.IsIPEndPoint(constructor.ContainingType)
                && EndPointPort(creation) is { } port
                && ConstantPort.TryGetInteger(port.Value, context.SemanticModel, context.CancellationToken, out var value))
            {
                if (!PortNumbers.IsValid(value))
                {
                    // Any IPEndPoint, client or server, throws for such a port.
                    var display = "IPEndPoint(" + constructor.Parameters[0].Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ", int)";
                    Report(context, Descriptors.PortOutOfRange, port.Value.Syntax.GetLocation(), null, PortClassifier.Format(value), display);
                }
                else if (value != 0 && HeldEndPointSink(context, creation) is { } row)
                {
                    // An endpoint held in a local or field and bound elsewhere: reported here, on its port, so the diagnostic
                    // stays inside the node being analyzed (the IDE analyzes spans; the code fix needs a local diagnostic).
                    ReportPort(context, row, value, PortClassifier.Format(value), port.Value.Syntax.GetLocation(), null, inUrl: false, reportOutOfRange: false, row.Display);
                }
            }
        }

        /// <summary>
        /// Whether a candidate's values can be known (<see cref="CheapSemantics"/>: the declarations around it, syntax only), before the first
        /// semantic question, which binds the whole member: <c>WireMockServer.Start(settings)</c> and <c>_handler = new(options)</c>
        /// of an unrelated type stop here.
        /// </summary>
        internal bool MayCarryValue(SiteContext context, SyntaxNode candidate)
        {
            switch (candidate)
            {
                case InvocationExpressionSyntax invocation:
                    return MayBeReceiver(context, invocation)
                        && !AddsToOwnCollection(context, invocation)
                        && Filter(context, SiteSyntax.TryGetName(invocation.Expression, out _, out var called) ? called : null).AnyArgumentMayCarry(invocation.ArgumentList.Arguments);
                case ObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 2 } endPointArguments } endPoint
                    when endPointArguments[1].NameColon is null && SiteSyntax.RightmostName(endPoint.Type) == "IPEndPoint":
                    // new IPEndPoint(IPAddress.Any, port): only the port, and port 0 is nothing to report on an endpoint.
                    return !(endPointArguments[1].Expression is LiteralExpressionSyntax { Token.Value: 0 }) && Filter(context, null).MayCarry(endPointArguments[1].Expression);
                case BaseObjectCreationExpressionSyntax { ArgumentList: { } arguments } creation:
                    if (creation is ImplicitObjectCreationExpressionSyntax
                        && creation.Parent is AssignmentExpressionSyntax target
                        && target.Right == creation
                        && !CheapSemantics.MayBeOfConstructedType(target.Left, context.Index))
                    {
                        return false;
                    }

                    return Filter(context, creation is ObjectCreationExpressionSyntax explicitType ? SiteSyntax.RightmostName(explicitType.Type) : null).AnyArgumentMayCarry(arguments.Arguments);
                case MemberAccessExpressionSyntax read:
                    // var urls = app.Urls; urls.Add(url): a read only a local or field can hold (not a property of an initializer).
                    return read.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax }
                        || (read.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } holder && holder.Right == read
                            && !(holder.Parent is InitializerExpressionSyntax));
                case AssignmentExpressionSyntax assignment:
                    return !SetsOwnPlainType(context, assignment)
                        && Filter(context, SiteSyntax.RightmostName(assignment.Left)).MayCarry(assignment.Right);
                default:
                    return true;
            }
        }

        /// <summary>
        /// <c>Urls.Add(url)</c> on a collection property or field the enclosing type declares itself, in a type the compilation
        /// declares with no base but its own plain types: not a catalogued server's collection.
        /// </summary>
        private bool AddsToOwnCollection(SiteContext context, InvocationExpressionSyntax invocation)
        {
            if (!(invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" } add))
            {
                return false;
            }

            var collection = add.Expression switch
            {
                IdentifierNameSyntax identifier => identifier,
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax member } => member,
                _ => null,
            };
            if (collection is null
                || !(CheapSemantics.Declaration(collection) is { } declared)
                || !(declared is PropertyDeclarationSyntax || declared is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax })
                || !(declared.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } type))
            {
                return false;
            }

            var index = context.Index;
            return MembersFor(context.CancellationToken).IsOwnPlainType(type.Identifier.ValueText, index.IsSinkTypeName);
        }

        /// <summary>The value filter of one site; port 0 matters only where an API of the site's name rejects it on localhost.</summary>
        private ValueFilter Filter(SiteContext context, string? siteName, bool anyNumber = false)
        {
            SiteName? site = null;
            var known = siteName != null && context.Index.TryGetName(siteName, out site);
            var cancellationToken = context.CancellationToken;
            return new ValueFilter(context, () => MembersFor(cancellationToken), !known || site!.PortZeroMatters, !known || site!.PortZeroNumberMatters, anyNumber);
        }

        /// <summary>
        /// <c>new HostUrlDetails { Port = port }</c>: an object initializer's property of a type the compilation declares with no
        /// base but its own plain types, and not catalogued, is no catalogued property.
        /// </summary>
        private bool SetsOwnPlainType(SiteContext context, AssignmentExpressionSyntax assignment)
        {
            if (!(assignment.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression, Parent: ObjectCreationExpressionSyntax creation })
                || !(SiteSyntax.RightmostName(creation.Type) is { } typeName))
            {
                return false;
            }

            var index = context.Index;
            return MembersFor(context.CancellationToken).IsOwnPlainType(typeName, index.IsSinkTypeName);
        }

        /// <summary>The compilation's own declarations, read the first time a site needs them (cancellable: a cancelled read is not kept).</summary>
        internal SourceMembers MembersFor(CancellationToken cancellationToken)
        {
            var members = Volatile.Read(ref _members);
            if (members is null)
            {
                members = SourceMembers.Read(_compilation, cancellationToken);
                members = Interlocked.CompareExchange(ref _members, members, null) ?? members;
            }

            return members;
        }

        /// <summary>The part of <see cref="MayCarryValue"/> that does not look at the values: the receiver's and the target's declared types.</summary>
        private static bool MayBeTheApi(SiteContext context, SyntaxNode candidate)
        {
            switch (candidate)
            {
                case InvocationExpressionSyntax invocation:
                    return MayBeReceiver(context, invocation);
                case ImplicitObjectCreationExpressionSyntax creation when creation.Parent is AssignmentExpressionSyntax target && target.Right == creation:
                    return CheapSemantics.MayBeOfConstructedType(target.Left, context.Index);
                default:
                    return true;
            }
        }

        /// <summary>
        /// <c>server.Run(url)</c> with <c>FakeServer server</c> declared nearby is not <c>WebApplication.Run</c>: a gated common
        /// name whose receiver is declared with another type is dropped (a lambda parameter without a type, a call's result or an
        /// alias goes on).
        /// </summary>
        private static bool MayBeReceiver(SiteContext context, InvocationExpressionSyntax invocation)
        {
            if (!(invocation.Expression is MemberAccessExpressionSyntax { Name: { } name, Expression: { } receiver })
                || !context.Index.TryGetName(name.Identifier.ValueText, out var site)
                || site.ReceiverTypes is null
                || site.AnyReceiver
                || site.StaticCall != ValueShapes.None)
            {
                return true;
            }

            var declared = CheapSemantics.DeclaredTypeName(receiver);
            if (declared is null || site.ReceiverTypes.Contains(declared) || context.Index.GlobalAliases.ContainsKey(declared))
            {
                return true;
            }

            // An alias of the file may stand for the type (`using K = …KestrelServerOptions;`); an outer directive of the same
            // alias is taken over an inner one, as the file's alias table has always been read here.
            string? target = null;
            for (SyntaxNode? node = invocation; node != null; node = node.Parent)
            {
                var usings = node switch
                {
                    CompilationUnitSyntax unit => unit.Usings,
                    BaseNamespaceDeclarationSyntax ns => ns.Usings,
                    _ => default,
                };
                foreach (var directive in usings)
                {
                    if (directive.Alias is { } alias && alias.Name.Identifier.ValueText == declared && CompilationFacts.RightmostName(directive.Name) is { } aliased)
                    {
                        target = aliased;
                    }
                }
            }

            return target != null && site.ReceiverTypes.Contains(target);
        }

        /// <summary><c>x.Port = 51000</c>, <c>{ Port = 51000 }</c>, <c>o.ListenEndPoint = new IPEndPoint(...)</c>, <c>configuration["urls"] = url</c>.</summary>
        internal void AnalyzeAssignment(SiteContext context, SyntaxNode node)
        {
            if (!(context.SemanticModel.GetOperation(node, context.CancellationToken) is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment))
            {
                return;
            }

            foreach (var row in context.Symbols.ForMember(target.Property))
            {
                if (row.Entry.Member == SinkMemberKind.Indexer)
                {
                    if (target.Arguments.Length == 1)
                    {
                        AnalyzeSetting(context, row, target.Arguments[0].Value, assignment.Value, indexer: true);
                    }
                }
                else
                {
                    AnalyzeValue(context, row, row.Value, assignment.Value, row.Display);
                }
            }
        }

        /// <summary><c>var urls = app.Urls; urls.Add(url);</c>: the adds of a held server URL collection.</summary>
        private void AnalyzeHeldCollection(SiteContext context, MemberAccessExpressionSyntax read)
        {
            var model = context.SemanticModel;
            if (!(model.GetOperation(read, context.CancellationToken) is IPropertyReferenceOperation property)
                || context.Symbols.ForCollection(property.Property).Length == 0
                || !HeldValues.TryGetHolder(read, model, context.CancellationToken, out var holder, out var scope))
            {
                return;
            }

            foreach (var (consumer, use) in HeldValues.Uses(holder, scope, context.CancellationToken))
            {
                if (consumer is InvocationExpressionSyntax add
                    && add.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" } access
                    && access.Expression == use
                    && model.GetOperation(add, context.CancellationToken) is IInvocationOperation { Arguments.Length: 1 } invocation
                    && invocation.Instance != null
                    && SymbolEqualityComparer.Default.Equals(Referenced(invocation.Instance), holder))
                {
                    foreach (var row in context.Symbols.ForCollection(property.Property))
                    {
                        AnalyzeValue(context, row, row.Value, invocation.Arguments[0].Value, row.Display);
                    }
                }
            }
        }

        /// <summary>The sink an endpoint held in a local or field reaches, found from its creation.</summary>
        private SinkRow? HeldEndPointSink(SiteContext context, IObjectCreationOperation creation)
        {
            var model = context.SemanticModel;
            if (!HeldValues.TryGetHolder(creation.Syntax, model, context.CancellationToken, out var holder, out var scope))
            {
                return null;
            }

            foreach (var (consumer, use) in HeldValues.Uses(holder, scope, context.CancellationToken))
            {
                if (!SiteSyntax.MayConsume(consumer, context.Index, null))
                {
                    continue;
                }

                switch (model.GetOperation(consumer, context.CancellationToken))
                {
                    case IInvocationOperation invocation when RowTaking(context.Symbols.ForMember(invocation.TargetMethod), invocation.Arguments, use, holder) is { } row:
                        return row;
                    case IObjectCreationOperation { Constructor: { } constructor } objectCreation when RowTaking(context.Symbols.ForMember(constructor), objectCreation.Arguments, use, holder) is { } row:
                        return row;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                        when SymbolEqualityComparer.Default.Equals(Referenced(assignment.Value), holder):
                        foreach (var row in context.Symbols.ForMember(target.Property))
                        {
                            if (row.Value == BoundValueKind.EndPoint)
                            {
                                return row;
                            }
                        }

                        break;
                }
            }

            return null;
        }

        private static SinkRow? RowTaking(SinkRow[] rows, ImmutableArray<IArgumentOperation> arguments, ExpressionSyntax use, ISymbol holder)
        {
            foreach (var row in rows)
            {
                if (row.Value == BoundValueKind.EndPoint
                    && FindArgument(arguments, row.Parameter) is { } argument
                    && argument.Syntax is ArgumentSyntax { Expression: { } expression }
                    && expression == use
                    && SymbolEqualityComparer.Default.Equals(Referenced(argument.Value), holder))
                {
                    return row;
                }
            }

            return null;
        }

        private static ISymbol? Referenced(IOperation operation) => ConstantPort.WalkDownConversions(operation) switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };

        private void AnalyzeRow(SiteContext context, SinkRow row, ImmutableArray<IArgumentOperation> arguments)
        {
            if (row.RequiresFalse != null && !IsFalse(context, row.RequiresFalse, arguments))
            {
                return;
            }

            var argument = FindArgument(arguments, row.Parameter);
            if (argument is null)
            {
                return;
            }

            if (row.Value == BoundValueKind.Setting)
            {
                if (FindArgument(arguments, row.Key) is { } key)
                {
                    AnalyzeSetting(context, row, key.Value, argument.Value, indexer: false);
                }

                return;
            }

            AnalyzeValue(context, row, row.Value, argument.Value, row.Display);
        }

        /// <summary>Whether a <c>bool</c> parameter is <c>false</c>: written as a constant false, or left out with a false default.</summary>
        private static bool IsFalse(SiteContext context, IParameterSymbol parameter, ImmutableArray<IArgumentOperation> arguments)
        {
            var argument = FindArgument(arguments, parameter);
            if (argument is null)
            {
                return parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is false;
            }

            return ConstantPort.GetConstant(argument.Value, context.SemanticModel, context.CancellationToken) is false;
        }

        private void AnalyzeValue(SiteContext context, SinkRow row, BoundValueKind kind, IOperation value, string display)
        {
            var model = context.SemanticModel;
            var cancellationToken = context.CancellationToken;
            if (context.Collector is { } collector)
            {
                Collect(context, collector, row, kind, value, display);
                return;
            }

            var made = ConstantPort.WalkDownConversions(value);
            if (made is ILocalReferenceOperation || made is IFieldReferenceOperation)
            {
                made = ConstantPort.FollowSingleAssignment(made, model, cancellationToken) ?? made;
            }

            if (ConstantPort.WalkDownConversions(made) is IInvocationOperation factory && context.Symbols.ForFactory(factory.TargetMethod) is { Length: > 0 } factoryRows)
            {
                // o.UrlPrefixes.Add(UrlPrefix.Create("http", "+", 55555, "/")): the factory's own parameters carry the port.
                foreach (var factoryRow in factoryRows)
                {
                    AnalyzeRow(context, factoryRow, factory.Arguments);
                }

                return;
            }

            switch (kind)
            {
                case BoundValueKind.Port when value.Type?.SpecialType == SpecialType.System_String:
                    AnalyzeText(context, row, BoundValueKind.PortList, value, display);
                    break;

                case BoundValueKind.Port:
                    if (ConstantPort.TryGetInteger(value, model, cancellationToken, out var port))
                    {
                        ReportPort(context, row, port, PortClassifier.Format(port), value.Syntax.GetLocation(), row.Entry.ImplicitHost, inUrl: false, reportOutOfRange: true, display);
                    }
                    else if (PathValues.Find(value, model, cancellationToken) is { } paths)
                    {
                        // Several paths, each a constant: each value in range, at the binding site. Port 0 and a value outside
                        // 0-65535 on one path are taken for placeholders that other paths replace (not PORT004/PORT003).
                        foreach (var pathPort in paths.Values)
                        {
                            if (pathPort != 0)
                            {
                                ReportPort(context, row, pathPort, PortClassifier.Format(pathPort), value.Syntax.GetLocation(), row.Entry.ImplicitHost, inUrl: false, reportOutOfRange: false, display, paths.Describe(pathPort));
                            }
                        }
                    }

                    break;

                case BoundValueKind.EndPoint:
                    // Only an endpoint created right here; one held in a local or field is reported where it is created.
                    if (ConstantPort.WalkDownConversions(value) is IObjectCreationOperation creation
                        && context.Symbols.IsIPEndPoint(creation.Type)
                        && EndPointPort(creation) is { } endPointPort
                        && ConstantPort.TryGetInteger(endPointPort.Value, model, cancellationToken, out var endPointValue))
                    {
                        // An out-of-range port is reported where the IPEndPoint is created.
                        ReportPort(context, row, endPointValue, PortClassifier.Format(endPointValue), endPointPort.Value.Syntax.GetLocation(), null, inUrl: false, reportOutOfRange: false, display);
                    }

                    break;

                case BoundValueKind.Url:
                case BoundValueKind.UrlList:
                case BoundValueKind.Address:
                    if (ConstantPort.WalkDownConversions(value) is IArrayCreationOperation { Initializer: { } initializer })
                    {
                        foreach (var element in initializer.ElementValues)
                        {
                            AnalyzeText(context, row, kind, element, display);
                        }
                    }
                    else
                    {
                        AnalyzeText(context, row, kind, value, display);
                    }

                    break;

                case BoundValueKind.PortList:
                case BoundValueKind.ConnectionString:
                    AnalyzeText(context, row, kind, value, display);
                    break;

                case BoundValueKind.Settings:
                    AnalyzeSettings(context, row, value);
                    break;
            }
        }

        /// <summary>While derived sinks are built: the parameters a value at a catalogued API comes from.</summary>
        private static void Collect(SiteContext context, DerivedSinkCollector collector, SinkRow row, BoundValueKind kind, IOperation value, string display)
        {
            switch (kind)
            {
                case BoundValueKind.EndPoint:
                    // socket.Bind(new IPEndPoint(IPAddress.Any, port)): the endpoint's port.
                    if (ConstantPort.WalkDownConversions(value) is IObjectCreationOperation creation
                        && context.Symbols.IsIPEndPoint(creation.Type)
                        && EndPointPort(creation) is { } endPointPort)
                    {
                        collector.Collect(row, BoundValueKind.Port, endPointPort.Value, 0, display, 1, context.SemanticModel, context.CancellationToken);
                    }

                    break;
                case BoundValueKind.Settings:
                    break;
                case BoundValueKind.Port when value.Type?.SpecialType == SpecialType.System_String:
                    collector.Collect(row, BoundValueKind.PortList, value, 0, display, 1, context.SemanticModel, context.CancellationToken);
                    break;
                case BoundValueKind.Url:
                case BoundValueKind.UrlList:
                    // The whole URL, or a parameter where its port goes ($"http://127.0.0.1:{port}").
                    var holes = new List<(IOperation Hole, string? Host)>();
                    if (ConstantPort.WalkDownConversions(value) is IArrayCreationOperation { Initializer: { } urls })
                    {
                        // UseUrls(url), a params array: each element.
                        foreach (var element in urls.ElementValues)
                        {
                            collector.Collect(row, kind, element, 0, display, 1, context.SemanticModel, context.CancellationToken);
                            UrlHoles.Find(element, context.SemanticModel, holes, context.CancellationToken);
                        }
                    }
                    else
                    {
                        collector.Collect(row, kind, value, 0, display, 1, context.SemanticModel, context.CancellationToken);
                        UrlHoles.Find(value, context.SemanticModel, holes, context.CancellationToken);
                    }

                    foreach (var (hole, host) in holes)
                    {
                        collector.Collect(row, BoundValueKind.Port, hole, 0, display, 1, context.SemanticModel, context.CancellationToken, inUrl: true, host);
                    }

                    break;
                default:
                    collector.Collect(row, kind, value, 0, display, 1, context.SemanticModel, context.CancellationToken);
                    break;
            }
        }

        /// <summary>
        /// A call of the project's own method, constructor or local function (a <c>: base(…)</c> or <c>: this(…)</c> initializer, a
        /// primary constructor's base call) whose parameters reach a catalogued API (<see cref="FlowSummary"/>).
        /// </summary>
        internal void AnalyzeDerivedSite(SiteContext context, SyntaxNode site)
        {
            if (!(context.Flow is { } flow))
            {
                return;
            }

            var operation = context.SemanticModel.GetOperation(site, context.CancellationToken);
            if (operation is IExpressionStatementOperation statement)
            {
                operation = statement.Operation;
            }

            IMethodSymbol? target;
            ImmutableArray<IArgumentOperation> arguments;
            switch (operation)
            {
                case IInvocationOperation invocation:
                    // start(51337) with `Action<int> start = port => ...`: the lambda the local holds.
                    target = invocation.TargetMethod.MethodKind == MethodKind.DelegateInvoke
                        ? LambdaLocal.Target(invocation, context.SemanticModel, context.CancellationToken)
                        : invocation.TargetMethod;
                    arguments = invocation.Arguments;
                    break;
                case IObjectCreationOperation creation:
                    target = creation.Constructor;
                    arguments = creation.Arguments;
                    break;
                default:
                    return;
            }

            if (target is null || !(flow.For(target) is { } sinks))
            {
                return;
            }

            foreach (var sink in sinks)
            {
                if (FindArgument(arguments, sink.Parameter) is { } argument)
                {
                    AnalyzeDerivedValue(context, sink, argument.Value);
                }
            }
        }

        /// <summary>A value passed for a derived sink's parameter: collected while the summary is built, reported otherwise.</summary>
        private void AnalyzeDerivedValue(SiteContext context, DerivedSink sink, IOperation value)
        {
            if (context.Collector is { } collector)
            {
                collector.Collect(sink.Row, sink.Kind, value, sink.Offset, sink.Path, sink.Depth + 1, context.SemanticModel, context.CancellationToken, sink.InUrl, sink.Host);
                return;
            }

            context = context.Through(sink);
            if (sink.Offset == 0 && !sink.InUrl)
            {
                AnalyzeValue(context, sink.Row, sink.Kind, value, sink.Path);
            }
            else if (ConstantPort.TryGetInteger(value, context.SemanticModel, context.CancellationToken, out var written) && written + sink.Offset != 0)
            {
                // StartServer(51337) with `new TcpListener(IPAddress.Any, port + 1)` or `$"http://127.0.0.1:{port}"`: the port that binds.
                var port = written + sink.Offset;
                ReportPort(context, sink.Row, port, PortClassifier.Format(port), value.Syntax.GetLocation(), sink.InUrl ? sink.Host : sink.Row.Entry.ImplicitHost, inUrl: false, reportOutOfRange: true, sink.Path);
            }
        }

        /// <summary>
        /// The constants a derived sink's declaration holds: its parameter's default value (reaches the API when a caller leaves
        /// it out), and a test framework's data rows of a theory (<see cref="TestData"/>).
        /// </summary>
        private void AnalyzeDeclaredValues(SiteContext context, DerivedSink sink, TextSpan? filterSpan)
        {
            var model = context.SemanticModel;
            var cancellationToken = context.CancellationToken;
            var references = sink.Parameter.DeclaringSyntaxReferences;
            if (references.Length == 1
                && references[0].SyntaxTree == model.SyntaxTree
                && references[0].GetSyntax(cancellationToken) is ParameterSyntax { Default: { } defaultValue }
                && (filterSpan is not { } span || defaultValue.Span.IntersectsWith(span))
                && model.GetOperation(defaultValue, cancellationToken) is IParameterInitializerOperation { Value: { } initial })
            {
                AnalyzeDerivedValue(context, sink, initial);
            }

            foreach (var attribute in sink.Method.GetAttributes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!TestData.IsDataRow(attribute.AttributeClass)
                    || !(attribute.ApplicationSyntaxReference is { } application)
                    || application.SyntaxTree != model.SyntaxTree
                    || !(application.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList: { } list })
                    || (filterSpan is { } attributeSpan && !list.Span.IntersectsWith(attributeSpan)))
                {
                    continue;
                }

                if (TestData.ValueFor(list, sink.Ordinal) is { } written && model.GetOperation(written, cancellationToken) is { } value)
                {
                    AnalyzeDerivedValue(context, sink, value);
                }
            }
        }

        /// <summary>Whether a call of a derived sink may pass a value known here (the syntax filter of <see cref="MayCarry"/>).</summary>
        private bool MayCarryDerived(SiteContext context, SyntaxNode site)
        {
            var arguments = site switch
            {
                InvocationExpressionSyntax invocation => invocation.ArgumentList.Arguments,
                BaseObjectCreationExpressionSyntax { ArgumentList: { } list } => list.Arguments,
                ConstructorInitializerSyntax initializer => initializer.ArgumentList.Arguments,
                PrimaryConstructorBaseTypeSyntax baseCall => baseCall.ArgumentList.Arguments,
                _ => default,
            };
            // A number is not judged by its own value: the path may shift it (port + 1).
            var filter = Filter(context, null, anyNumber: true);
            foreach (var argument in arguments)
            {
                if (filter.MayCarry(argument.Expression))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A setting: its key decides what the value is (<see cref="SettingKeys"/>); messages name the key.</summary>
        private void AnalyzeSetting(SiteContext context, SinkRow row, IOperation keyOperation, IOperation value, bool indexer)
        {
            var key = KeyText(context, keyOperation);
            if (key is null)
            {
                return;
            }

            var kind = row.Entry.KeysAreEnvironmentVariables ? SettingKeys.ClassifyEnvironmentVariable(key) : SettingKeys.Classify(key);
            if (kind is { } settingKind)
            {
                var display = indexer ? row.Display + "[\"" + key + "\"]" : row.Display + "(\"" + key + "\")";
                AnalyzeValue(context, row, settingKind, value, display);
            }
        }

        /// <summary><c>AddInMemoryCollection(new Dictionary&lt;string, string?&gt; { ["urls"] = url, { "http_ports", "8080" } })</c>, also from a local.</summary>
        private void AnalyzeSettings(SiteContext context, SinkRow row, IOperation value)
        {
            var model = context.SemanticModel;
            var collection = ConstantPort.WalkDownConversions(value);
            if (collection is ILocalReferenceOperation || collection is IFieldReferenceOperation)
            {
                collection = ConstantPort.FollowSingleAssignment(collection, model, context.CancellationToken) is { } assigned ? ConstantPort.WalkDownConversions(assigned) : collection;
            }

            switch (collection)
            {
                case IObjectCreationOperation { Initializer: { } initializer }:
                    foreach (var element in initializer.Initializers)
                    {
                        switch (element)
                        {
                            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } target } assignment:
                                AnalyzeSetting(context, row, target.Arguments[0].Value, assignment.Value, indexer: false);
                                break;
                            case IInvocationOperation { Arguments.Length: 2 } add:
                                AnalyzeSetting(context, row, add.Arguments[0].Value, add.Arguments[1].Value, indexer: false);
                                break;
                        }
                    }

                    break;
                case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                    foreach (var element in arrayInitializer.ElementValues)
                    {
                        if (ConstantPort.WalkDownConversions(element) is IObjectCreationOperation { Arguments.Length: 2 } pair)
                        {
                            AnalyzeSetting(context, row, pair.Arguments[0].Value, pair.Arguments[1].Value, indexer: false);
                        }
                    }

                    break;
            }
        }

        /// <summary>A setting's key: a constant string, or a static readonly key field (<c>WebHostDefaults.ServerUrlsKey</c>).</summary>
        private static string? KeyText(SiteContext context, IOperation key)
        {
            if (ConstantPort.WalkDownConversions(key) is IFieldReferenceOperation field && context.Symbols.KeyOf(field.Field) is { } known)
            {
                return known;
            }

            return ConstantPort.GetConstant(key, context.SemanticModel, context.CancellationToken) as string;
        }

        /// <summary>The ports written in a string value: URLs (and addresses), a NetMQ connection string, or a <c>;</c>-separated port list.</summary>
        private void AnalyzeText(SiteContext context, SinkRow row, BoundValueKind kind, IOperation value, string display)
        {
            if (value.Type?.SpecialType != SpecialType.System_String)
            {
                return;
            }

            var text = UrlTextBuilder.Build(value, context.SemanticModel, context.CancellationToken);
            if (!text.HasKnownText)
            {
                return;
            }

            var ports = new List<UrlPort>();
            switch (kind)
            {
                case BoundValueKind.PortList:
                    UrlPortParser.FindPortList(text.Value, ports);
                    break;
                case BoundValueKind.ConnectionString:
                    UrlPortParser.FindConnectionStringPorts(text.Value, row.Entry.BindsByDefaultWithoutPrefix, ports);
                    break;
                default:
                    UrlPortParser.FindPorts(text.Value, ports);
                    break;
            }

            var inUrl = kind != BoundValueKind.PortList && kind != BoundValueKind.ConnectionString;
            foreach (var port in ports)
            {
                var host = inUrl ? port.Host : row.Entry.ImplicitHost;
                ReportPort(context, row, port.Value, port.Text, text.LocationOf(port.Start, port.Length), host, inUrl, reportOutOfRange: true, display);
            }
        }

        /// <param name="shownPort">The port as the message shows it, when it is not <paramref name="portText"/> (the values of several paths).</param>
        private void ReportPort(SiteContext context, SinkRow row, long port, string portText, Location location, string? host, bool inUrl, bool reportOutOfRange, string display, string? shownPort = null)
        {
            var shown = shownPort ?? portText;
            var entry = row.Entry;
            if (port == 0)
            {
                if (entry.PortZero == PortZeroSupport.RejectedOnLocalhost && string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
                {
                    Report(context, Descriptors.KestrelLocalhostPortZero, location, Properties(context, entry, portText, host, inUrl), shown, display);
                }

                return;
            }

            var options = context.Options;
            var classification = PortClassifier.Classify(port, options);
            switch (classification)
            {
                case PortClassification.OutOfRange when reportOutOfRange:
                    Report(context, Descriptors.PortOutOfRange, location, Properties(context, entry, portText, host, inUrl), shown, display);
                    break;
                case PortClassification.Dynamic:
                    Report(context, Descriptors.DynamicRangePort, location, Properties(context, entry, portText, host, inUrl), shown, display, PortClassifier.DescribeRanges(port, classification, options));
                    break;
                case PortClassification.LinuxEphemeral:
                    Report(context, Descriptors.LinuxEphemeralRangePort, location, Properties(context, entry, portText, host, inUrl), shown, display, PortClassifier.DescribeRanges(port, classification, options));
                    break;
                case PortClassification.Fixed when context.IsTestCode:
                    Report(context, Descriptors.TestFixedPort, location, Properties(context, entry, portText, host, inUrl), shown, display);
                    break;
            }
        }

        private static void Report(SiteContext context, DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?>? properties, params object[] messageArguments)
            => context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties, messageArguments));

        private static ImmutableDictionary<string, string?> Properties(SiteContext context, SinkEntry entry, string portText, string? host, bool inUrl)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>();
            builder.Add(DiagnosticProperties.Sink, entry.Family.ToString());

            // A port the path shifts (StartPair(51337) binds 51338): 0 written here would not bind port 0.
            builder.Add(DiagnosticProperties.PortZero, PortZeroThere(context.Via, entry).ToString());
            if (context.Via != null)
            {
                builder.Add(DiagnosticProperties.Through, "true");
            }

            builder.Add(DiagnosticProperties.Port, portText);
            if (inUrl)
            {
                builder.Add(DiagnosticProperties.InUrl, "true");
            }

            if (host != null)
            {
                builder.Add(DiagnosticProperties.Host, host);
            }

            return builder.ToImmutable();
        }

        /// <summary>
        /// What 0 written at a derived sink's origin does: nothing good when the path shifts the port (0 + 1), nor in a Kestrel URL
        /// whose host is localhost or not known (Kestrel throws for port 0 on localhost).
        /// </summary>
        private static PortZeroSupport PortZeroThere(DerivedSink? via, SinkEntry entry)
        {
            if (via is null)
            {
                return entry.PortZero;
            }

            if (via.Offset != 0
                || (via.InUrl && entry.PortZero == PortZeroSupport.RejectedOnLocalhost && (via.Host is null || string.Equals(via.Host, "localhost", StringComparison.OrdinalIgnoreCase))))
            {
                return PortZeroSupport.NotSupported;
            }

            return entry.PortZero;
        }

        internal static IArgumentOperation? EndPointPort(IObjectCreationOperation creation)
        {
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Name == "port" && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument;
                }
            }

            return null;
        }

        internal static IArgumentOperation? FindArgument(ImmutableArray<IArgumentOperation> arguments, IParameterSymbol? parameter)
        {
            if (parameter is null)
            {
                return null;
            }

            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Ordinal == parameter.Ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument;
                }
            }

            return null;
        }
    }
}
