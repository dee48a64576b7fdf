using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Rules;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;
using static PortLint.Tests.Infrastructure.RangeTexts;
using static PortLint.Tests.Infrastructure.ExpectedPorts;

namespace PortLint.Tests.Rules.Libraries
{
    /// <summary>
    /// HTTP.sys (Microsoft.AspNetCore.Server.HttpSys, ASP.NET Core 8 ref pack): <c>HttpSysOptions.UrlPrefixes</c> is a
    /// <c>UrlPrefixCollection</c>; <c>Add(string)</c> takes a URL prefix, <c>Add(UrlPrefix)</c> a prefix built by
    /// <c>UrlPrefix.Create</c> (a URL, or scheme/host/port/path with the port as <c>int?</c> or <c>string</c>).
    /// </summary>
    public sealed class HttpSysTests
    {
        private const string AddString = "UrlPrefixCollection.Add(string)";
        private const string CreateUrl = "UrlPrefix.Create(string)";
        private const string CreateIntPort = "UrlPrefix.Create(string, string, int?, string)";
        private const string CreateStringPort = "UrlPrefix.Create(string, string, string, string)";

        private static DiagnosticResult Port002(int location, string port, string api)
            => Verify.Diagnostic(Descriptors.LinuxEphemeralRangePort).WithLocation(location)
                .WithArguments(port, api, "Linux's ephemeral range 32768-60999");

        [Fact]
        public Task UseHttpSys_UrlPrefixesAddString()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseHttpSys(o => o.UrlPrefixes.Add(""http://localhost:{|#0:55555|}""));
}", Port001(0, "55555", AddString));

        [Fact]
        public Task WebApplicationBuilder_UrlPrefixesAdd_SeveralNotations()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.HttpSys;
class C
{
    const int Port = 55556;
    const string Prefix = ""https://+:55557/api/"";

    void M(WebApplicationBuilder builder)
    {
        builder.WebHost.UseHttpSys(options =>
        {
            options.UrlPrefixes.Add(""http://*:"" + {|#0:Port|} + ""/"");
            options.UrlPrefixes.Add(prefix: {|#1:Prefix|});
            var prefixes = options.UrlPrefixes;
            prefixes.Add(""http://[::1]:{|#2:61000|}"");
            options.UrlPrefixes.Add(""http://localhost:5000"");
        });
    }
}",
                Port001(0, "55556", AddString),
                Port001(1, "55557", AddString),
                Port001(2, "61000", AddString, Dynamic));

        [Fact]
        public Task UrlPrefixCreate_EveryOverload()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Server.HttpSys;
class C
{
    void M(HttpSysOptions options)
    {
        options.UrlPrefixes.Add(UrlPrefix.Create(""http://localhost:{|#0:50000|}/""));
        options.UrlPrefixes.Add(UrlPrefix.Create(""https"", ""+"", {|#1:55443|}, ""/""));
        options.UrlPrefixes.Add(UrlPrefix.Create(""http"", ""localhost"", ""{|#2:55555|}"", ""/app""));
        options.UrlPrefixes.Add(UrlPrefix.Create(scheme: ""http"", host: ""*"", portValue: {|#3:56000|}, path: ""/""));
        options.UrlPrefixes.Add(UrlPrefix.Create(scheme: ""http"", host: ""*"", port: ""{|#4:56001|}"", path: ""/""));
    }
}",
                Port001(0, "50000", CreateUrl, Both + WindowsBlock),
                Port001(1, "55443", CreateIntPort),
                Port001(2, "55555", CreateStringPort),
                Port001(3, "56000", CreateIntPort),
                Port001(4, "56001", CreateStringPort));

        [Fact]
        public Task UrlPrefixCreate_LocalsAndConstants()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Server.HttpSys;
class C
{
    const int Base = 55000;

    void M(HttpSysOptions options)
    {
        int port = Base + 10;
        var prefix = UrlPrefix.Create(""http"", ""localhost"", {|#0:port|}, ""/"");
        options.UrlPrefixes.Add(prefix);
    }
}", Port001(0, "55010", CreateIntPort));

        [Fact]
        public Task LinuxEphemeralRange_IsPort002()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Server.HttpSys;
class C
{
    void M(HttpSysOptions o) => o.UrlPrefixes.Add(""http://localhost:{|#0:40000|}"");
}", Port002(0, "40000", AddString));

        [Fact]
        public Task Negatives_DefaultPortsReadsRemovalsConfiguration()
            => Verify.VerifyAsync(@"
using System;
using Microsoft.AspNetCore.Server.HttpSys;
using Microsoft.Extensions.Configuration;
class C
{
    void M(HttpSysOptions o, IConfiguration configuration)
    {
        // o.UrlPrefixes.Add(""http://localhost:55555"");
        o.UrlPrefixes.Add(""http://localhost:5000"");
        o.UrlPrefixes.Add(""http://localhost/"");
        o.UrlPrefixes.Add(UrlPrefix.Create(""https"", ""+"", (int?)null, ""/""));
        o.UrlPrefixes.Add(UrlPrefix.Create(""http"", ""+"", """", ""/""));
        o.UrlPrefixes.Add(configuration[""HttpSys:Prefix""]!);
        o.UrlPrefixes.Add(UrlPrefix.Create(""http"", ""+"", int.Parse(Environment.GetEnvironmentVariable(""PORT"")!), ""/""));
        o.UrlPrefixes.Remove(""http://localhost:55555"");
        bool known = o.UrlPrefixes.Contains(UrlPrefix.Create(""http://localhost:55556""));
        Console.WriteLine(""listening on http://localhost:55557"");
        foreach (var prefix in o.UrlPrefixes)
        {
            Console.WriteLine(prefix.PortValue == 55558);
        }
    }
}");

        [Fact]
        public Task Negative_LookAlikeUrlPrefixInAnotherNamespace()
            => Verify.VerifyAsync(@"
using System.Collections.Generic;
namespace Routing
{
    class UrlPrefix
    {
        public static UrlPrefix Create(string scheme, string host, int? portValue, string path) => new UrlPrefix();
    }

    class UrlPrefixCollection : List<string> { }

    class C
    {
        void M(UrlPrefixCollection prefixes)
        {
            UrlPrefix.Create(""http"", ""localhost"", 55555, ""/"");
            prefixes.Add(""http://localhost:55556"");
        }
    }
}");
    }
}
