using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PortLint.Catalog
{
    /// <summary>
    /// The catalogue resolved against one compilation, matched by symbol, never by name: a <c>TcpListener</c> in another
    /// namespace is not the BCL one. Built once per compilation (lazily, when the first file that may bind is analyzed) and
    /// shared by its concurrent callbacks; the cache of interface implementations is bounded.
    /// </summary>
    internal sealed class SinkSymbols
    {
        private const int MaxCachedImplementations = 4096;
        private static readonly SinkRow[] None = new SinkRow[0];

        private readonly Dictionary<ISymbol, SinkRow[]> _members;
        private readonly Dictionary<ISymbol, SinkRow[]> _collections;
        private readonly Dictionary<ISymbol, SinkRow[]> _factories;
        private readonly List<(INamedTypeSymbol Interface, string MemberName)> _interfaces;
        private readonly Dictionary<IFieldSymbol, string> _keyFields;
        private readonly ConcurrentDictionary<ISymbol, SinkRow[]> _implementations = new ConcurrentDictionary<ISymbol, SinkRow[]>(SymbolEqualityComparer.Default);

        private SinkSymbols(
            Dictionary<ISymbol, SinkRow[]> members,
            Dictionary<ISymbol, SinkRow[]> collections,
            Dictionary<ISymbol, SinkRow[]> factories,
            List<(INamedTypeSymbol, string)> interfaces,
            Dictionary<IFieldSymbol, string> keyFields,
            INamedTypeSymbol? ipEndPoint)
        {
            _members = members;
            _collections = collections;
            _factories = factories;
            _interfaces = interfaces;
            _keyFields = keyFields;
            IPEndPoint = ipEndPoint;
        }

        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, SinkSymbols> BuiltInCache = new System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, SinkSymbols>();

        public INamedTypeSymbol? IPEndPoint { get; }

        /// <summary>The built-in catalogue resolved against <paramref name="compilation"/>, once per compilation (the code fixes ask it).</summary>
        public static SinkSymbols BuiltInFor(Compilation compilation)
            => BuiltInCache.GetValue(compilation, c => Create(c, SinkCatalog.BuiltIn, Enumerable.Empty<UserSink>()));

        public bool IsEmpty => _members.Count == 0 && _collections.Count == 0 && IPEndPoint is null;

        public static SinkSymbols Create(Compilation compilation, IEnumerable<SinkEntry> entries, IEnumerable<UserSink> userSinks)
        {
            var members = new Dictionary<ISymbol, List<SinkRow>>(SymbolEqualityComparer.Default);
            var collections = new Dictionary<ISymbol, List<SinkRow>>(SymbolEqualityComparer.Default);
            var factories = new Dictionary<ISymbol, List<SinkRow>>(SymbolEqualityComparer.Default);
            var interfaces = new List<(INamedTypeSymbol, string)>();
            foreach (var entry in entries)
            {
                var type = compilation.GetTypeByMetadataName(entry.TypeName);
                if (type is null)
                {
                    continue;
                }

                if (entry.MatchesImplementations && type.TypeKind == TypeKind.Interface)
                {
                    interfaces.Add((type, entry.MemberName));
                }

                foreach (var member in Members(type, entry))
                {
                    if (Resolve(entry, member) is { } row)
                    {
                        Add(entry.Member == SinkMemberKind.CollectionAdd ? collections : entry.Member == SinkMemberKind.Factory ? factories : members, member, row);
                    }
                }
            }

            foreach (var user in userSinks)
            {
                foreach (var row in user.Resolve(compilation))
                {
                    Add(row.Entry.Member == SinkMemberKind.CollectionAdd ? collections : members, row.Member, row);
                }
            }

            var keyFields = new Dictionary<IFieldSymbol, string>(SymbolEqualityComparer.Default);
            foreach (var (typeName, fieldName, key) in SettingKeys.KeyFields)
            {
                if (compilation.GetTypeByMetadataName(typeName)?.GetMembers(fieldName).OfType<IFieldSymbol>().FirstOrDefault() is { } field)
                {
                    keyFields[field] = key;
                }
            }

            return new SinkSymbols(Freeze(members), Freeze(collections), Freeze(factories), interfaces, keyFields, compilation.GetTypeByMetadataName("System.Net.IPEndPoint"));
        }

        /// <summary>The rows of a method, constructor, property or indexer (or of the interface member it implements).</summary>
        public SinkRow[] ForMember(ISymbol member)
        {
            var definition = member.OriginalDefinition;
            if (_members.TryGetValue(definition, out var rows))
            {
                return rows;
            }

            return _interfaces.Count == 0 || member.IsStatic ? None : ForImplementation(definition);
        }

        /// <summary>The rows of a collection-valued property whose <c>Add</c> binds (<c>WebApplication.Urls</c>).</summary>
        public SinkRow[] ForCollection(IPropertySymbol property)
            => _collections.Count != 0 && _collections.TryGetValue(property.OriginalDefinition, out var rows) ? rows : None;

        /// <summary>The rows of a factory whose value a sink binds (<c>UrlPrefix.Create(...)</c>).</summary>
        public SinkRow[] ForFactory(IMethodSymbol method)
            => _factories.Count != 0 && _factories.TryGetValue(method.OriginalDefinition, out var rows) ? rows : None;

        /// <summary>The setting key a <c>static readonly</c> field holds (<c>WebHostDefaults.ServerUrlsKey</c>).</summary>
        public string? KeyOf(IFieldSymbol field) => _keyFields.Count != 0 && _keyFields.TryGetValue(field.OriginalDefinition, out var key) ? key : null;

        public bool IsIPEndPoint(ITypeSymbol? type) => type != null && SymbolEqualityComparer.Default.Equals(type, IPEndPoint);

        private SinkRow[] ForImplementation(ISymbol member)
        {
            if (_implementations.TryGetValue(member, out var cached))
            {
                return cached;
            }

            var rows = None;
            var type = member.ContainingType;
            var name = member is IPropertySymbol { IsIndexer: true } ? "this[]" : member.Name;
            if (type != null)
            {
                foreach (var (interfaceType, memberName) in _interfaces)
                {
                    if (memberName != name)
                    {
                        continue;
                    }

                    foreach (var implemented in type.AllInterfaces)
                    {
                        if (!SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, interfaceType))
                        {
                            continue;
                        }

                        foreach (var interfaceMember in implemented.GetMembers(memberName))
                        {
                            var implementation = type.FindImplementationForInterfaceMember(interfaceMember);
                            if (implementation != null
                                && SymbolEqualityComparer.Default.Equals(implementation.OriginalDefinition, member)
                                && _members.TryGetValue(interfaceMember.OriginalDefinition, out var interfaceRows))
                            {
                                rows = interfaceRows;
                            }
                        }
                    }
                }
            }

            if (_implementations.Count < MaxCachedImplementations)
            {
                _implementations.TryAdd(member, rows);
            }

            return rows;
        }

        private static IEnumerable<ISymbol> Members(INamedTypeSymbol type, SinkEntry entry)
        {
            switch (entry.Member)
            {
                case SinkMemberKind.Constructor:
                    return type.InstanceConstructors;
                case SinkMemberKind.Indexer:
                    return type.GetMembers().Where(m => m is IPropertySymbol { IsIndexer: true });
                default:
                    return type.GetMembers(entry.MemberName);
            }
        }

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

        private static void Add(Dictionary<ISymbol, List<SinkRow>> table, ISymbol member, SinkRow row)
        {
            if (!table.TryGetValue(member, out var rows))
            {
                table[member] = rows = new List<SinkRow>(1);
            }

            rows.Add(row);
        }

        private static Dictionary<ISymbol, SinkRow[]> Freeze(Dictionary<ISymbol, List<SinkRow>> table)
        {
            var frozen = new Dictionary<ISymbol, SinkRow[]>(table.Count, SymbolEqualityComparer.Default);
            foreach (var pair in table)
            {
                frozen[pair.Key] = pair.Value.ToArray();
            }

            return frozen;
        }
    }
}
