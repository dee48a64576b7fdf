using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PortLint.Catalog
{
    /// <summary>
    /// The catalogue matched against one compilation's symbols, by symbol, never by name alone: a <c>TcpListener</c> in another
    /// namespace is not the BCL one. Nothing is looked up in advance: a member met at a candidate site is matched against the
    /// entries of its containing type's name (its namespace and containing types compared part by part, <see cref="TypeNameMatcher"/>),
    /// and the answer is cached per symbol for the compilation's concurrent callbacks (bounded). The project's own APIs
    /// (<c>server_apis</c>) are resolved once, from their documentation-comment IDs.
    /// </summary>
    internal sealed class SinkSymbols
    {
        private const int MaxCached = 8192;
        private static readonly SinkRow[] None = new SinkRow[0];
        private static readonly ConditionalWeakTable<Compilation, SinkSymbols> BuiltInCache = new ConditionalWeakTable<Compilation, SinkSymbols>();

        /// <summary>The built-in entries by their type's own metadata name, with the matcher of the full name.</summary>
        private static readonly Dictionary<string, (SinkEntry Entry, TypeNameMatcher Type)[]> ByTypeName = SinkCatalog.BuiltIn
            .Select(e => (Entry: e, Type: new TypeNameMatcher(e.TypeName)))
            .GroupBy(e => e.Type.Name, System.StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), System.StringComparer.Ordinal);

        /// <summary>Member names of the interface entries whose implementations are sinks too (<c>UseSetting</c>, <c>this[]</c>).</summary>
        private static readonly HashSet<string> InterfaceMembers = new HashSet<string>(SinkCatalog.BuiltIn.Where(e => e.MatchesImplementations).Select(e => e.MemberName), System.StringComparer.Ordinal);

        private static readonly TypeNameMatcher IPEndPointType = new TypeNameMatcher("System.Net.IPEndPoint");
        private static readonly (TypeNameMatcher Type, string Field, string Key)[] KeyFields = SettingKeys.KeyFields.Select(k => (new TypeNameMatcher(k.Type), k.Field, k.Key)).ToArray();

        private readonly Dictionary<ISymbol, SinkRow[]> _userRows;
        private readonly ConcurrentDictionary<ISymbol, SinkRow[]> _members = new ConcurrentDictionary<ISymbol, SinkRow[]>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, SinkRow[]> _collections = new ConcurrentDictionary<ISymbol, SinkRow[]>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, SinkRow[]> _factories = new ConcurrentDictionary<ISymbol, SinkRow[]>(SymbolEqualityComparer.Default);

        private SinkSymbols(Dictionary<ISymbol, SinkRow[]> userRows) => _userRows = userRows;

        public static SinkSymbols Create(Compilation compilation, IEnumerable<UserSink> userSinks)
        {
            var user = new Dictionary<ISymbol, List<SinkRow>>(SymbolEqualityComparer.Default);
            foreach (var sink in userSinks)
            {
                foreach (var row in sink.Resolve(compilation))
                {
                    if (!user.TryGetValue(row.Member, out var rows))
                    {
                        user[row.Member] = rows = new List<SinkRow>(1);
                    }

                    rows.Add(row);
                }
            }

            return new SinkSymbols(user.ToDictionary(p => p.Key, p => p.Value.ToArray(), SymbolEqualityComparer.Default));
        }

        /// <summary>The built-in catalogue for <paramref name="compilation"/>, one per compilation (the code fixes ask it).</summary>
        public static SinkSymbols BuiltInFor(Compilation compilation)
            => BuiltInCache.GetValue(compilation, c => Create(c, Enumerable.Empty<UserSink>()));

        /// <summary>The rows of a method, constructor, property or indexer (or of the interface member it implements).</summary>
        public SinkRow[] ForMember(ISymbol member)
        {
            var definition = member.OriginalDefinition;
            var rows = Cached(_members, definition, d => Rows(d, SinkMemberKind.Method, SinkMemberKind.Constructor, SinkMemberKind.Property, SinkMemberKind.Indexer));
            return _userRows.Count != 0 && _userRows.TryGetValue(definition, out var user) ? rows.Concat(user).ToArray() : rows;
        }

        /// <summary>The rows of a collection-valued property whose <c>Add</c> binds (<c>WebApplication.Urls</c>).</summary>
        public SinkRow[] ForCollection(IPropertySymbol property)
            => Cached(_collections, property.OriginalDefinition, d => Rows(d, SinkMemberKind.CollectionAdd));

        /// <summary>The rows of a factory whose value a sink binds (<c>UrlPrefix.Create(...)</c>).</summary>
        public SinkRow[] ForFactory(IMethodSymbol method)
            => Cached(_factories, method.OriginalDefinition, d => Rows(d, SinkMemberKind.Factory));

        /// <summary>The setting key a <c>static readonly</c> field holds (<c>WebHostDefaults.ServerUrlsKey</c>).</summary>
        public string? KeyOf(IFieldSymbol field)
        {
            foreach (var (type, name, key) in KeyFields)
            {
                if (field.Name == name && type.Matches(field.ContainingType))
                {
                    return key;
                }
            }

            return null;
        }

        public bool IsIPEndPoint(ITypeSymbol? type) => type is INamedTypeSymbol named && named.Name == "IPEndPoint" && IPEndPointType.Matches(named);

        private static SinkRow[] Cached(ConcurrentDictionary<ISymbol, SinkRow[]> cache, ISymbol definition, System.Func<ISymbol, SinkRow[]> rows)
        {
            if (cache.TryGetValue(definition, out var cached))
            {
                return cached;
            }

            var found = rows(definition);
            if (cache.Count < MaxCached)
            {
                cache.TryAdd(definition, found);
            }

            return found;
        }

        private static SinkRow[] Rows(ISymbol member, params SinkMemberKind[] kinds)
        {
            if (!(member.ContainingType is { } type))
            {
                return None;
            }

            List<SinkRow>? rows = null;
            AddRows(member, type, member, kinds, ref rows, implementations: false);
            if (rows is null && !member.IsStatic && InterfaceMembers.Contains(MemberName(member)))
            {
                foreach (var implemented in type.AllInterfaces)
                {
                    if (!ByTypeName.ContainsKey(implemented.MetadataName))
                    {
                        continue;
                    }

                    foreach (var interfaceMember in implemented.GetMembers(MemberName(member) == "this[]" ? "this[]" : member.Name))
                    {
                        var implementation = type.FindImplementationForInterfaceMember(interfaceMember);
                        if (implementation != null && SymbolEqualityComparer.Default.Equals(implementation.OriginalDefinition, member))
                        {
                            AddRows(interfaceMember.OriginalDefinition, implemented.OriginalDefinition, interfaceMember.OriginalDefinition, kinds, ref rows, implementations: true);
                        }
                    }
                }
            }

            return rows?.ToArray() ?? None;
        }

        private static void AddRows(ISymbol member, INamedTypeSymbol type, ISymbol resolved, SinkMemberKind[] kinds, ref List<SinkRow>? rows, bool implementations)
        {
            if (!ByTypeName.TryGetValue(type.MetadataName, out var entries))
            {
                return;
            }

            var name = MemberName(member);
            foreach (var (entry, typeName) in entries)
            {
                if (System.Array.IndexOf(kinds, entry.Member) >= 0
                    && (!implementations || entry.MatchesImplementations)
                    && (entry.Member == SinkMemberKind.Constructor ? member is IMethodSymbol { MethodKind: MethodKind.Constructor } : entry.MemberName == name)
                    && typeName.Matches(type)
                    && Resolve(entry, resolved) is { } row)
                {
                    (rows ??= new List<SinkRow>(1)).Add(row);
                }
            }
        }

        private static string MemberName(ISymbol member) => member is IPropertySymbol { IsIndexer: true } ? "this[]" : member.Name;

        /// <summary>The row of <paramref name="member"/> for <paramref name="entry"/>, or null when this overload does not carry the entry's parameter.</summary>
        internal static SinkRow? Resolve(SinkEntry entry, ISymbol member)
        {
            switch (member)
            {
                case IMethodSymbol method when entry.Member == SinkMemberKind.Constructor || entry.Member == SinkMemberKind.Method || entry.Member == SinkMemberKind.Factory:
                    var parameter = Parameter(method, entry.Parameter);
                    if (parameter is null || (entry.ExceptWithParameter != null && Parameter(method, entry.ExceptWithParameter) != null))
                    {
                        return null;
                    }

                    var key = Parameter(method, entry.KeyParameter);
                    if (entry.KeyParameter != null && key is null)
                    {
                        return null;
                    }

                    var value = entry.Value == BoundValueKind.Port && parameter.Type.SpecialType == SpecialType.System_String ? BoundValueKind.PortList : entry.Value;
                    return new SinkRow(entry, method, parameter, key, Parameter(method, entry.RequiresFalse), value, entry.Display ?? SinkDisplay.Of(method));
                case IPropertySymbol property when entry.Member == SinkMemberKind.Property && !property.IsReadOnly:
                case IPropertySymbol { IsIndexer: true } indexer when entry.Member == SinkMemberKind.Indexer && !indexer.IsReadOnly:
                case IPropertySymbol collection when entry.Member == SinkMemberKind.CollectionAdd:
                    var propertySymbol = (IPropertySymbol)member;
                    return new SinkRow(entry, propertySymbol, null, null, null, entry.Value, entry.Display ?? SinkDisplay.Of(propertySymbol));
                default:
                    return null;
            }
        }

        private static IParameterSymbol? Parameter(IMethodSymbol method, string? name)
        {
            if (name is null)
            {
                return null;
            }

            foreach (var parameter in method.Parameters)
            {
                if (parameter.Name == name)
                {
                    return parameter;
                }
            }

            return null;
        }
    }
}
