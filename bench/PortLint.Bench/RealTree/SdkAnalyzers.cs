using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PortLint.Bench.RealTree
{
    /// <summary>
    /// The .NET SDK's code-analysis analyzers (sdk/&lt;version&gt;/Sdks/Microsoft.NET.Sdk/analyzers: Microsoft.CodeAnalysis.NetAnalyzers.dll
    /// and Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll), every concrete C# DiagnosticAnalyzer, and the two configurations
    /// the real-tree mode runs them in: every rule enabled, and the configuration a plain <c>dotnet build</c> of a net10.0
    /// project gives them.
    /// </summary>
    internal static class SdkAnalyzers
    {
        public static readonly string[] AssemblyFiles = { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" };

        public static string Folder => Path.Combine(ReferencePacks.SdkFolder, "Sdks", "Microsoft.NET.Sdk", "analyzers");

        /// <summary>
        /// A fresh instance of every analyzer (the driver keys its state and telemetry by instance). The assemblies reference
        /// Roslyn 3.11 and bind to the bench's Roslyn; their code fixers reference Microsoft.CodeAnalysis.Workspaces, which the
        /// bench does not load, so types that fail to load are skipped (analyzers do not need it).
        /// </summary>
        public static ImmutableArray<DiagnosticAnalyzer> Create()
        {
            var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
            foreach (var file in AssemblyFiles)
            {
                var assembly = Assembly.LoadFrom(Path.Combine(Folder, file));
                foreach (var type in LoadableTypes(assembly).OrderBy(t => t.FullName, StringComparer.Ordinal))
                {
                    if (!type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) != null
                        && type.GetCustomAttributes<DiagnosticAnalyzerAttribute>(inherit: false).Any(a => a.Languages.Contains(LanguageNames.CSharp)))
                    {
                        analyzers.Add((DiagnosticAnalyzer)Activator.CreateInstance(type)!);
                    }
                }
            }

            return analyzers.ToImmutable();
        }

        /// <summary>Every rule of the analyzers at warning (what <c>dotnet_analyzer_diagnostic.severity = warning</c> does), so every analyzer runs.</summary>
        public static ImmutableDictionary<string, ReportDiagnostic> AllRulesEnabled(IEnumerable<DiagnosticAnalyzer> analyzers)
            => Rules(analyzers).ToImmutableDictionary(d => d.Id, _ => ReportDiagnostic.Warn);

        /// <summary>
        /// The rules as a plain <c>dotnet build</c> of a net10.0 project (AnalysisLevel latest, AnalysisMode Default) has them:
        /// each descriptor's own default, plus the SDK's analysislevel_&lt;n&gt;_default.globalconfig (for 10.0 it turns off
        /// CA1516 only, read here as <c>dotnet_diagnostic.ID.severity = none</c> lines). The command-line compiler also
        /// skips analyzers whose rules are all Info or Hidden (nothing of theirs would be printed); that is mirrored by
        /// suppressing Info and Hidden rules, so the driver skips those analyzers as csc does.
        /// </summary>
        public static ImmutableDictionary<string, ReportDiagnostic> BuildDefault(IEnumerable<DiagnosticAnalyzer> analyzers, out string globalConfig)
        {
            var options = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>();
            foreach (var rule in Rules(analyzers))
            {
                if (!rule.IsEnabledByDefault || rule.DefaultSeverity is DiagnosticSeverity.Info or DiagnosticSeverity.Hidden)
                {
                    options[rule.Id] = ReportDiagnostic.Suppress;
                }
            }

            globalConfig = DefaultGlobalConfig();
            if (File.Exists(globalConfig))
            {
                foreach (var line in File.ReadAllLines(globalConfig))
                {
                    var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
                    if (parts.Length == 2 && parts[0].StartsWith("dotnet_diagnostic.", StringComparison.Ordinal) && parts[0].EndsWith(".severity", StringComparison.Ordinal))
                    {
                        var id = parts[0].Substring("dotnet_diagnostic.".Length, parts[0].Length - "dotnet_diagnostic.".Length - ".severity".Length);
                        options[id] = parts[1] switch
                        {
                            "error" => ReportDiagnostic.Error,
                            "warning" => ReportDiagnostic.Warn,
                            _ => ReportDiagnostic.Suppress, // suggestion, silent, none: not run by csc
                        };
                    }
                }
            }

            return options.ToImmutable();
        }

        private static IEnumerable<DiagnosticDescriptor> Rules(IEnumerable<DiagnosticAnalyzer> analyzers)
            => analyzers.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First());

        /// <summary>analysislevel_&lt;major&gt;_default.globalconfig for the runtime's major version.</summary>
        private static string DefaultGlobalConfig()
            => Path.Combine(Folder, "build", "config", $"analysislevel_{Environment.Version.Major}_default.globalconfig");

        private static IEnumerable<Type> LoadableTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException exception)
            {
                return exception.Types.Where(t => t != null).Select(t => t!);
            }
        }
    }
}
