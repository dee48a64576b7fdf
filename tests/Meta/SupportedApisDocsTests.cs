using System;
using System.IO;
using PortLint.Tests.Infrastructure;
using Xunit;

namespace PortLint.Tests.Meta
{
    /// <summary>
    /// The supported-API tables in docs/supported-apis.md and the README are generated from the sink catalogue; these tests fail
    /// when a checked-in copy is stale. <c>PORTLINT_UPDATE_DOCS=1 dotnet test --filter SupportedApisDocsTests</c> rewrites them.
    /// </summary>
    public sealed class SupportedApisDocsTests
    {
        [Fact]
        public void DocsPage_IsTheGeneratedTable() => Check("docs/supported-apis.md", SupportedApisTable.Full());

        [Fact]
        public void Readme_HasTheGeneratedSummary() => Check("README.md", SupportedApisTable.Summary());

        private static void Check(string relative, string table)
        {
            var path = RepositoryFiles.PathOf(relative);
            var current = File.ReadAllText(path).Replace("\r\n", "\n");
            var expected = SupportedApisTable.Splice(current, table);
            if (Environment.GetEnvironmentVariable("PORTLINT_UPDATE_DOCS") == "1" && expected != current)
            {
                File.WriteAllText(path, expected);
                return;
            }

            Assert.True(expected == current, relative + " is stale: run PORTLINT_UPDATE_DOCS=1 dotnet test --filter SupportedApisDocsTests");
        }
    }
}
