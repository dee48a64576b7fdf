using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Rules;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;

namespace PortLint.Tests.Rules
{
    /// <summary>Code no PortLint rule reports: clients, text that is not a binding, look-alikes, ports not fixed at compile time.</summary>
    public sealed class BindingNegativeTests
    {
        [Fact]
        public Task TcpClient_Connect()
            => Verify.VerifyAsync(@"
using System.Net.Sockets;
class C
{
    void M(TcpClient client) => client.Connect(""h"", 50000);
}");

        [Fact]
        public Task TcpClient_HostAndPortConstructor()
            => Verify.VerifyAsync(@"
using System.Net.Sockets;
class C
{
    TcpClient M() => new TcpClient(""h"", 50000);
}");

        [Fact]
        public Task UdpClient_HostAndPortConstructor()
            => Verify.VerifyAsync(@"
using System.Net.Sockets;
class C
{
    UdpClient M() => new UdpClient(""h"", 50000);
}");

        [Fact]
        public Task Socket_ConnectAndSendTo_EndPoint()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M(Socket socket, IPAddress a, byte[] buf)
    {
        socket.Connect(new IPEndPoint(a, 50000));
        socket.SendTo(buf, new IPEndPoint(a, 50000));
        var ep = new IPEndPoint(a, 50000);
        socket.Connect(ep);
    }
}");

        [Fact]
        public Task HttpClient_BaseAddress()
            => Verify.VerifyAsync(@"
using System;
using System.Net.Http;
class C
{
    HttpClient M() => new HttpClient { BaseAddress = new Uri(""http://localhost:50000"") };
}");

        [Fact]
        public Task ConsoleWriteLine_Url()
            => Verify.VerifyAsync(@"
using System;
class C
{
    void M() => Console.WriteLine(""listening on http://localhost:50000"");
}");

        [Fact]
        public Task Comment()
            => Verify.VerifyAsync(@"
class C
{
    // new System.Net.Sockets.TcpListener(System.Net.IPAddress.Any, 50000); app.Urls.Add(""http://localhost:50000"");
    /* builder.UseUrls(""http://localhost:50000""); */
    void M() { }
}");

        [Fact]
        public Task LookAlikeTcpListener_InAnotherNamespace()
            => Verify.VerifyAsync(@"
namespace Fake
{
    class TcpListener
    {
        public TcpListener(System.Net.IPAddress a, int port) { }
        public static TcpListener Create(int port) => new TcpListener(System.Net.IPAddress.Any, port);
    }

    class C
    {
        void M()
        {
            new TcpListener(System.Net.IPAddress.Any, 50000);
            TcpListener.Create(50000);
            TcpListener t = new(System.Net.IPAddress.Any, 50000);
        }
    }
}");

        [Fact]
        public Task Port_FromEnvironment()
            => Verify.VerifyAsync(@"
using System;
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Any, int.Parse(Environment.GetEnvironmentVariable(""PORT"")!));
}");

        [Fact]
        public Task Port_FromMethodParameter_NoCallerPassesAConstant()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M(int port) => new TcpListener(IPAddress.Any, port);
    void N(int configured) => M(configured);
    void O(string[] args) => N(int.Parse(args[0]));
}");

        [Fact]
        public Task Port_FromConfiguration()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
class C
{
    void M(IConfiguration config, IWebHostBuilder builder)
    {
        new TcpListener(IPAddress.Any, config.GetValue<int>(""Port"", 50000));
        new TcpListener(IPAddress.Any, int.Parse(config[""Port""] ?? ""50000""));
        builder.UseUrls(config[""Urls""] ?? ""http://localhost:50000"");
    }
}");

        [Fact]
        public Task Port_FromNonReadonlyPublicField()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
public class C
{
    public int Port = 50000;
    public static int StaticPort = 50000;
    void M()
    {
        new TcpListener(IPAddress.Any, Port);
        new TcpListener(IPAddress.Any, StaticPort);
    }
}");

        [Fact]
        public Task Port_FromLocalAssignedTwice()
            => Verify.VerifyAsync(@"
using System;
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        int port = 50000;
        if (Environment.GetEnvironmentVariable(""PORT"") is { } text)
        {
            port = int.Parse(text);
        }

        new TcpListener(IPAddress.Any, port);

        // Overwritten with a constant before the binding, the second value is reported (ValueFlowTests); shifted, no value.
        int shifted = 50001;
        shifted += 1;
        new TcpListener(IPAddress.Any, shifted);

        int incremented = 50003;
        incremented++;
        new TcpListener(IPAddress.Any, incremented);
    }
}");

        [Fact]
        public Task Port_FromLocalPassedByRef()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    static void Change(ref int port) => port = 80;
    void M()
    {
        int port = 50000;
        Change(ref port);
        new TcpListener(IPAddress.Any, port);
    }
}");

        [Fact]
        public Task Port_NonConstantInUrl()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app, int port) => app.Urls.Add($""http://localhost:{port}"");
}");

        [Fact]
        public Task TcpListener_PortZero()
            => Verify.VerifyAsync(@"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        new TcpListener(IPAddress.Any, 0);
        new TcpListener(IPAddress.Loopback, 0);
        new UdpClient(0);
    }
}");

        [Fact]
        public Task Url_WithoutPortOrMalformed()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder)
    {
        builder.UseUrls(""http://localhost"");
        builder.UseUrls(""https://localhost/path:50000"");
        builder.UseUrls(""http://host:"");
        builder.UseUrls(""http://[::1"");
        builder.UseUrls(""http://[::1]"");
        builder.UseUrls(""localhost:50000"");
        builder.UseUrls(""http://localhost:5x000"");
        builder.UseUrls("""");
    }
}");

        [Fact]
        public Task UseSetting_OtherKey()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseSetting(""https_port"", ""http://localhost:50000"");
}");

        [Fact]
        public Task GeneratedCode_ByFileName()
            => Verify.VerifyAsync(
                string.Empty,
                editorConfig: null,
                test => test.TestState.Sources.Add(("/0/Generated.g.cs", @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Any, 50000);
}")));

        [Fact]
        public Task GeneratedCode_ByHeader()
            => Verify.VerifyAsync(@"// <auto-generated/>
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Any, 50000);
}");

        [Fact]
        public Task GeneratedCode_Control_SameCodeInOrdinaryFileIsReported()
            => Verify.VerifyAsync(
                string.Empty,
                editorConfig: null,
                test => test.TestState.Sources.Add(("/0/Ordinary.cs", @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:50000|});
}")),
                Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(0)
                    .WithArguments("50000", "TcpListener(IPAddress, int)", "the dynamic range 49152-65535 (IANA, Windows, macOS) and Linux's ephemeral range 32768-60999; Windows often reserves 50000-50059 outright"));
    }
}
