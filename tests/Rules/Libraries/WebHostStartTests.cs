using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;
using static PortLint.Tests.Infrastructure.RangeTexts;
using static PortLint.Tests.Infrastructure.ExpectedPorts;

namespace PortLint.Tests.Rules.Libraries
{
    /// <summary>
    /// <c>Microsoft.AspNetCore.WebHost</c> (ASP.NET Core 8 ref pack): the static <c>Start</c> / <c>StartWith</c> overloads whose
    /// first parameter is <c>string url</c> start a Kestrel host on that URL.
    /// </summary>
    public sealed class WebHostStartTests
    {
        private const string StartRequestDelegate = "WebHost.Start(string, RequestDelegate)";
        private const string StartRouteBuilder = "WebHost.Start(string, Action<IRouteBuilder>)";
        private const string StartWithApp = "WebHost.StartWith(string, Action<IApplicationBuilder>)";

        [Fact]
        public Task EveryUrlOverload()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
class C
{
    void M()
    {
        using var a = WebHost.Start(""http://localhost:{|#0:55555|}"", context => context.Response.WriteAsync(""hello""));
        using var b = WebHost.Start(""http://127.0.0.1:{|#1:55556|}"", (IRouteBuilder router) => router.MapGet(""hello"", context => context.Response.WriteAsync(""hi"")));
        using var c = WebHost.StartWith(""http://*:{|#2:61000|}"", app => app.Run(context => context.Response.WriteAsync(""hi"")));
    }
}",
                Port001(0, "55555", StartRequestDelegate),
                Port001(1, "55556", StartRouteBuilder),
                Port001(2, "61000", StartWithApp, Dynamic));

        [Fact]
        public Task NamedArgumentsConstantsAndLocals()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http;
class C
{
    const int Port = 55557;
    const string Url = ""http://localhost:55558"";

    void M()
    {
        WebHost.StartWith(app: app => { }, url: $""http://localhost:{{|#0:Port|}}"");
        WebHost.Start(url: {|#1:Url|}, app: context => context.Response.WriteAsync(""hi""));
        var url = ""http://[::1]:"" + 55559;
        WebHost.StartWith({|#2:url|}, app => { });
    }
}",
                Port001(0, "55557", StartWithApp),
                Port001(1, "55558", StartRequestDelegate),
                Port001(2, "55559", StartWithApp));

        [Fact]
        public Task Negatives_NoUrlOverloadsPortZeroConfiguration()
            => Verify.VerifyAsync(@"
using System;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
class C
{
    void M(IConfiguration configuration)
    {
        // WebHost.Start(""http://localhost:55555"", context => context.Response.WriteAsync(""hi""));
        WebHost.Start(context => context.Response.WriteAsync(""hi""));
        WebHost.StartWith(app => { });
        WebHost.StartWith(""http://127.0.0.1:0"", app => { });
        WebHost.StartWith(""http://localhost:5000"", app => { });
        WebHost.StartWith(configuration[""urls""]!, app => { });
        WebHost.StartWith(Environment.GetEnvironmentVariable(""APP_URL"") ?? ""http://127.0.0.1:0"", app => { });
        WebHost.CreateDefaultBuilder(new[] { ""--urls"", ""http://localhost:55555"" });
        Console.WriteLine(""Now listening on http://localhost:55556"");
    }
}");

        [Fact]
        public Task Negative_LookAlikeWebHostInAnotherNamespace()
            => Verify.VerifyAsync(@"
using System;
namespace Fakes
{
    static class WebHost
    {
        public static IDisposable Start(string url, Action<object> app) => null!;
    }

    class C
    {
        void M() => WebHost.Start(""http://localhost:55555"", app => { });
    }
}");
    }
}
