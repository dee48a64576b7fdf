using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PortLint.Catalog
{
    /// <summary>
    /// The syntax-level view of the catalogue for one compilation (and one set of the project's own APIs): the words a file
    /// must contain to be looked at, the names a call site can have, and what each name can bind. Derived from the active
    /// entries only, so it cannot drift from them.
    /// </summary>
    internal sealed class SinkIndex
    {
        private readonly Dictionary<string, SiteName> _names;

        /// <summary><see cref="_names"/>, looked up by a stretch of a file's text (the text checks before <c>FindToken</c>).</summary>
        private readonly TextKeys<SiteName> _namesInText;
        private readonly HashSet<string> _typeNames;
        private readonly HashSet<string> _factoryNames;
        private readonly HashSet<string> _sinkTypeNames;

        private SinkIndex(Dictionary<string, SiteName> names, HashSet<string> typeNames, HashSet<string> factoryNames, HashSet<string> sinkTypeNames, WordScanner textWords, WordScanner anchors, bool hasConstructors, bool watchesSettingKeys, Dictionary<string, string> globalAliases)
        {
            _names = names;
            _namesInText = new TextKeys<SiteName>(names);
            _typeNames = typeNames;
            _factoryNames = factoryNames;
            _sinkTypeNames = sinkTypeNames;
            TextWords = textWords;
            Anchors = anchors;
            HasConstructors = hasConstructors;
            WatchesSettingKeys = watchesSettingKeys;
            GlobalAliases = globalAliases;
            var checkedWords = textWords.Words.ToList();
            _firstNewSpelling = checkedWords.Count;
            if (hasConstructors)
            {
                checkedWords.AddRange(Binding.TargetTypedNew.Spellings);
            }

            _textCheck = new WordSearch(checkedWords);
        }

        /// <summary><see cref="TextWords"/>, and with constructors the spellings of a target-typed <c>new(</c>, searched in one pass.</summary>
        private readonly WordSearch _textCheck;

        /// <summary>The index in <see cref="_textCheck"/>'s words of the first <c>new(</c> spelling.</summary>
        private readonly int _firstNewSpelling;

        /// <summary>
        /// Whether a file may hold a site: it contains one of <see cref="TextWords"/>, or, when a constructor binds, a target-typed
        /// <c>new(...)</c> (<see cref="Binding.TargetTypedNew"/>), all looked for in one pass of its text.
        /// </summary>
        public bool PassesTextCheck(string content)
        {
            for (var at = _textCheck.Find(content, 0, out var word); at >= 0; at = _textCheck.Find(content, at + 1, out word))
            {
                if (word < _firstNewSpelling || Binding.TargetTypedNew.IsCreationAt(content, at, Binding.TargetTypedNew.Spellings[word - _firstNewSpelling]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A file that contains none of these words binds nothing PortLint can see; it costs one scan of its text.</summary>
        public WordScanner TextWords { get; }

        /// <summary>The words whose occurrences are walked from (names of call sites, types, collection properties, setting keys).</summary>
        public WordScanner Anchors { get; }

        /// <summary>Whether a constructor binds (then <c>new(...)</c> may be one, and <c>IPEndPoint</c> creations are looked at).</summary>
        public bool HasConstructors { get; }

        /// <summary>Whether a configuration indexer write binds (<c>configuration["urls"] = url</c>): string keys are anchors.</summary>
        public bool WatchesSettingKeys { get; }

        /// <summary>Global aliases that stand for a catalogued type.</summary>
        public Dictionary<string, string> GlobalAliases { get; }

        public bool TryGetName(string name, out SiteName site) => _names.TryGetValue(name, out site!);

        /// <summary><see cref="TryGetName(string, out SiteName)"/> for the name at <paramref name="start"/> of <paramref name="content"/>, without allocating.</summary>
        public bool TryGetName(string content, int start, int length, out SiteName site) => _namesInText.TryGetValue(content, start, length, out site);

        /// <summary>Whether a call site can name a type of this simple name (its constructors or static methods bind): an alias of it stands for it.</summary>
        public bool IsTypeName(string name) => _typeNames.Contains(name);

        /// <summary>Whether a call of this name can make a value another row binds (<c>UrlPrefix.Create(...)</c>).</summary>
        public bool IsFactoryName(string name) => _factoryNames.Contains(name);

        /// <summary>Whether an active row or a <c>server_apis</c> entry belongs to a type of this simple name.</summary>
        public bool IsSinkTypeName(string name) => _sinkTypeNames.Contains(name);

        /// <summary>Indexes shared by the compilations whose inputs are the same (the projects of one solution mostly are).</summary>
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SinkIndex> Shared = new System.Collections.Concurrent.ConcurrentDictionary<string, SinkIndex>(System.StringComparer.Ordinal);

        /// <summary>Bounds <see cref="Shared"/>: distinct sets of libraries, options and compilation facts kept.</summary>
        private const int MaxShared = 64;

        /// <summary>
        /// The index of these inputs, built once per process for every compilation with the same active entries (named by
        /// <paramref name="entriesKey"/>), <c>server_apis</c> text and compilation facts: building one costs about 0.3 ms
        /// (its word lists), which a solution of a hundred projects paid per project.
        /// </summary>
        public static SinkIndex For(string entriesKey, IEnumerable<SinkEntry> entries, string serverApisText, ImmutableArray<UserSink> users, CompilationFacts facts)
        {
            var key = entriesKey + "\u0001" + serverApisText + "\u0001" + facts.Key;
            if (Shared.TryGetValue(key, out var shared))
            {
                return shared;
            }

            var index = Create(entries, users, facts);
            return Shared.Count < MaxShared ? Shared.GetOrAdd(key, index) : index;
        }

        public static SinkIndex Create(IEnumerable<SinkEntry> entries, ImmutableArray<UserSink> users, CompilationFacts facts)
        {
            var names = new Dictionary<string, SiteName>(System.StringComparer.Ordinal);
            var textWords = new List<string>();
            var anchors = new List<string>();
            var typeNames = new HashSet<string>(System.StringComparer.Ordinal);
            var hasConstructors = false;
            var watchesSettingKeys = false;
            var factoryNames = new HashSet<string>(System.StringComparer.Ordinal);
            var sinkTypeNames = new HashSet<string>(System.StringComparer.Ordinal);

            foreach (var entry in entries)
            {
                if (entry.Gate != null && !entry.Gate.Any(facts.OpenGates.Contains))
                {
                    continue;
                }

                sinkTypeNames.Add(entry.TypeSimpleName);
                if (entry.PortZero == PortZeroSupport.RejectedOnLocalhost)
                {
                    var onLocalhost = string.Equals(entry.ImplicitHost, "localhost", System.StringComparison.OrdinalIgnoreCase);
                    switch (entry.Member)
                    {
                        case SinkMemberKind.Constructor:
                            MarkPortZero(Name(names, entry.TypeSimpleName), onLocalhost);
                            break;
                        case SinkMemberKind.CollectionAdd:
                            MarkPortZero(Name(names, "Add"), onLocalhost);
                            MarkPortZero(Name(names, entry.MemberName), onLocalhost);
                            break;
                        case SinkMemberKind.Method:
                        case SinkMemberKind.Property:
                        case SinkMemberKind.Factory:
                            MarkPortZero(Name(names, entry.MemberName), onLocalhost);
                            break;
                    }
                }

                var values = ValueShapesOf.Kind(entry.Value);
                var endPointOnly = entry.Value == BoundValueKind.EndPoint;
                switch (entry.Member)
                {
                    case SinkMemberKind.Constructor:
                        var created = Name(names, entry.TypeSimpleName);
                        created.Creation |= values;
                        created.Namespaces.Add(NamespaceTail(entry.TypeName));
                        typeNames.Add(entry.TypeSimpleName);
                        textWords.Add(entry.TypeSimpleName);
                        anchors.Add(entry.TypeSimpleName);
                        hasConstructors = true;
                        break;
                    case SinkMemberKind.Method when entry.IsStatic:
                        var site = Name(names, entry.MemberName);
                        site.StaticCall |= values;
                        site.StaticTypes.Add(entry.TypeSimpleName);
                        Name(names, entry.TypeSimpleName).Namespaces.Add(NamespaceTail(entry.TypeName));
                        typeNames.Add(entry.TypeSimpleName);
                        // The call writes the method's name, and names the type or has a using static directive for it in the file (a
                        // global one: below). The longer of the two names is the rarer word: SetEnvironmentVariable, TcpListener (Create).
                        if (entry.MemberName.Length >= entry.TypeSimpleName.Length || facts.GlobalStaticTypes.Contains(entry.TypeSimpleName))
                        {
                            textWords.Add(entry.MemberName);
                        }
                        else
                        {
                            textWords.Add(entry.TypeSimpleName);
                        }

                        anchors.Add(entry.MemberName);
                        break;
                    case SinkMemberKind.Method:
                        var method = Name(names, entry.MemberName);
                        method.Call |= values;
                        if (entry.Gate != null && !entry.MatchesImplementations && entry.Extends is null)
                        {
                            (method.ReceiverTypes ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(entry.TypeSimpleName);
                        }
                        else
                        {
                            method.AnyReceiver = true;
                        }

                        if (!endPointOnly)
                        {
                            // An endpoint is found from its creation (IPEndPoint, new(...)), so its method needs no word. A gated
                            // common name is looked for as a call, `Run(` and `Listen(`, not in Runtime or TcpListener.
                            textWords.Add(entry.Gate != null ? entry.MemberName + "(" : entry.MemberName);
                            anchors.Add(entry.MemberName);
                        }

                        break;
                    case SinkMemberKind.Property:
                        Name(names, entry.MemberName).Property |= values;
                        if (!endPointOnly)
                        {
                            textWords.Add(entry.MemberName);
                            anchors.Add(entry.MemberName);
                        }

                        break;
                    case SinkMemberKind.CollectionAdd:
                        Name(names, entry.MemberName).Collection = true;
                        Name(names, "Add").Call |= ValueShapes.None;
                        textWords.Add(entry.MemberName);
                        anchors.Add(entry.MemberName);
                        break;
                    case SinkMemberKind.Factory:
                        factoryNames.Add(entry.MemberName);
                        break;
                    case SinkMemberKind.Indexer:
                        watchesSettingKeys = true;
                        textWords.AddRange(SettingKeys.Words);
                        textWords.AddRange(SettingKeys.TextCovers);
                        anchors.AddRange(SettingKeys.Words);
                        break;
                }
            }

            foreach (var user in users)
            {
                var userType = user.TypeName.Substring(System.Math.Max(user.TypeName.LastIndexOf('.'), user.TypeName.LastIndexOf('+')) + 1);
                sinkTypeNames.Add(userType.IndexOf('`') is var tick && tick > 0 ? userType.Substring(0, tick) : userType);
                if (user.IsConstructor)
                {
                    Name(names, user.MemberName).Creation |= ValueShapes.Constant | ValueShapes.Creation;
                    Name(names, user.MemberName).Namespaces.Add(NamespaceTail(user.TypeName));
                    typeNames.Add(user.MemberName);
                    hasConstructors = true;
                }
                else if (user.IsProperty)
                {
                    Name(names, user.MemberName).Property |= ValueShapes.Constant | ValueShapes.Creation;
                }
                else
                {
                    var site = Name(names, user.MemberName);
                    site.Call |= ValueShapes.Constant | ValueShapes.Creation;
                    site.AnyReceiver = true;
                }

                textWords.Add(user.MemberName);
                anchors.Add(user.MemberName);
            }

            if (hasConstructors)
            {
                // IPEndPoint: every creation is checked (PORT003, and an endpoint held in a local reaches a sink from there);
                // IPAddress: a file that creates a listener or an endpoint with new(IPAddress.Any, port) names it.
                Name(names, "IPEndPoint").Creation |= ValueShapes.Constant;
                Name(names, "IPEndPoint").Namespaces.Add("Net");
                textWords.Add("IPEndPoint");
                textWords.Add("IPAddress");
                anchors.Add("IPEndPoint");
            }

            var globalAliases = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var alias in facts.GlobalAliases)
            {
                if (typeNames.Contains(alias.Value) || names.ContainsKey(alias.Value))
                {
                    globalAliases[alias.Key] = alias.Value;
                    textWords.Add(alias.Key);
                    anchors.Add(alias.Key);
                }
            }

            return new SinkIndex(names, typeNames, factoryNames, sinkTypeNames, new WordScanner(textWords), new WordScanner(anchors, watchesSettingKeys ? SettingKeys.Words : null), hasConstructors, watchesSettingKeys, globalAliases);
        }

        private static void MarkPortZero(SiteName site, bool onLocalhost)
        {
            site.PortZeroMatters = true;
            site.PortZeroNumberMatters |= onLocalhost;
        }

        /// <summary><c>Sockets</c> for <c>System.Net.Sockets.TcpListener</c>, <c>Server</c> for <c>Grpc.Core.Server+ServerPortCollection</c>.</summary>
        private static string NamespaceTail(string metadataName)
        {
            var end = System.Math.Max(metadataName.LastIndexOf('.'), metadataName.LastIndexOf('+'));
            if (end <= 0)
            {
                return string.Empty;
            }

            var start = System.Math.Max(metadataName.LastIndexOf('.', end - 1), metadataName.LastIndexOf('+', end - 1)) + 1;
            return metadataName.Substring(start, end - start);
        }

        private static SiteName Name(Dictionary<string, SiteName> names, string name)
        {
            if (!names.TryGetValue(name, out var site))
            {
                names[name] = site = new SiteName();
            }

            return site;
        }
    }
}
