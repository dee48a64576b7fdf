using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Analyzers;
using PortLint.Rules;
using PortLint.Tests.Infrastructure;
using Xunit;

namespace PortLint.Tests.Meta
{
    /// <summary>Cheap checks over every analyzer, descriptor and code fix: they run, they are documented, they are tracked.</summary>
    public sealed class AnalyzerMetaTests
    {
        private static readonly Assembly AnalyzerAssembly = typeof(FixedServerPortAnalyzer).Assembly;

        public static IEnumerable<object[]> AnalyzerTypes()
            => AnalyzerAssembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => new object[] { t });

        public static IEnumerable<object[]> RuleIds()
            => AllDescriptors().Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).Select(id => new object[] { id });

        [Fact]
        public void AnalyzerAssembly_HasAnalyzersAndRules()
        {
            Assert.NotEmpty(AnalyzerTypes());
            Assert.Contains(AllDescriptors(), d => d.Id == "PORT001");
        }

        [Theory]
        [MemberData(nameof(AnalyzerTypes))]
        public async Task Analyzer_OnEmptySource_ReportsNothing(Type analyzerType)
        {
            Assert.NotNull(analyzerType.GetCustomAttribute<DiagnosticAnalyzerAttribute>());

            // AnalyzerVerifier<T>.VerifyAsync(source, expected): fails on any diagnostic, and on AD0001 (analyzer exception).
            var verifier = typeof(AnalyzerVerifier<>).MakeGenericType(analyzerType);
            var verify = verifier.GetMethod("VerifyAsync", new[] { typeof(string), typeof(DiagnosticResult[]) })!;
            await (Task)verify.Invoke(null, new object[] { string.Empty, Array.Empty<DiagnosticResult>() })!;
        }

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Descriptor_HasDescriptionAndHelpLink(string id)
        {
            foreach (var descriptor in AllDescriptors().Where(d => d.Id == id))
            {
                Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()), id + " title");
                Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString()), id + " message");
                Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()), id + " description");
                Assert.Equal(HelpLinks.ForRule(id), descriptor.HelpLinkUri);
            }
        }

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void HelpLink_PointsAtAPageInTheRepository(string id)
        {
            var relative = HelpLinks.RulePagePath(id);
            Assert.EndsWith(relative, HelpLinks.ForRule(id), StringComparison.Ordinal);
            var path = Path.Combine(RepositoryRoot(), relative.Replace('/', Path.DirectorySeparatorChar));
            Assert.True(File.Exists(path), "missing rule page " + path);
        }

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Rule_IsInReadmeRulesTable(string id)
        {
            var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
            Assert.Contains(lines, line => StartsWithId(line, "| [" + id + "]") || StartsWithId(line, "| " + id));
        }

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Rule_IsInUnshippedReleases(string id)
        {
            var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "src", "Analyzers", "AnalyzerReleases.Unshipped.md"));
            Assert.Contains(lines, line => line.Split('|')[0].Trim() == id);
        }

        [Fact]
        public void CodeFixProviders_AreExportedAndSupportFixAll()
        {
            var codeFixes = Assembly.Load(new AssemblyName("PortLint.CodeFixes"));
            var providers = codeFixes.GetTypes().Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t)).ToList();
            foreach (var type in providers)
            {
                var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
                Assert.True(export != null, type.FullName + " lacks [ExportCodeFixProvider]");
                Assert.Contains(LanguageNames.CSharp, export!.Languages);

                var provider = (CodeFixProvider)Activator.CreateInstance(type)!;
                Assert.NotNull(provider.GetFixAllProvider());
                Assert.NotEmpty(provider.FixableDiagnosticIds);
                var known = AllDescriptors().Select(d => d.Id).ToHashSet();
                Assert.All(provider.FixableDiagnosticIds, id => Assert.Contains(id, known));
            }
        }

        private static bool StartsWithId(string line, string prefix)
            => line.StartsWith(prefix, StringComparison.Ordinal)
                && (line.Length == prefix.Length || !char.IsDigit(line[prefix.Length]));

        private static IEnumerable<DiagnosticDescriptor> AllDescriptors()
            => AnalyzerTypes().Select(row => (DiagnosticAnalyzer)Activator.CreateInstance((Type)row[0])!).SelectMany(a => a.SupportedDiagnostics);

        private static string RepositoryRoot() => RepositoryFiles.Root();
    }
}
