using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Rules;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;
using static PortLint.Tests.Infrastructure.RangeTexts;

namespace PortLint.Tests.Rules.Libraries
{
    /// <summary>
    /// System.Net.Quic (.NET 8 ref pack; no preview attribute in the net8.0 reference assembly): the listener binds
    /// <c>QuicListenerOptions.ListenEndPoint</c> in <c>QuicListener.ListenAsync</c>.
    /// </summary>
    public sealed class QuicListenerTests
    {
        private const string ListenEndPoint = "QuicListenerOptions.ListenEndPoint";

        private static DiagnosticResult Port001(int location, string port, string api = ListenEndPoint)
            => Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(location).WithArguments(port, api, Both);

        private const string Callback = @"(connection, hello, token) => ValueTask.FromResult(new QuicServerConnectionOptions
            {
                DefaultStreamErrorCode = 0,
                DefaultCloseErrorCode = 0,
                ServerAuthenticationOptions = new SslServerAuthenticationOptions(),
            })";

        [Fact]
        public Task ObjectInitializer_AssignmentAndLocal()
            => Verify.VerifyAsync(@"
using System.Collections.Generic;
using System.Net;
using System.Net.Quic;
using System.Net.Security;
using System.Threading.Tasks;
class C
{
    const int Port = 55556;

    async Task M()
    {
        await using var listener = await QuicListener.ListenAsync(new QuicListenerOptions
        {
            ListenEndPoint = new IPEndPoint(IPAddress.Loopback, {|#0:55555|}),
            ApplicationProtocols = new List<SslApplicationProtocol> { SslApplicationProtocol.Http3 },
            ConnectionOptionsCallback = " + Callback + @",
        });

        var options = new QuicListenerOptions
        {
            ApplicationProtocols = new List<SslApplicationProtocol> { new SslApplicationProtocol(""demo"") },
            ConnectionOptionsCallback = " + Callback + @",
        };
        options.ListenEndPoint = new IPEndPoint(IPAddress.IPv6Any, {|#1:Port|});
        var endPoint = new IPEndPoint(IPAddress.Any, {|#2:55557|});
        var other = new QuicListenerOptions
        {
            ListenEndPoint = endPoint,
            ApplicationProtocols = new List<SslApplicationProtocol>(),
            ConnectionOptionsCallback = " + Callback + @",
        };
    }
}", Port001(0, "55555"), Port001(1, "55556"), Port001(2, "55557"));

        [Fact]
        public Task Negatives_PortZeroClientReads()
            => Verify.VerifyAsync(@"
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Quic;
using System.Net.Security;
using System.Threading.Tasks;
class C
{
    async Task M(int configuredPort)
    {
        var options = new QuicListenerOptions
        {
            ListenEndPoint = new IPEndPoint(IPAddress.Loopback, 0),
            ApplicationProtocols = new List<SslApplicationProtocol> { SslApplicationProtocol.Http3 },
            ConnectionOptionsCallback = " + Callback + @",
        };
        options.ListenEndPoint = new IPEndPoint(IPAddress.Loopback, configuredPort);
        await using var listener = await QuicListener.ListenAsync(options);
        Console.WriteLine(listener.LocalEndPoint.Port == 55555);

        // The client side: RemoteEndPoint is where it connects, not a binding.
        var client = new QuicClientConnectionOptions
        {
            RemoteEndPoint = new IPEndPoint(IPAddress.Loopback, 55556),
            DefaultStreamErrorCode = 0,
            DefaultCloseErrorCode = 0,
            ClientAuthenticationOptions = new SslClientAuthenticationOptions(),
        };
        Console.WriteLine(options.ListenEndPoint.Port == 55557);
    }
}");

        [Fact]
        public Task Negative_LookAlikeOptionsInAnotherNamespace()
            => Verify.VerifyAsync(@"
using System.Net;
namespace Transport
{
    class QuicListenerOptions
    {
        public IPEndPoint? ListenEndPoint { get; set; }
    }

    class C
    {
        void M() => new QuicListenerOptions { ListenEndPoint = new IPEndPoint(IPAddress.Loopback, 55555) };
    }
}");
    }
}
