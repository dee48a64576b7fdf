using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace PortLint.Tests.Robustness
{
    /// <summary>
    /// Issue 5, config files: mutated launchSettings.json / appsettings.json handed to every analyzer as AdditionalFiles
    /// (named Properties/launchSettings.json and appsettings.json). This is the hook for the PORT006 config reader: it runs
    /// today against every discovered analyzer, and once an analyzer supporting PORT006 is merged into PortLint.Analyzers it
    /// is exercised here without any change (the test output says whether one was found).
    /// </summary>
    public sealed class ConfigFileMutationTests
    {
        public const string ConfigRuleId = "PORT006";

        private const int MaxInputs = 600;

        private static readonly string[] JsonSeeds =
        {
            """
            {
              "$schema": "https://json.schemastore.org/launchsettings.json",
              "profiles": {
                "http": {
                  "commandName": "Project",
                  "applicationUrl": "http://localhost:50000;https://localhost:50001",
                  "environmentVariables": { "ASPNETCORE_ENVIRONMENT": "Development", "ASPNETCORE_URLS": "http://+:61000" }
                },
                "IIS Express": { "commandName": "IISExpress" }
              },
              "iisSettings": { "iisExpress": { "applicationUrl": "http://localhost:40000", "sslPort": 44300 } }
            }
            """,
            """
            {
              "Logging": { "LogLevel": { "Default": "Information" } },
              "urls": "http://localhost:50002;http://*:5000",
              "Kestrel": {
                "Endpoints": {
                  "Http": { "Url": "http://0.0.0.0:50003" },
                  "Https": { "Url": "https://[::1]:61001", "Certificate": { "Path": "cert.pfx" } }
                }
              },
              "AllowedHosts": "*"
            }
            """,
        };

        private static readonly string[] OddValues =
        {
            "\"http://[::1\"", "\"http://host:\"", "\"http://host:99999999999\"", "\"http://bücher.example:50000\"", "\"\"", "null", "true",
            "2147483647", "-0", "1e400", "0x10000", "\"\\uD800\"", "\"\\u0000\"", "[]", "{}", "\"http://host:" + new string('9', 300) + "\"",
            "\"http://localhost:50000;;;\"", "\"\\\"\"", "-", "\"http://[::1]:0\"",
        };

        private static readonly string[] Unbalanced = { "{", "}", "[", "]", "\"", ",", ":", "\\", "/*", "//", "\uFEFF" };

        private readonly ITestOutputHelper _output;

        public ConfigFileMutationTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task MutatedConfigFiles_NoAnalyzerThrows()
        {
            var configAnalyzers = RobustnessHost.Analyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == ConfigRuleId)).ToList();
            var inputs = JsonSeeds.SelectMany((seed, i) => MutateJson(seed, 11 + i).Select(m => (Seed: i, Text: m))).Distinct().ToList();
            if (inputs.Count > MaxInputs)
            {
                inputs = inputs.Select((x, i) => (x, key: new Random(17 + i).Next())).OrderBy(x => x.key).Take(MaxInputs).Select(x => x.x).ToList();
            }

            var code = CSharpSyntaxTree.ParseText(Seeds.All[4], RobustnessHost.ParseOptions, "/0/Program.cs");
            var failures = new ConcurrentQueue<string>();
            await Parallel.ForEachAsync(
                inputs.Select((input, index) => (input, index)),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                async (item, _) =>
                {
                    var (input, index) = item;
                    var name = input.Seed == 0 ? "/0/Properties/launchSettings.json" : "/0/appsettings.json";
                    var files = ImmutableArray.Create<AdditionalText>(
                        new InMemoryAdditionalText(name, input.Text),
                        new InMemoryAdditionalText(input.Seed == 0 ? "/0/appsettings.json" : "/0/Properties/launchSettings.json", JsonSeeds[(input.Seed + 1) % JsonSeeds.Length]),
                        new InMemoryAdditionalText("/0/appsettings.Development.json", input.Text));
                    var outcome = await AnalysisRunner.AnalyzeAsync(new[] { code }, files);
                    foreach (var failure in outcome.Failures)
                    {
                        failures.Enqueue($"{name} mutation {index}: {failure}\n--- input ---\n{input.Text}\n-------------");
                    }
                });

            _output.WriteLine($"config files: {inputs.Count} mutated JSON inputs through {RobustnessHost.Analyzers.Length} analyzer(s); "
                + (configAnalyzers.Count == 0 ? $"no analyzer supports {ConfigRuleId} yet (hook idle until the config reader is merged)" : $"{ConfigRuleId} analyzers: {string.Join(", ", configAnalyzers.Select(a => a.GetType().Name))}")
                + $"; {failures.Count} failures");
            Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Take(10)));
        }

        /// <summary>Truncations, deleted characters, duplicated lines, unbalanced brackets and quotes, odd values, deep nesting.</summary>
        private static IEnumerable<string> MutateJson(string json, int seed)
        {
            var random = new Random(seed);
            yield return json;
            yield return "";
            yield return "\uFEFF" + json;
            yield return new string('[', 500) + new string(']', 500);
            yield return "{\"profiles\":" + string.Concat(Enumerable.Repeat("{\"a\":", 300)) + "1" + new string('}', 300) + "}";
            yield return json.Replace("\n", "\r\n", StringComparison.Ordinal) + "\n// trailing comment\n";
            for (var i = 0; i < 40; i++)
            {
                yield return json.Substring(0, random.Next(json.Length));
            }

            for (var i = 0; i < 30; i++)
            {
                var at = random.Next(json.Length);
                yield return json.Remove(at, Math.Min(json.Length - at, 1 + random.Next(6)));
            }

            var lines = json.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                yield return string.Join("\n", lines.Take(i + 1).Concat(lines.Skip(i)));
            }

            foreach (var insertion in Unbalanced)
            {
                for (var i = 0; i < 4; i++)
                {
                    yield return json.Insert(random.Next(json.Length), insertion);
                }
            }

            var values = Regex.Matches(json, "\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+").Cast<Match>().ToArray();
            foreach (var value in values)
            {
                foreach (var odd in OddValues)
                {
                    yield return json.Substring(0, value.Index) + odd + json.Substring(value.Index + value.Length);
                }
            }
        }
    }
}
