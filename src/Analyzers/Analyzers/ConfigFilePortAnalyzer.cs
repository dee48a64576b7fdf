using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PortLint.ConfigFiles;
using PortLint.Json;
using PortLint.Options;
using PortLint.Ranges;
using PortLint.Rules;

namespace PortLint.Analyzers
{
    /// <summary>
    /// PORT006: fixed ports in the dynamic range in launchSettings.json and appsettings*.json, read as AdditionalFiles
    /// (build/PortLint.props adds them). The files are read through the AdditionalFiles API only.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConfigFilePortAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ConfigFilePort);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            if (!HasConfigFile(context.Options.AdditionalFiles))
            {
                return;
            }

            var options = new PortLintOptionsCache(context.Options.AnalyzerConfigOptionsProvider);
            context.RegisterAdditionalFileAction(c => AnalyzeFile(c, options));
        }

        private static bool HasConfigFile(ImmutableArray<AdditionalText> files)
        {
            foreach (var file in files)
            {
                if (ConfigFileKinds.Of(file.Path) != ConfigFileKind.None)
                {
                    return true;
                }
            }

            return false;
        }

        private static void AnalyzeFile(AdditionalFileAnalysisContext context, PortLintOptionsCache optionsCache)
        {
            var file = context.AdditionalFile;
            var kind = ConfigFileKinds.Of(file.Path);
            if (kind == ConfigFileKind.None)
            {
                return;
            }

            var text = file.GetText(context.CancellationToken);
            if (text is null || !JsonReader.TryRead(text.ToString(), out var root))
            {
                return;
            }

            var ports = new List<ConfigPort>();
            ConfigFilePortFinder.Find(root!, kind, ports);
            if (ports.Count == 0)
            {
                return;
            }

            var options = optionsCache.For(file);
            foreach (var port in ports)
            {
                var classification = PortClassifier.Classify(port.Value, options);
                if (classification != PortClassification.Dynamic)
                {
                    continue;
                }

                var span = new TextSpan(port.Start, port.Length);
                var location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.ConfigFilePort,
                    location,
                    PortClassifier.Format(port.Value),
                    port.Key,
                    PortClassifier.DescribeRanges(port.Value, classification, options)));
            }
        }
    }
}
