using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Analyzers;
using PortLint.Catalog;
using PortLint.Tests.Infrastructure;
using Xunit;

namespace PortLint.Tests.Rules
{
    /// <summary>
    /// The pre-checks (text words, syntax filter) must never drop a site that compiles to a catalogued API. For every row of the
    /// catalogue, this test generates the call from the row's symbols against the library's real reference assemblies, in every
    /// form the call can take — a receiver held in a <c>var</c> local that came from another file, <c>using static</c>, a
    /// <c>using</c> alias and a <c>global using</c> alias from another file, a target-typed <c>new(...)</c> of a field declared in
    /// another file, an extension method called as a static method, an object initializer, a <c>Configure(o =&gt; o.X = ...)</c>
    /// lambda, a URL collection held in a local — and checks that the generated code compiles and the port is reported.
    /// </summary>
    public sealed class CatalogueFormsTests
    {
        private const string Port = "55555";

        private readonly Xunit.Abstractions.ITestOutputHelper _output;

        public CatalogueFormsTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

        public static IEnumerable<object[]> Libraries() => SinkLibraries.All.Select(l => new object[] { l.Name });

        [Theory]
        [MemberData(nameof(Libraries))]
        public async Task EveryEntry_IsFound_InEveryForm(string libraryName)
        {
            var library = SinkLibraries.All.Single(l => l.Name == libraryName);
            var references = await ReferencesAsync(library);
            var probe = CSharpCompilation.Create("Probe", references: references);
            var failures = new List<string>();
            var forms = 0;
            foreach (var entry in SinkCatalog.BuiltIn.Where(e => e.Library == library && e.Member != SinkMemberKind.Factory))
            {
                var row = Rows(probe, entry).FirstOrDefault(r => FormsOf(r).Any());
                if (row is null)
                {
                    failures.Add(Describe(entry) + ": no overload resolves in the reference assemblies");
                    continue;
                }

                foreach (var form in FormsOf(row))
                {
                    forms++;
                    var failure = await CheckAsync(references, form);
                    if (failure != null)
                    {
                        failures.Add(Describe(entry) + " [" + form.Name + "]: " + failure + "\n" + form.Source);
                    }
                }
            }

            _output.WriteLine(libraryName + ": " + forms + " forms");
            Assert.True(failures.Count == 0, forms + " forms, " + failures.Count + " failed:\n" + string.Join("\n\n", failures));
        }

        private static async Task<string?> CheckAsync(ImmutableArray<MetadataReference> references, Form form)
        {
            var trees = new[] { CSharpSyntaxTree.ParseText(form.Source, path: "/0/Form.cs"), CSharpSyntaxTree.ParseText(form.Helper, path: "/0/Helper.cs") };
            var compilation = CSharpCompilation.Create(
                "Forms",
                trees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count != 0)
            {
                return "does not compile: " + string.Join("; ", errors.Take(3));
            }

            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FixedServerPortAnalyzer())).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            var expected = form.Source.IndexOf(Port, StringComparison.Ordinal);
            return diagnostics.Any(d => d.Id == "PORT001" && d.Location.SourceTree == trees[0] && d.Location.SourceSpan.Start == expected)
                ? null
                : "not reported (" + string.Join("; ", diagnostics) + ")";
        }

        private static IEnumerable<SinkRow> Rows(Compilation compilation, SinkEntry entry)
        {
            var type = compilation.GetTypeByMetadataName(entry.TypeName);
            if (type is null)
            {
                yield break;
            }

            IEnumerable<ISymbol> members = entry.Member switch
            {
                SinkMemberKind.Constructor => type.InstanceConstructors,
                SinkMemberKind.Indexer => type.GetMembers().Where(m => m is IPropertySymbol { IsIndexer: true }),
                _ => type.GetMembers(entry.MemberName),
            };
            foreach (var member in members.Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.GetAttributes().Any(a => a.AttributeClass?.Name == "ObsoleteAttribute")))
            {
                if (SinkSymbols.Resolve(entry, member) is { } row)
                {
                    yield return row;
                }
            }
        }

        /// <summary>The forms one row can be written in, each a compilable pair of files.</summary>
        private static IEnumerable<Form> FormsOf(SinkRow row)
        {
            var entry = row.Entry;
            var type = (INamedTypeSymbol)row.Member.ContainingSymbol;
            var typeName = Receiver(type);
            var ns = type.ContainingNamespace.ToDisplayString();
            switch (row.Member)
            {
                case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor:
                    var arguments = Arguments(row, constructor, skipThis: false);
                    if (arguments is null || type.IsAbstract)
                    {
                        yield break;
                    }

                    yield return new Form("new", "class Forms { object M() => new " + typeName + "(" + arguments + "); }");
                    if (!type.IsGenericType)
                    {
                        var qualified = type.ToDisplayString();
                        yield return new Form("alias", "using A = " + qualified + ";\nclass Forms { object M() => new A(" + arguments + "); }");
                        yield return new Form("global alias", "class Forms { object M() => new GlobalA(" + arguments + "); }", "global using GlobalA = " + qualified + ";");
                        yield return new Form("target-typed new, field in another file", "partial class Holder { void M() { Field = new(" + arguments + "); } }", "partial class Holder { public " + typeName + "? Field; }");
                    }

                    break;

                case IMethodSymbol { IsExtensionMethod: true } extension:
                    var receiverType = Substitute(extension.Parameters[0].Type);
                    var extensionArguments = Arguments(row, extension, skipThis: true);
                    if (extensionArguments is null || receiverType is null)
                    {
                        yield break;
                    }

                    var make = "static class Make { public static " + receiverType + " Receiver() => default!; }";
                    var typeArguments = extension.IsGenericMethod ? "<" + string.Join(", ", extension.TypeParameters.Select(Substitute)) + ">" : string.Empty;
                    yield return new Form("extension, var receiver from another file", "using " + ns + ";\nclass Forms { void M() { var r = Make.Receiver(); r." + extension.Name + "(" + extensionArguments + "); } }", make);
                    yield return new Form("extension called as a static method", "class Forms { void M() { " + typeName + "." + extension.Name + typeArguments + "(Make.Receiver()" + (extensionArguments.Length == 0 ? string.Empty : ", " + extensionArguments) + "); } }", make);
                    break;

                case IMethodSymbol { IsStatic: true } staticMethod:
                    var staticArguments = Arguments(row, staticMethod, skipThis: false);
                    if (staticArguments is null)
                    {
                        yield break;
                    }

                    var call = staticMethod.Name + "(" + staticArguments + ")";
                    var qualifiedType = type.ToDisplayString();
                    yield return new Form("static call", "class Forms { void M() { " + typeName + "." + call + "; } }");
                    yield return new Form("using static", "using static " + qualifiedType + ";\nclass Forms { void M() { " + call + "; } }");
                    yield return new Form("alias", "using A = " + qualifiedType + ";\nclass Forms { void M() { A." + call + "; } }");
                    yield return new Form("global using static", "class Forms { void M() { " + call + "; } }", "global using static " + qualifiedType + ";");
                    break;

                case IMethodSymbol method:
                    var instanceArguments = Arguments(row, method, skipThis: false);
                    if (instanceArguments is null)
                    {
                        yield break;
                    }

                    var instanceMake = "static class Make { public static " + typeName + " Receiver() => default!; }";
                    yield return new Form("var receiver from another file", "class Forms { void M() { var r = Make.Receiver(); r." + method.Name + "(" + instanceArguments + "); } }", instanceMake);
                    yield return new Form("parameter receiver", "class Forms { void M(" + typeName + " r) { r." + method.Name + "(" + instanceArguments + "); } }");
                    break;

                case IPropertySymbol { IsIndexer: true }:
                    var key = entry.KeysAreEnvironmentVariables ? "ASPNETCORE_URLS" : "urls";
                    yield return new Form("indexer, var receiver from another file", "class Forms { void M() { var r = Make.Receiver(); r[\"" + key + "\"] = \"http://127.0.0.1:" + Port + "\"; } }", "static class Make { public static " + typeName + " Receiver() => default!; }");
                    break;

                case IPropertySymbol collection when entry.Member == SinkMemberKind.CollectionAdd:
                    var collectionMake = "static class Make { public static " + typeName + " Receiver() => default!; }";
                    var url = "\"http://127.0.0.1:" + Port + "\"";
                    yield return new Form("collection, var receiver from another file", "class Forms { void M() { var r = Make.Receiver(); r." + collection.Name + ".Add(" + url + "); } }", collectionMake);
                    yield return new Form("collection held in a local", "class Forms { void M() { var r = Make.Receiver(); var c = r." + collection.Name + "; c.Add(" + url + "); } }", collectionMake);
                    break;

                case IPropertySymbol property:
                    var value = Value(row, property.Type);
                    if (value is null)
                    {
                        yield break;
                    }

                    var propertyMake = "static class Make { public static " + typeName + " Receiver() => default!; public static void Configure<T>(System.Action<T> configure) { } }";
                    yield return new Form("assignment, var receiver from another file", "class Forms { void M() { var r = Make.Receiver(); r." + property.Name + " = " + value + "; } }", propertyMake);
                    yield return new Form("Configure lambda", "class Forms { void M() { Make.Configure<" + typeName + ">(o => o." + property.Name + " = " + value + "); } }", propertyMake);
                    if (!type.IsAbstract && type.InstanceConstructors.Any(c => c.Parameters.IsEmpty && c.DeclaredAccessibility == Accessibility.Public)
                        && !type.GetMembers().Any(m => m is IPropertySymbol { IsRequired: true } p && p.Name != property.Name))
                    {
                        yield return new Form("object initializer", "class Forms { object M() => new " + typeName + " { " + property.Name + " = " + value + " }; }");
                    }

                    break;
            }
        }

        /// <summary>Named arguments for every parameter without a default: the carrier gets the port, the key a server key.</summary>
        private static string? Arguments(SinkRow row, IMethodSymbol method, bool skipThis)
        {
            var parts = new List<string>();
            foreach (var parameter in method.Parameters.Skip(skipThis ? 1 : 0))
            {
                string? text;
                if (SymbolEqualityComparer.Default.Equals(parameter, row.Parameter))
                {
                    text = Value(row, parameter.Type);
                }
                else if (SymbolEqualityComparer.Default.Equals(parameter, row.Key))
                {
                    text = row.Entry.KeysAreEnvironmentVariables ? "\"ASPNETCORE_URLS\"" : "\"urls\"";
                }
                else if (SymbolEqualityComparer.Default.Equals(parameter, row.RequiresFalse))
                {
                    text = "false";
                }
                else if (parameter.HasExplicitDefaultValue || parameter.IsParams)
                {
                    continue;
                }
                else
                {
                    text = Substitute(parameter.Type) is { } parameterType ? "default(" + parameterType + ")!" : null;
                }

                if (text is null)
                {
                    return null;
                }

                parts.Add(parameter.Name + ": " + text);
            }

            return string.Join(", ", parts);
        }

        /// <summary>A value of the row's kind, with the port 55555 written once.</summary>
        private static string? Value(SinkRow row, ITypeSymbol type)
        {
            var isString = type.SpecialType == SpecialType.System_String;
            var isStrings = type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String };
            var setting = row.Value == BoundValueKind.Setting ? "\"http://127.0.0.1:" + Port + "\"" : null;
            return row.Value switch
            {
                BoundValueKind.Port => isString ? "\"" + Port + "\"" : Port,
                BoundValueKind.PortList => "\"" + Port + "\"",
                BoundValueKind.EndPoint => "new global::System.Net.IPEndPoint(global::System.Net.IPAddress.Loopback, " + Port + ")",
                BoundValueKind.Url or BoundValueKind.UrlList => isStrings ? "new[] { \"http://127.0.0.1:" + Port + "\" }" : "\"http://127.0.0.1:" + Port + "\"",
                BoundValueKind.Address => "\"tcp://127.0.0.1:" + Port + "\"",
                BoundValueKind.ConnectionString => "\"@tcp://127.0.0.1:" + Port + "\"",
                BoundValueKind.Setting => setting,
                BoundValueKind.Settings => "new global::System.Collections.Generic.Dictionary<string, string?> { [\"urls\"] = \"http://127.0.0.1:" + Port + "\" }",
                _ => null,
            };
        }

        /// <summary>The receiver type to write for a catalogued type: a generic one closed over types that satisfy its constraints.</summary>
        private static string Receiver(INamedTypeSymbol type)
        {
            switch (type.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
            {
                case "global::DotNet.Testcontainers.Builders.ContainerBuilder<TBuilderEntity, TContainerEntity, TConfigurationEntity>":
                    return "global::DotNet.Testcontainers.Builders.ContainerBuilder";
                case "global::DotNet.Testcontainers.Builders.IContainerBuilder<TBuilderEntity, TContainerEntity, TConfigurationEntity>":
                    return "global::DotNet.Testcontainers.Builders.IContainerBuilder<global::DotNet.Testcontainers.Builders.ContainerBuilder, global::DotNet.Testcontainers.Containers.IContainer, global::DotNet.Testcontainers.Configurations.IContainerConfiguration>";
                case "global::Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<TEntryPoint>":
                    return "global::Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Forms>";
            }

            return type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        }

        /// <summary>A type with its type parameters replaced by their first constraint (or <c>object</c>).</summary>
        private static string? Substitute(ITypeSymbol type)
        {
            switch (type)
            {
                case ITypeParameterSymbol parameter:
                    return parameter.ConstraintTypes.Length > 0 ? Substitute(parameter.ConstraintTypes[0]) : "object";
                case INamedTypeSymbol { IsGenericType: true } generic when generic.TypeArguments.Any(a => a is ITypeParameterSymbol):
                    var arguments = generic.TypeArguments.Select(Substitute).ToList();
                    if (arguments.Any(a => a is null))
                    {
                        return null;
                    }

                    var name = generic.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                    return name.Substring(0, name.IndexOf('<')) + "<" + string.Join(", ", arguments) + ">";
                default:
                    return type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            }
        }

        private static string Describe(SinkEntry entry) => entry.TypeName + "." + entry.MemberName + "(" + entry.Parameter + ")";

        private static async Task<ImmutableArray<MetadataReference>> ReferencesAsync(SinkLibrary library)
        {
            if (library == SinkLibraries.Bcl || library == SinkLibraries.AspNetCore)
            {
                return (await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, default)).AddRange(await TestReferences.AspNetCoreAsync());
            }

            if (library == SinkLibraries.MvcTesting)
            {
                return (await HostingReferences.Net100MvcTesting.ResolveAsync(LanguageNames.CSharp, default)).AddRange(await HostingReferences.AspNetCore100Async());
            }

            ReferenceAssemblies set =
                library == SinkLibraries.WireMock ? LibraryReferences.WireMock
                : library == SinkLibraries.GrpcCore ? LibraryReferences.GrpcCore
                : library == SinkLibraries.Testcontainers ? LibraryReferences.Testcontainers
                : library == SinkLibraries.NetMQ ? LibraryReferences.NetMQ
                : library == SinkLibraries.Mqtt ? LibraryReferences.MqttNet
                : library == SinkLibraries.Aspire ? HostingReferences.Aspire
                : library == SinkLibraries.Orleans ? HostingReferences.Orleans
                : throw new InvalidOperationException("no reference set for " + library.Name);
            return await set.ResolveAsync(LanguageNames.CSharp, default);
        }

        private sealed class Form
        {
            public Form(string name, string source, string helper = "")
            {
                Name = name;
                Source = source;
                Helper = helper + "\npublic class FormsEntryPoint { }";
            }

            public string Name { get; }

            public string Source { get; }

            public string Helper { get; }
        }
    }
}
