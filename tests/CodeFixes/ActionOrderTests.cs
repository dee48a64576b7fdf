using System.Threading.Tasks;
using PortLint.CodeFixes;
using PortLint.Tests.Infrastructure;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.CodeFixVerifier<PortLint.Analyzers.FixedServerPortAnalyzer, PortLint.CodeFixes.FixedServerPortCodeFixProvider>;

namespace PortLint.Tests.CodeFixes
{
    /// <summary>
    /// dotnet format applies only the first action: in test code "Use port 0" comes first, elsewhere "Read the port from
    /// configuration". <c>CodeActionIndex</c> with <c>CodeActionEquivalenceKey</c> checks the action at that index has that key.
    /// </summary>
    public sealed class ActionOrderTests
    {
        private const string Source = @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Loopback, {|PORT001:50000|}).Start();
}";

        private const string PortZero = @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Loopback, 0).Start();
}";

        private const string Configuration = @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Loopback, int.TryParse(System.Environment.GetEnvironmentVariable(""C_PORT""), out var cPort) ? cPort : 50000).Start();
}";

        [Theory]
        [InlineData(0, FixedServerPortCodeFixProvider.ReadPortFromConfigurationKey, FixedServerPortCodeFixProvider.ReadPortFromConfigurationTitle)]
        [InlineData(1, FixedServerPortCodeFixProvider.UsePortZeroKey, FixedServerPortCodeFixProvider.UsePortZeroTitle)]
        public Task ApplicationCode_ConfigurationFirst(int index, string key, string title)
            => RunAsync(FixReferences.None, index, key, title);

        [Theory]
        [InlineData(0, FixedServerPortCodeFixProvider.UsePortZeroKey, FixedServerPortCodeFixProvider.UsePortZeroTitle)]
        [InlineData(1, FixedServerPortCodeFixProvider.ReadPortFromConfigurationKey, FixedServerPortCodeFixProvider.ReadPortFromConfigurationTitle)]
        public Task TestCode_PortZeroFirst(int index, string key, string title)
            => RunAsync(FixReferences.TestFramework, index, key, title);

        [Fact]
        public async Task TestCode_OnlyConfigurationForHttpListener()
        {
            var test = await Verify.CreateAsync(@"
using System.Net;
class C
{
    void M(HttpListener listener) => listener.Prefixes.Add(""http://+:{|PORT001:52000|}/"");
}", @"
using System.Net;
class C
{
    void M(HttpListener listener) => listener.Prefixes.Add(System.Environment.GetEnvironmentVariable(""LISTENER_PREFIX"") ?? ""http://+:52000/"");
}", FixedServerPortCodeFixProvider.ReadPortFromConfigurationKey, FixReferences.TestFramework);
            test.CodeActionIndex = 0;
            await test.RunAsync();
        }

        private static async Task RunAsync(FixReferences references, int index, string key, string title)
        {
            var test = await Verify.CreateAsync(Source, key == FixedServerPortCodeFixProvider.UsePortZeroKey ? PortZero : Configuration, key, references);
            test.CodeActionIndex = index;
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title);
            await test.RunAsync();
        }
    }
}
