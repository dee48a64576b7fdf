using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Rules;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.ConfigFilePortAnalyzer>;
using static PortLint.Tests.Infrastructure.RangeTexts;

namespace PortLint.Tests.Rules.ConfigFiles
{
    /// <summary>
    /// PORT006 for Visual Studio's container launch profiles: a launchSettings.json profile whose <c>commandName</c> is
    /// <c>Docker</c> publishes the container's HTTP / HTTPS ports on the host ports <c>httpPort</c> / <c>sslPort</c>.
    /// </summary>
    public sealed class DockerLaunchProfileTests
    {
        private const string LaunchSettings = "/0/Properties/launchSettings.json";

        private static DiagnosticResult Port006(int line, int column, int endColumn, string port, string key, string ranges = Both)
            => Verify.Diagnostic(Descriptors.ConfigFilePort).WithSpan(LaunchSettings, line, column, line, endColumn).WithArguments(port, key, ranges);

        private static async Task VerifyAsync(string json, params DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = "class C { }" };
            test.TestState.AdditionalFiles.Add((LaunchSettings, json));
            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task DockerProfile_HttpPortAndSslPort()
            => VerifyAsync(
                """
                {
                  "profiles": {
                    "Container (Dockerfile)": {
                      "commandName": "Docker",
                      "launchBrowser": true,
                      "launchUrl": "{Scheme}://{ServiceHost}:{ServicePort}",
                      "environmentVariables": {
                        "ASPNETCORE_HTTPS_PORTS": "8081",
                        "ASPNETCORE_HTTP_PORTS": "8080"
                      },
                      "publishAllPorts": true,
                      "useSSL": true,
                      "httpPort": 55555,
                      "sslPort": 55556
                    }
                  }
                }
                """,
                Port006(13, 19, 24, "55555", "profiles.Container (Dockerfile).httpPort"),
                Port006(14, 18, 23, "55556", "profiles.Container (Dockerfile).sslPort"));

        [Fact]
        public Task DockerProfile_CommandNameAfterThePorts_CaseInsensitive_StringPort()
            => VerifyAsync(
                """
                { "profiles": { "Docker": { "httpPort": "61000", "sslPort": 44300, "commandName": "docker" } } }
                """,
                Port006(1, 42, 47, "61000", "profiles.Docker.httpPort", Dynamic));

        [Theory]
        [InlineData("Project")]
        [InlineData("IISExpress")]
        [InlineData("Executable")]
        public Task OtherProfiles_HttpPortAndSslPortIgnored(string commandName)
            => VerifyAsync(
                """
                { "profiles": { "p": { "commandName": "COMMAND", "httpPort": 55555, "sslPort": 55556 } } }
                """.Replace("COMMAND", commandName));

        [Fact]
        public Task DockerProfile_WithoutCommandName_NotReported()
            => VerifyAsync("""{ "profiles": { "Docker": { "httpPort": 55555, "sslPort": 55556 } } }""");

        [Theory]
        [InlineData("0")]
        [InlineData("8080")]
        [InlineData("\"\"")]
        [InlineData("null")]
        public Task DockerProfile_PortZeroOrOutsideTheRanges_NotReported(string port)
            => VerifyAsync(
                """
                { "profiles": { "Docker": { "commandName": "Docker", "httpPort": PORT, "sslPort": PORT } } }
                """.Replace("PORT", port));

        [Fact]
        public Task DockerProfile_PortsElsewhere_NotReported()
            => VerifyAsync(
                """
                {
                  "httpPort": 55555,
                  "profiles": {
                    "Docker": {
                      "commandName": "Docker",
                      "containerRunArguments": "--label port=55556",
                      "launchUrl": "{Scheme}://{ServiceHost}:{ServicePort}/health",
                      "settings": { "httpPort": 55557 }
                    }
                  }
                }
                """);
    }
}
