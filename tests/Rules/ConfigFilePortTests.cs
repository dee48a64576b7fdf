using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Rules;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.ConfigFilePortAnalyzer>;

namespace PortLint.Tests.Rules
{
    /// <summary>PORT006: a fixed port in the dynamic range in launchSettings.json or appsettings*.json.</summary>
    public sealed class ConfigFilePortTests
    {
        private const string LaunchSettings = "/0/Properties/launchSettings.json";
        private const string AppSettings = "/0/appsettings.json";
        private const string Dynamic = "the dynamic range 49152-65535 (IANA, Windows, macOS)";
        private const string Both = Dynamic + " and Linux's ephemeral range 32768-60999";
        private const string WindowsBlock = "; Windows often reserves 50000-50059 outright";

        private static DiagnosticResult Port006(string path, int line, int column, int endColumn, string port, string key, string ranges)
            => Verify.Diagnostic(Descriptors.ConfigFilePort).WithSpan(path, line, column, line, endColumn).WithArguments(port, key, ranges);

        private static async Task VerifyAsync((string Path, string Json)[] files, string? editorConfig, string? globalConfig, params DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = "class C { }" };
            foreach (var (path, json) in files)
            {
                test.TestState.AdditionalFiles.Add((path, json));
            }

            if (editorConfig != null)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.json]\n" + editorConfig));
            }

            if (globalConfig != null)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync(CancellationToken.None);
        }

        private static Task VerifyAsync(string path, string json, params DiagnosticResult[] expected)
            => VerifyAsync(new[] { (path, json) }, null, null, expected);

        private const string LaunchSettingsJson = """
            {
              "iisSettings": {
                "windowsAuthentication": false,
                "iisExpress": {
                  "applicationUrl": "http://localhost:52431",
                  "sslPort": 44300
                }
              },
              "profiles": {
                "http": {
                  "commandName": "Project",
                  "applicationUrl": "http://localhost:50000;https://localhost:7001; http://[::1]:61000",
                  "environmentVariables": {
                    "ASPNETCORE_ENVIRONMENT": "Development",
                    "ASPNETCORE_URLS": "http://*:55000",
                    "ASPNETCORE_HTTP_PORTS": "5000; 60001",
                    "ASPNETCORE_HTTPS_PORTS": "49153"
                  }
                }
              }
            }
            """;

        [Fact]
        public Task LaunchSettings_EveryKey_ReportsDynamicPortsOnly()
            => VerifyAsync(
                LaunchSettings,
                LaunchSettingsJson,
                Port006(LaunchSettings, 5, 43, 48, "52431", "iisSettings.iisExpress.applicationUrl", Both),
                Port006(LaunchSettings, 12, 43, 48, "50000", "profiles.http.applicationUrl", Both + WindowsBlock),
                Port006(LaunchSettings, 12, 86, 91, "61000", "profiles.http.applicationUrl", Dynamic),
                Port006(LaunchSettings, 15, 38, 43, "55000", "profiles.http.environmentVariables.ASPNETCORE_URLS", Both),
                Port006(LaunchSettings, 16, 41, 46, "60001", "profiles.http.environmentVariables.ASPNETCORE_HTTP_PORTS", Both),
                Port006(LaunchSettings, 17, 36, 41, "49153", "profiles.http.environmentVariables.ASPNETCORE_HTTPS_PORTS", Both));

        [Theory]
        [InlineData("0")]
        [InlineData("44300")]
        [InlineData("44399")]
        [InlineData("\"0\"")]
        public Task LaunchSettings_SslPortZeroOrIisExpressSslRange_NotReported(string sslPort)
            => VerifyAsync(LaunchSettings, """
                {
                  "iisSettings": {
                    "iisExpress": {
                      "applicationUrl": "http://localhost:8080",
                      "sslPort": SSL_PORT
                    }
                  }
                }
                """.Replace("SSL_PORT", sslPort));

        [Fact]
        public Task LaunchSettings_SslPortInDynamicRange_ReportedOnTheNumber()
            => VerifyAsync(
                LaunchSettings,
                """
                {
                  "iisSettings": {
                    "iisExpress": { "applicationUrl": "http://localhost:8080", "sslPort": 50443 }
                  }
                }
                """,
                Port006(LaunchSettings, 3, 75, 80, "50443", "iisSettings.iisExpress.sslPort", Both));

        [Fact]
        public Task LaunchSettings_CommentsAndTrailingCommas()
            => VerifyAsync(
                LaunchSettings,
                """
                // Created by Visual Studio
                {
                  /* "iisSettings": { "iisExpress": { "applicationUrl": "http://localhost:50000" } }, */
                  "profiles": {
                    "https": {
                      // "applicationUrl": "http://localhost:50001",
                      "applicationUrl": /* dev */ "https://localhost:50443", // TLS
                    },
                  },
                }
                """,
                Port006(LaunchSettings, 7, 54, 59, "50443", "profiles.https.applicationUrl", Both));

        [Fact]
        public Task LaunchSettings_EscapedCharacters_LocatedOnTheEscapes()
            => VerifyAsync(
                LaunchSettings,
                """
                { "profiles": { "p": { "applicationUrl": "http:\/\/localhost:\u0035\u0030000" } } }
                """,
                Port006(LaunchSettings, 1, 62, 77, "50000", "profiles.p.applicationUrl", Both + WindowsBlock));

        [Fact]
        public Task LaunchSettings_CrLfLineEndings()
            => VerifyAsync(
                LaunchSettings,
                "{\r\n  \"profiles\": {\r\n    \"p\": { \"applicationUrl\": \"http://localhost:52000\" }\r\n  }\r\n}\r\n",
                Port006(LaunchSettings, 3, 48, 53, "52000", "profiles.p.applicationUrl", Both));

        [Fact]
        public Task AppSettings_EveryKey_ReportsDynamicPortsOnly()
            => VerifyAsync(
                AppSettings,
                """
                {
                  "urls": "http://localhost:5000;http://0.0.0.0:50010",
                  "HTTP_PORTS": "8080;52000",
                  "https_ports": "62000",
                  "kestrel": {
                    "Endpoints": {
                      "Http": { "Url": "http://localhost:5050" },
                      "Grpc": { "Url": "http://*:50051", "Protocols": "Http2" }
                    }
                  },
                  "Kestrel:Endpoints:Metrics:Url": "http://+:59000",
                  "Other": { "Url": "http://localhost:50001", "urls": "http://localhost:50002" }
                }
                """,
                Port006(AppSettings, 2, 49, 54, "50010", "urls", Both + WindowsBlock),
                Port006(AppSettings, 3, 23, 28, "52000", "HTTP_PORTS", Both),
                Port006(AppSettings, 4, 19, 24, "62000", "https_ports", Dynamic),
                Port006(AppSettings, 8, 34, 39, "50051", "kestrel:Endpoints:Grpc:Url", Both + WindowsBlock),
                Port006(AppSettings, 11, 46, 51, "59000", "Kestrel:Endpoints:Metrics:Url", Both));

        [Theory]
        [InlineData("/0/appsettings.Development.json")]
        [InlineData("/0/AppSettings.Production.json")]
        [InlineData("C:\\src\\App\\appsettings.json")]
        public Task AppSettings_EnvironmentFiles(string path)
            => VerifyAsync(
                path,
                """{ "HTTP_PORTS": 50100 }""",
                Port006(path, 1, 17, 22, "50100", "HTTP_PORTS", Both));

        [Fact]
        public Task AppSettingsKeys_InLaunchSettings_AndLaunchSettingsKeys_InAppSettings_NotReported()
            => VerifyAsync(
                new[]
                {
                    (LaunchSettings, """{ "urls": "http://*:50000", "Kestrel": { "Endpoints": { "E": { "Url": "http://*:50001" } } } }"""),
                    (AppSettings, """{ "profiles": { "p": { "applicationUrl": "http://localhost:50002" } } }"""),
                },
                null,
                null);

        [Theory]
        [InlineData("/0/settings.json")]
        [InlineData("/0/Properties/launchSettings.json.bak")]
        [InlineData("/0/Properties/mylaunchSettings.json")]
        [InlineData("/0/appsettings.txt")]
        [InlineData("/0/launchSettings.txt")]
        public Task OtherFiles_Ignored(string path)
            => VerifyAsync(path, LaunchSettingsJson);

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("{")]
        [InlineData("{ \"profiles\": { \"p\": { \"applicationUrl\": \"http://localhost:50000\" } }")]
        [InlineData("{ \"profiles\": { \"p\": { \"applicationUrl\": \"http://localhost:50000 } } }")]
        [InlineData("{ \"profiles\": { \"p\": { \"applicationUrl\": 'http://localhost:50000' } } }")]
        [InlineData("{ \"profiles\": { \"p\": { \"applicationUrl\" \"http://localhost:50000\" } } }")]
        [InlineData("{ \"profiles\": { \"p\": { \"applicationUrl\": \"http://localhost:50000\" \"x\": 1 } } }")]
        [InlineData("{ \"profiles\": { \"p\": { \"applicationUrl\": \"http://localhost:50000\" } } } }")]
        [InlineData("{ \"profiles\": { \"p\": { \"applicationUrl\": \"http://localhost:50000\",, } } }")]
        [InlineData("{ /* \"profiles\": { \"p\": { \"applicationUrl\": \"http://localhost:50000\" } } }")]
        [InlineData("{ \"profiles\": { \"p\": { \"applicationUrl\": \"http://localhost:50000\\q\" } } }")]
        [InlineData("{ \"profiles\": [ { \"applicationUrl\": \"http://localhost:50000\" } }")]
        [InlineData("{ \"profiles\": { \"p\": { \"applicationUrl\": \"http://localhost:50000\", \"n\": 01 } } }")]
        [InlineData("{ \"profiles\": { \"p\": { \"applicationUrl\": \"http://localhost:50000\" } } } trailing")]
        public Task MalformedJson_NoReportNoCrash(string json)
            => VerifyAsync(LaunchSettings, json);

        [Fact]
        public Task DeeplyNestedJson_NoReportNoCrash()
            => VerifyAsync(LaunchSettings, new string('[', 100000) + new string(']', 100000));

        [Fact]
        public Task NotAnObject_NoReport()
            => VerifyAsync(LaunchSettings, """["http://localhost:50000"]""");

        [Fact]
        public Task Options_AllowListInEditorConfigSectionForTheJsonFile()
            => VerifyAsync(
                new[] { (AppSettings, """{ "urls": "http://*:50000;http://*:55000" }""") },
                "dotnet_code_quality.allowed_ports = 50000\n",
                null,
                Port006(AppSettings, 1, 36, 41, "55000", "urls", Both));

        [Fact]
        public Task Options_Port001AllowListInGlobalConfig()
            => VerifyAsync(
                new[] { (AppSettings, """{ "urls": "http://*:50000;http://*:55000" }""") },
                null,
                "dotnet_code_quality.PORT001.allowed_ports = 55000\n",
                Port006(AppSettings, 1, 21, 26, "50000", "urls", Both + WindowsBlock));

        [Fact]
        public Task Options_Port001Ranges()
            => VerifyAsync(
                new[] { (AppSettings, """{ "urls": "http://*:5000;http://*:55000" }""") },
                "dotnet_code_quality.PORT001.port_ranges = 5000-5999\n",
                null,
                Port006(AppSettings, 1, 21, 25, "5000", "urls", "the range 5000-5999 set in dotnet_code_quality.PORT001.port_ranges"));

        [Fact]
        public async Task Options_CsSectionDoesNotApplyToJson()
        {
            var test = new Verify.Test { TestCode = "class C { }" };
            test.TestState.AdditionalFiles.Add((AppSettings, """{ "urls": "http://*:50000" }"""));
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_code_quality.allowed_ports = 50000\n"));
            test.ExpectedDiagnostics.Add(Port006(AppSettings, 1, 21, 26, "50000", "urls", Both + WindowsBlock));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Severity_InEditorConfigSection_DoesNotApply()
        {
            // The compiler takes the severity of a diagnostic outside C# sources from global configuration only (see PORT006.md).
            var test = new Verify.Test { TestCode = "class C { }" };
            test.TestState.AdditionalFiles.Add((AppSettings, """{ "urls": "http://*:50000" }"""));
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.json]\ndotnet_diagnostic.PORT006.severity = error\n"));
            test.ExpectedDiagnostics.Add(Port006(AppSettings, 1, 21, 26, "50000", "urls", Both + WindowsBlock));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Severity_ConfiguredInGlobalConfig()
        {
            var test = new Verify.Test { TestCode = "class C { }" };
            test.TestState.AdditionalFiles.Add((AppSettings, """{ "urls": "http://*:50000" }"""));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.PORT006.severity = error\n"));
            test.ExpectedDiagnostics.Add(Port006(AppSettings, 1, 21, 26, "50000", "urls", Both + WindowsBlock)
                .WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
            await test.RunAsync(CancellationToken.None);
        }
    }
}
