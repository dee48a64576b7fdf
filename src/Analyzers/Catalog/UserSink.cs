using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PortLint.Binding;

namespace PortLint.Catalog
{
    /// <summary>
    /// A project's own server API, declared in <c>dotnet_code_quality.server_apis</c> in the documentation-comment-ID form of
    /// NetAnalyzers' symbol options: <c>M:Acme.Testing.FakeServer.Start(System.Int32):port</c>,
    /// <c>M:Acme.Testing.FakeServer.#ctor(System.String)</c> (or <c>.ctor</c>: <c>#</c> starts a comment in .editorconfig),
    /// <c>P:Acme.Testing.ServerOptions.Port</c>. A method without a parameter list stands for all its overloads; the
    /// parameter after the last <c>:</c> carries the port or URL, and may be left out when exactly one parameter can. What
    /// the value is follows from its type: an integer a port, <c>string</c> a URL, <c>string[]</c> or
    /// <c>IEnumerable&lt;string&gt;</c> URLs, <c>IPEndPoint</c>/<c>EndPoint</c> an endpoint. A malformed entry is ignored.
    /// </summary>
    internal sealed class UserSink
    {
        public static readonly SinkLibrary Library = new SinkLibrary("Project", "dotnet_code_quality.server_apis");

        private UserSink(string id, string typeName, string memberName, bool isConstructor, bool isProperty, string? parameter)
        {
            Id = id;
            TypeName = typeName;
            MemberName = memberName;
            IsConstructor = isConstructor;
            IsProperty = isProperty;
            Parameter = parameter;
        }

        /// <summary>The documentation-comment ID as resolved (<c>.ctor</c> written as <c>#ctor</c>).</summary>
        public string Id { get; }

        /// <summary>The containing type's metadata name.</summary>
        public string TypeName { get; }

        /// <summary>The name a call site writes: the method or property name, or the type's simple name for a constructor.</summary>
        public string MemberName { get; }

        public bool IsConstructor { get; }

        public bool IsProperty { get; }

        public string? Parameter { get; }

        /// <summary>Parses an option value: entries separated by <c>|</c>; malformed ones are left out.</summary>
        public static ImmutableArray<UserSink> ParseList(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return ImmutableArray<UserSink>.Empty;
            }

            var sinks = ImmutableArray.CreateBuilder<UserSink>();
            foreach (var part in value!.Split('|'))
            {
                if (TryParse(part.Trim(), out var sink))
                {
                    sinks.Add(sink);
                }
            }

            return sinks.ToImmutable();
        }

        public static bool TryParse(string text, out UserSink sink)
        {
            sink = null!;
            if (text.Length < 3 || text[1] != ':' || (text[0] != 'M' && text[0] != 'P'))
            {
                return false;
            }

            var isProperty = text[0] == 'P';
            var body = text.Substring(2);
            string? parameter = null;
            var close = body.LastIndexOf(')');
            var colon = body.LastIndexOf(':');
            if (colon > close)
            {
                parameter = body.Substring(colon + 1).Trim();
                body = body.Substring(0, colon).Trim();
                if (!IsIdentifier(parameter) || isProperty)
                {
                    return false;
                }
            }

            var open = body.IndexOf('(');
            if ((open >= 0) != (body.Length > 0 && body[body.Length - 1] == ')') || (open >= 0 && isProperty))
            {
                return false;
            }

            var path = open >= 0 ? body.Substring(0, open) : body;
            var dot = path.LastIndexOf('.');
            if (path.EndsWith("..ctor", StringComparison.Ordinal) || path.EndsWith(".#ctor", StringComparison.Ordinal))
            {
                dot = path.Length - 6;
            }

            if (dot <= 0 || dot == path.Length - 1)
            {
                return false;
            }

            var typeName = path.Substring(0, dot);
            var member = path.Substring(dot + 1);
            var isConstructor = member == ".ctor" || member == "#ctor";
            if (isConstructor && isProperty)
            {
                return false;
            }

            if (!typeName.Split('.').All(IsTypeSegment) || (!isConstructor && !IsIdentifier(member)))
            {
                return false;
            }

            var simpleType = typeName.Substring(typeName.LastIndexOf('.') + 1);
            var tick = simpleType.IndexOf('`');
            var anchor = isConstructor ? (tick < 0 ? simpleType : simpleType.Substring(0, tick)) : member;
            var id = text.Substring(0, 2) + typeName + "." + (isConstructor ? "#ctor" : member) + (open >= 0 ? body.Substring(open) : string.Empty);
            sink = new UserSink(id, typeName, anchor, isConstructor, isProperty, parameter);
            return true;
        }

        /// <summary>The rows of this declaration in <paramref name="compilation"/>: none when it names nothing there.</summary>
        public IEnumerable<SinkRow> Resolve(Compilation compilation)
        {
            var symbols = DocumentationCommentId.GetSymbolsForDeclarationId(Id, compilation);
            if (symbols.IsDefault)
            {
                symbols = ImmutableArray<ISymbol>.Empty;
            }

            if (symbols.IsDefaultOrEmpty && !Id.Contains("("))
            {
                // A method named without its parameter list: every overload.
                var type = compilation.GetTypeByMetadataName(TypeName);
                symbols = type is null
                    ? ImmutableArray<ISymbol>.Empty
                    : (IsConstructor ? type.InstanceConstructors.Cast<ISymbol>() : type.GetMembers(MemberName)).ToImmutableArray();
            }

            foreach (var symbol in symbols)
            {
                if (Row(symbol) is { } row)
                {
                    yield return row;
                }
            }
        }

        private SinkRow? Row(ISymbol symbol)
        {
            switch (symbol)
            {
                case IPropertySymbol property when IsProperty && !property.IsReadOnly && KindOf(property.Type) is { } propertyKind:
                    return new SinkRow(Entry(propertyKind, null), property, null, null, null, propertyKind, SinkDisplay.Of(property));
                case IMethodSymbol method when !IsProperty && (method.MethodKind == MethodKind.Constructor) == IsConstructor:
                    IParameterSymbol? carrier = null;
                    foreach (var parameter in method.Parameters)
                    {
                        if (Parameter != null ? parameter.Name == Parameter : KindOf(parameter.Type) != null)
                        {
                            if (carrier != null)
                            {
                                // Two parameters could carry it: the declaration must name one.
                                return null;
                            }

                            carrier = parameter;
                        }
                    }

                    if (carrier is null || !(KindOf(carrier.Type) is { } kind))
                    {
                        return null;
                    }

                    return new SinkRow(Entry(kind, carrier.Name), method, carrier, null, null, kind, SinkDisplay.Of(method));
                default:
                    return null;
            }
        }

        private SinkEntry Entry(BoundValueKind kind, string? parameter)
            => new SinkEntry(
                Library,
                TypeName,
                IsProperty ? SinkMemberKind.Property : IsConstructor ? SinkMemberKind.Constructor : SinkMemberKind.Method,
                MemberName,
                parameter,
                kind,
                SinkFamily.UserApi,
                PortZeroSupport.NotSupported,
                "declared by the project");

        /// <summary>What a value of <paramref name="type"/> is as a bound value.</summary>
        internal static BoundValueKind? KindOf(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt16:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int16:
                    return BoundValueKind.Port;
                case SpecialType.System_String:
                    return BoundValueKind.Url;
            }

            if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String }
                || (type is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Length == 1 && generic.TypeArguments[0].SpecialType == SpecialType.System_String
                    && (generic.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T || generic.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IList_T
                        || generic.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IReadOnlyList_T || generic.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_ICollection_T)))
            {
                return BoundValueKind.UrlList;
            }

            for (var current = type; current != null; current = current.BaseType)
            {
                if (current.Name == "EndPoint" && current.ContainingNamespace?.ToDisplayString() == "System.Net")
                {
                    return BoundValueKind.EndPoint;
                }
            }

            return null;
        }

        private static bool IsIdentifier(string text)
            => text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_') && text.All(c => char.IsLetterOrDigit(c) || c == '_');

        private static bool IsTypeSegment(string text)
        {
            var tick = text.IndexOf('`');
            return tick < 0 ? IsIdentifier(text) : IsIdentifier(text.Substring(0, tick)) && text.Substring(tick + 1).All(char.IsDigit) && tick < text.Length - 1;
        }
    }
}
