using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Rules;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;

namespace PortLint.Tests.Rules
{
    /// <summary>PORT004: Kestrel asked for port 0 on localhost, which throws at startup.</summary>
    public sealed class KestrelLocalhostPortZeroTests
    {
        private static DiagnosticResult Port004(int location, string port, string api)
            => Verify.Diagnostic(Descriptors.KestrelLocalhostPortZero).WithLocation(location).WithArguments(port, api);

        [Fact]
        public Task ListenLocalhost_Zero()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options) => options.ListenLocalhost({|#0:0|});
}", Port004(0, "0", "KestrelServerOptions.ListenLocalhost(int)"));

        [Fact]
        public Task ListenLocalhost_Zero_WithConfigure()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options) => options.ListenLocalhost({|#0:0|}, o => { });
}", Port004(0, "0", "KestrelServerOptions.ListenLocalhost(int, Action<ListenOptions>)"));

        [Fact]
        public Task ListenLocalhost_ZeroConstant_InUseKestrel()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    const int Dynamic = 0;
    void M(IWebHostBuilder builder) => builder.UseKestrel(o => o.ListenLocalhost({|#0:Dynamic|}));
}", Port004(0, "0", "KestrelServerOptions.ListenLocalhost(int)"));

        [Fact]
        public Task UseUrls_LocalhostZero()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(""http://localhost:{|#0:0|}"");
}", Port004(0, "0", "IWebHostBuilder.UseUrls"));

        [Fact]
        public Task UrlsAdd_UpperCaseLocalhostZero()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app) => app.Urls.Add(""https://LOCALHOST:{|#0:0|}"");
}", Port004(0, "0", "WebApplication.Urls.Add"));

        [Fact]
        public Task Run_LocalhostZero()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app) => app.Run(""http://localhost:{|#0:0|}"");
}", Port004(0, "0", "WebApplication.Run"));

        [Fact]
        public Task UseSetting_Urls_LocalhostZero()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseSetting(""urls"", ""http://localhost:{|#0:0|}"");
}", Port004(0, "0", "IWebHostBuilder.UseSetting(\"urls\")"));

        [Fact]
        public Task ServerAddresses_LocalhostZero()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting.Server.Features;
class C
{
    void M(IServerAddressesFeature feature) => feature.Addresses.Add(""http://localhost:{|#0:0|}"");
}", Port004(0, "0", "IServerAddressesFeature.Addresses.Add"));

        [Fact]
        public Task UseUrls_OnlyTheLocalhostZeroUrlOfAList()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(""http://127.0.0.1:0;http://localhost:{|#0:0|}"");
}", Port004(0, "0", "IWebHostBuilder.UseUrls"));

        [Fact]
        public Task Listen_LoopbackZero_IsFine()
            => Verify.VerifyAsync(@"
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options)
    {
        options.Listen(IPAddress.Loopback, 0);
        options.Listen(new IPEndPoint(IPAddress.Loopback, 0));
        options.ListenAnyIP(0);
    }
}");

        [Fact]
        public Task Url_LoopbackAddressZero_IsFine()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder, WebApplication app)
    {
        builder.UseUrls(""http://127.0.0.1:0"", ""http://[::1]:0"");
        app.Urls.Add(""http://127.0.0.1:0"");
    }
}");

        [Fact]
        public Task Url_LocalhostFixedPortOutsideRanges_NothingReported()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(""http://localhost:5000"");
}");

        [Fact]
        public Task HttpListener_LocalhostZero_IsNotKestrel()
            => Verify.VerifyAsync(@"
using System.Net;
class C
{
    void M(HttpListener listener) => listener.Prefixes.Add(""http://localhost:0/"");
}");

        [Fact]
        public Task LookAlikeKestrelServerOptions_InAnotherNamespace()
            => Verify.VerifyAsync(@"
namespace Fake
{
    class KestrelServerOptions
    {
        public void ListenLocalhost(int port) { }
    }

    class C
    {
        void M(KestrelServerOptions options) => options.ListenLocalhost(0);
    }
}");
    }
}
