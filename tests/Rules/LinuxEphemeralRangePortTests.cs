using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Rules;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;

namespace PortLint.Tests.Rules
{
    /// <summary>PORT002: a server binds a fixed port in Linux's ephemeral range 32768-60999, below PORT001's range.</summary>
    public sealed class LinuxEphemeralRangePortTests
    {
        private const string Linux = "Linux's ephemeral range 32768-60999";
        private const string Dynamic = "the dynamic range 49152-65535 (IANA, Windows, macOS)";
        private const string TcpListenerApi = "TcpListener(IPAddress, int)";

        private const string TcpListenerSource = @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:PORT|});
}";

        private static DiagnosticResult Port002(int location, string port, string api, string ranges)
            => Verify.Diagnostic(Descriptors.LinuxEphemeralRangePort).WithLocation(location).WithArguments(port, api, ranges);

        private static DiagnosticResult Port001(int location, string port, string api, string ranges)
            => Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(location).WithArguments(port, api, ranges);

        private static string TcpListenerWith(int port) => TcpListenerSource.Replace("PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        [Fact]
        public Task TcpListener_PortInLinuxRange()
            => Verify.VerifyAsync(TcpListenerWith(40000), Port002(0, "40000", TcpListenerApi, Linux));

        [Fact]
        public Task Descriptor_IsInfo()
            => Verify.VerifyAsync(
                TcpListenerWith(40000),
                Port002(0, "40000", TcpListenerApi, Linux).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info));

        [Fact]
        public Task UdpClient_IntPort()
            => Verify.VerifyAsync(@"
using System.Net.Sockets;
class C
{
    UdpClient M() => new UdpClient({|#0:33000|});
}", Port002(0, "33000", "UdpClient(int)", Linux));

        [Fact]
        public Task Kestrel_ListenAnyIP()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Server.Kestrel.Core;
class C
{
    void M(KestrelServerOptions options) => options.ListenAnyIP({|#0:45000|});
}", Port002(0, "45000", "KestrelServerOptions.ListenAnyIP(int)", Linux));

        [Fact]
        public Task UseUrls_PortInUrl()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder) => builder.UseUrls(""http://0.0.0.0:{|#0:40404|}"");
}", Port002(0, "40404", "IWebHostBuilder.UseUrls", Linux));

        [Fact]
        public Task Boundary_32767_IsNotReported()
            => Verify.VerifyAsync(TcpListenerWith(32767).Replace("{|#0:", string.Empty).Replace("|}", string.Empty));

        [Fact]
        public Task Boundary_32768_IsPort002()
            => Verify.VerifyAsync(TcpListenerWith(32768), Port002(0, "32768", TcpListenerApi, Linux));

        [Fact]
        public Task Boundary_49151_IsPort002()
            => Verify.VerifyAsync(TcpListenerWith(49151), Port002(0, "49151", TcpListenerApi, Linux));

        [Fact]
        public Task Boundary_49152_IsPort001NotPort002()
            => Verify.VerifyAsync(TcpListenerWith(49152), Port001(0, "49152", TcpListenerApi, Dynamic + " and " + Linux));

        [Fact]
        public Task Boundary_60999_IsPort001InBothRanges()
            => Verify.VerifyAsync(TcpListenerWith(60999), Port001(0, "60999", TcpListenerApi, Dynamic + " and " + Linux));

        [Fact]
        public Task Option_PortRanges_ReplacesTheWatchedRange()
            => Verify.VerifyAsync(
                @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        new TcpListener(IPAddress.Any, {|#0:25000|});
        new TcpListener(IPAddress.Any, 40000);
    }
}",
                "dotnet_code_quality.PORT002.port_ranges = 20000-30000\n",
                Port002(0, "25000", TcpListenerApi, "the range 20000-30000 set in dotnet_code_quality.PORT002.port_ranges"));

        [Fact]
        public Task Option_PortRanges_None_TurnsTheRuleOff()
            => Verify.VerifyAsync(
                TcpListenerWith(40000).Replace("{|#0:", string.Empty).Replace("|}", string.Empty),
                "dotnet_code_quality.PORT002.port_ranges = none\n");

        [Fact]
        public Task Option_Port001Ranges_Narrowed_LeavesTheRestToPort002()
            => Verify.VerifyAsync(
                TcpListenerWith(50000),
                "dotnet_code_quality.PORT001.port_ranges = 55000-65535\n",
                Port002(0, "50000", TcpListenerApi, Linux + "; Windows often reserves 50000-50059 outright"));

        [Fact]
        public Task Option_AllowedPorts_SilencesPort002()
            => Verify.VerifyAsync(
                @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        new TcpListener(IPAddress.Any, 40000);
        new TcpListener(IPAddress.Any, 41000);
        new TcpListener(IPAddress.Any, {|#0:41001|});
    }
}",
                "dotnet_code_quality.PORT002.allowed_ports = 40000, 40500-41000\n",
                Port002(0, "41001", TcpListenerApi, Linux));

        [Fact]
        public Task Option_Port002AllowedPorts_DoesNotSilencePort001()
            => Verify.VerifyAsync(
                TcpListenerWith(50000),
                "dotnet_code_quality.PORT002.allowed_ports = 50000\n",
                Port001(0, "50000", TcpListenerApi, Dynamic + " and " + Linux + "; Windows often reserves 50000-50059 outright"));

        [Fact]
        public Task Option_GlobalAllowedPorts_SilencesPort002AndPort001()
            => Verify.VerifyAsync(
                @"
using System.Net;
using System.Net.Sockets;
class C
{
    void M()
    {
        new TcpListener(IPAddress.Any, 40000);
        new TcpListener(IPAddress.Any, 50000);
        new TcpListener(IPAddress.Any, {|#0:40001|});
    }
}",
                "dotnet_code_quality.allowed_ports = 40000,50000\n",
                Port002(0, "40001", TcpListenerApi, Linux));

        [Theory]
        [InlineData("dotnet_code_quality.PORT002.port_ranges = 30000-")]
        [InlineData("dotnet_code_quality.PORT002.port_ranges = 40000-30000")]
        [InlineData("dotnet_code_quality.PORT002.port_ranges = abc")]
        [InlineData("dotnet_code_quality.PORT002.port_ranges = 20000-70000")]
        [InlineData("dotnet_code_quality.PORT002.port_ranges = 20000-30000,")]
        public Task Option_MalformedPortRanges_FallsBackToDefault(string option)
            => Verify.VerifyAsync(TcpListenerWith(40000), option + "\n", Port002(0, "40000", TcpListenerApi, Linux));

        [Theory]
        [InlineData("dotnet_code_quality.PORT002.allowed_ports = 40000 41000")]
        [InlineData("dotnet_code_quality.PORT002.allowed_ports = 40000,")]
        [InlineData("dotnet_code_quality.allowed_ports = forty thousand")]
        public Task Option_MalformedAllowedPorts_AllowsNothing(string option)
            => Verify.VerifyAsync(TcpListenerWith(40000), option + "\n", Port002(0, "40000", TcpListenerApi, Linux));
    }
}
