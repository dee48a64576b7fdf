using System.Threading.Tasks;
using PortLint.CodeFixes;
using PortLint.Tests.Infrastructure;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.CodeFixVerifier<PortLint.Analyzers.FixedServerPortAnalyzer, PortLint.CodeFixes.FixedServerPortCodeFixProvider>;

namespace PortLint.Tests.CodeFixes
{
    /// <summary>
    /// The fixes at a port's origin when it reaches the API through the project's own methods (issue 11): the fix cannot see
    /// the server bind nor what else reads the number (a fixture's <c>Port</c>), so configuration comes first, in test code
    /// too, and port 0 second under the "update the code that uses the old port by hand" key; none in a test's data row.
    /// </summary>
    public sealed class FlowFixTests
    {
        private const string Configuration = FixedServerPortCodeFixProvider.ReadPortFromConfigurationKey;
        private const string UnwiredKey = FixedServerPortCodeFixProvider.UsePortZeroUnwiredKey;

        private const string Harness = @"
using System.Net;
using System.Net.Sockets;
static class Harness
{
    public static TcpListener StartServer(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        return listener;
    }
}";

        [Fact]
        public async Task CallerLiteral_ConfigurationFirst_InTestCodeToo()
        {
            var test = await Verify.CreateAsync(Harness + @"
class Tests
{
    void Test() => Harness.StartServer({|PORT001:51337|});
}", Harness + @"
class Tests
{
    void Test() => Harness.StartServer(int.TryParse(System.Environment.GetEnvironmentVariable(""TESTS_PORT""), out var testsPort) ? testsPort : 51337);
}", Configuration, FixReferences.TestFramework);
            test.CodeActionIndex = 0;
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(FixedServerPortCodeFixProvider.ReadPortFromConfigurationTitle, action.Title);
            await test.RunAsync();
        }

        [Fact]
        public async Task CallerLiteral_PortZeroSecond_UnderItsOwnKey()
        {
            var test = await Verify.CreateAsync(Harness + @"
class Tests
{
    void Test() => Harness.StartServer({|PORT001:51337|});
}", Harness + @"
class Tests
{
    void Test() => Harness.StartServer(0);
}", UnwiredKey, FixReferences.TestFramework);
            test.CodeActionIndex = 1;
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(FixedServerPortCodeFixProvider.UsePortZeroUnwiredTitle, action.Title);
            await test.RunAsync();
        }

        [Fact]
        public Task BaseInitializer_Configuration()
            => Verify.VerifyAsync(@"
using System.Net.Sockets;
abstract class ProxyTestBase
{
    protected ProxyTestBase(int port) => TcpListener.Create(port).Start();
}
class ProxyTests : ProxyTestBase
{
    public ProxyTests() : base({|PORT001:51337|})
    {
    }
}", @"
using System.Net.Sockets;
abstract class ProxyTestBase
{
    protected ProxyTestBase(int port) => TcpListener.Create(port).Start();
}
class ProxyTests : ProxyTestBase
{
    public ProxyTests() : base(int.TryParse(System.Environment.GetEnvironmentVariable(""PROXY_TESTS_PORT""), out var proxyTestsPort) ? proxyTestsPort : 51337)
    {
    }
}", Configuration, FixReferences.None);

        [Fact]
        public Task DefaultValue_PortZeroOnly()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
static class Harness
{
    public static void StartServer(int port = {|PORT001:51337|}) => new TcpListener(IPAddress.Loopback, port).Start();
}", @"
using System.Net;
using System.Net.Sockets;
static class Harness
{
    public static void StartServer(int port = 0) => new TcpListener(IPAddress.Loopback, port).Start();
}", UnwiredKey, FixReferences.None);

        [Fact]
        public Task DefaultValue_NoConfiguration()
            => Verify.VerifyNoFixAsync(@"
using System.Net;
using System.Net.Sockets;
static class Harness
{
    public static void StartServer(int port = {|PORT001:51337|}) => new TcpListener(IPAddress.Loopback, port).Start();
}", Configuration, FixReferences.None);

        [Fact]
        public Task ShiftedPort_NoPortZero()
            => Verify.VerifyNoFixAsync(@"
using System.Net;
using System.Net.Sockets;
static class Harness
{
    public static void StartPair(int basePort) => new TcpListener(IPAddress.Loopback, basePort + 1).Start();

    static void Test() => StartPair({|PORT001:51337|});
}", UnwiredKey, FixReferences.None);

        [Fact]
        public Task KestrelUrlHole_Localhost_NoPortZero()
            => Verify.VerifyNoFixAsync(@"
using Microsoft.AspNetCore.Builder;
static class Hosting
{
    public static void Serve(WebApplication app, int port) => app.Urls.Add($""http://localhost:{port}"");

    static void Test(WebApplication app) => Serve(app, {|PORT001:51337|});
}", UnwiredKey);

        [Fact]
        public Task KestrelUrlHole_Loopback_PortZero()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
static class Hosting
{
    public static void Serve(WebApplication app, int port) => app.Urls.Add($""http://127.0.0.1:{port}"");

    static void Test(WebApplication app) => Serve(app, {|PORT001:51337|});
}", @"
using Microsoft.AspNetCore.Builder;
static class Hosting
{
    public static void Serve(WebApplication app, int port) => app.Urls.Add($""http://127.0.0.1:{port}"");

    static void Test(WebApplication app) => Serve(app, 0);
}", UnwiredKey);

        [Fact]
        public Task TestDataRow_NoFix()
            => Verify.VerifyNoFixAsync(@"
using System.Net;
using System.Net.Sockets;
using Xunit;
public class ServerTests
{
    [Theory]
    [InlineData({|PORT001:51337|})]
    public void Binds(int port) => new TcpListener(IPAddress.Loopback, port).Start();
}", Configuration, FixReferences.TestFramework);

        [Fact]
        public Task FixAll_ConfigurationAtEveryOrigin()
            => Verify.VerifyAsync(Harness + @"
class Tests
{
    void A() => Harness.StartServer({|PORT001:51337|});
    void B() => Harness.StartServer({|PORT001:51338|});
}", Harness + @"
class Tests
{
    void A() => Harness.StartServer(int.TryParse(System.Environment.GetEnvironmentVariable(""TESTS_PORT""), out var testsPort) ? testsPort : 51337);
    void B() => Harness.StartServer(int.TryParse(System.Environment.GetEnvironmentVariable(""TESTS_PORT""), out var testsPort) ? testsPort : 51338);
}", Configuration, FixReferences.None);
    }
}
