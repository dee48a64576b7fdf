using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortLint.Rules;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;

namespace PortLint.Tests.Rules
{
    /// <summary>
    /// Issue 11, values and several paths: a port held in a readonly field or a property of any file of the compilation, an
    /// enum member, and a local or field assigned constants on several paths (every value reported at the binding site, the
    /// message naming them all; nothing when one path brings a value that is not a constant).
    /// </summary>
    public sealed class ValueFlowTests
    {
        private const string Both = "the dynamic range 49152-65535 (IANA, Windows, macOS) and Linux's ephemeral range 32768-60999";
        private const string Linux = "Linux's ephemeral range 32768-60999";
        private const string TcpListenerApi = "TcpListener(IPAddress, int)";

        private const string Usings = @"
using System;
using System.Net;
using System.Net.Sockets;
";

        private static DiagnosticResult Port001(int location, string port, string api = TcpListenerApi)
            => Verify.Diagnostic(Descriptors.DynamicRangePort).WithLocation(location).WithArguments(port, api, Both);

        private static DiagnosticResult Port002(int location, string port, string api = TcpListenerApi)
            => Verify.Diagnostic(Descriptors.LinuxEphemeralRangePort).WithLocation(location).WithArguments(port, api, Linux);

        /// <summary>The site's file, and <paramref name="other"/> as <c>/Ports.cs</c>.</summary>
        private static Task VerifyWithFileAsync(string source, string other, params DiagnosticResult[] expected)
            => Verify.VerifyAsync(source, editorConfig: null, test => test.TestState.Sources.Add(("/Ports.cs", other)), expected);

        /// <summary>The site's file, and two more files.</summary>
        private static Task VerifyWithFilesAsync(string source, string first, string second, params DiagnosticResult[] expected)
            => Verify.VerifyAsync(
                source,
                editorConfig: null,
                test =>
                {
                    test.TestState.Sources.Add(("/Ports.cs", first));
                    test.TestState.Sources.Add(("/Ports.More.cs", second));
                },
                expected);

        // ---- readonly fields ----

        [Fact]
        public Task StaticReadonly_InAnotherFile()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:Ports.Echo|}).Start();
}", @"
static class Ports
{
    public static readonly int Echo = 51337;
}", Port001(0, "51337"));

        [Fact]
        public Task StaticReadonly_InAnotherFile_FromAnotherReadonlyField()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M() => new UdpClient({|#0:Ports.Echo|});
}", @"
static class Ports
{
    private static readonly int Base = 51337;
    public static readonly int Echo = Base;
}", Port001(0, "51337", "UdpClient(int)"));

        [Fact]
        public Task StaticReadonly_InAnotherFile_AssignedOnceInTheStaticConstructor()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:Ports.Echo|});
}", @"
static class Ports
{
    public static readonly int Echo;
    static Ports() { Echo = 51337; }
}", Port001(0, "51337"));

        [Fact]
        public Task StaticReadonly_InAnotherFile_WrittenFromTheEnvironment_NotReported()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M() => new TcpListener(IPAddress.Any, Ports.Echo);
}", @"
using System;
static class Ports
{
    public static readonly int Echo = 51337;
    static Ports()
    {
        if (Environment.GetEnvironmentVariable(""ECHO_PORT"") is { } text) { Echo = int.Parse(text); }
    }
}");

        [Fact]
        public Task StaticReadonly_SameFile()
            => Verify.VerifyAsync(Usings + @"
class C
{
    private static readonly int EchoPort = 51337;
    void M() => new TcpListener(IPAddress.Any, {|#0:EchoPort|});
}", Port001(0, "51337"));

        [Fact]
        public Task ReadonlyInstanceField_InAnotherFile()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M(EchoSettings settings) => new TcpListener(IPAddress.Any, {|#0:settings.Port|});
}", @"
class EchoSettings
{
    public readonly int Port = 51337;
}", Port001(0, "51337"));

        [Fact]
        public Task ReadonlyInstanceField_WrittenAgainInAConstructor_NotReported()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M(EchoSettings settings) => new TcpListener(IPAddress.Any, settings.Port);
}", @"
class EchoSettings
{
    public readonly int Port = 51337;
    public EchoSettings() { }
    public EchoSettings(int port) { Port = port; }
}");

        [Fact]
        public Task ReadonlyField_IncrementedOrPassedByRef_NotReported()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M(EchoSettings settings)
    {
        new TcpListener(IPAddress.Any, settings.Bumped);
        new TcpListener(IPAddress.Any, settings.ByRef);
    }
}", @"
class EchoSettings
{
    public readonly int Bumped = 51337;
    public readonly int ByRef = 51338;
    public EchoSettings() { Bumped++; Take(ref ByRef); }
    static void Take(ref int value) { }
}");

        [Fact]
        public Task PartialType_NoOtherWriteInAnyPart()
            => VerifyWithFilesAsync(Usings + @"
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:Ports.Echo|});
}", @"
static partial class Ports
{
    public static readonly int Echo = 51337;
}", @"
static partial class Ports
{
    public static readonly int Other = 8080;
}", Port001(0, "51337"));

        [Fact]
        public Task PartialType_SecondWriteInAnotherPart_NotReported()
            => VerifyWithFilesAsync(Usings + @"
class C
{
    void M() => new TcpListener(IPAddress.Any, Ports.Echo);
}", @"
static partial class Ports
{
    public static readonly int Echo = 51337;
}", @"
static partial class Ports
{
    static Ports() { Echo = Read(); }
    static int Read() => int.Parse(System.Environment.GetEnvironmentVariable(""ECHO_PORT"") ?? ""0"");
}");

        [Fact]
        public Task PartialType_OverwrittenByTheStaticConstructorOfAnotherPart_ThatValueIsReported()
            => VerifyWithFilesAsync(Usings + @"
class C
{
    void M() => new TcpListener(IPAddress.Any, {|#0:Ports.Echo|});
}", @"
static partial class Ports
{
    public static readonly int Echo = 8080;
}", @"
static partial class Ports
{
    static Ports() { Echo = 51338; }
}", Port001(0, "51338"));

        [Fact]
        public Task StructField_OverwrittenByThisAssignment_NotReported()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M(Endpoint endpoint) => new TcpListener(IPAddress.Any, endpoint.Port);
}", @"
struct Endpoint
{
    public readonly int Port;
    public Endpoint(int port) { Port = 51337; this = default; }
}");

        // ---- properties ----

        [Fact]
        public Task GetOnlyAutoProperty_InAnotherFile()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M(EchoOptions options) => new TcpListener(IPAddress.Any, {|#0:options.Port|});
}", @"
class EchoOptions
{
    public int Port { get; } = 51337;
}", Port001(0, "51337"));

        [Fact]
        public Task GetOnlyAutoProperty_Static_SameFile()
            => Verify.VerifyAsync(Usings + @"
class C
{
    static int EchoPort { get; } = 51337;
    void M() => new TcpListener(IPAddress.Any, {|#0:EchoPort|});
}", Port001(0, "51337"));

        [Fact]
        public Task AutoProperty_WithASetterOrInit_NotReported()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M(EchoOptions options)
    {
        new TcpListener(IPAddress.Any, options.Settable);
        new TcpListener(IPAddress.Any, options.PrivatelySettable);
        new TcpListener(IPAddress.Any, options.Init);
    }
}", @"
class EchoOptions
{
    public int Settable { get; set; } = 51337;
    public int PrivatelySettable { get; private set; } = 51338;
    public int Init { get; init; } = 51339;
}");

        [Fact]
        public Task GetOnlyAutoProperty_WrittenInAConstructor_NotReported()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M(EchoOptions options) => new TcpListener(IPAddress.Any, options.Port);
}", @"
class EchoOptions
{
    public int Port { get; } = 51337;
    public EchoOptions() { }
    public EchoOptions(int port) { Port = port; }
}");

        [Fact]
        public Task ExpressionBodiedProperty_AndGetterReturningAConstant()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M(EchoOptions options)
    {
        new TcpListener(IPAddress.Any, {|#0:options.Port|});
        new TcpListener(IPAddress.Any, {|#1:EchoOptions.AdminPort|});
        new TcpListener(IPAddress.Any, {|#2:options.MetricsPort|});
        new TcpListener(IPAddress.Any, {|#3:options.Shifted|});
    }
}", @"
class EchoOptions
{
    private const int Base = 51300;
    public int Port => 51337;
    public static int AdminPort { get { return 51338; } }
    public int MetricsPort { get => 51339; }
    public int Shifted => Base + 40;
}", Port001(0, "51337"), Port001(1, "51338"), Port001(2, "51339"), Port001(3, "51340"));

        [Fact]
        public Task ExpressionBodiedProperty_NotAConstant_NotReported()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M(EchoOptions options) => new TcpListener(IPAddress.Any, options.Port);
}", @"
class EchoOptions
{
    private int _port = 51337;
    public int Port => _port;
    public void Use(int port) => _port = port;
}");

        [Fact]
        public Task OverridableProperties_NotReported()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M(EchoBase echo, Echo derived, IEcho contract)
    {
        new TcpListener(IPAddress.Any, echo.Virtual);
        new TcpListener(IPAddress.Any, echo.Abstract);
        new TcpListener(IPAddress.Any, derived.Abstract);
        new TcpListener(IPAddress.Any, contract.Port);
    }
}", @"
abstract class EchoBase
{
    public virtual int Virtual => 51337;
    public abstract int Abstract { get; }
}

class Echo : EchoBase
{
    public override int Abstract => 51338;
}

interface IEcho
{
    int Port => 51339;
}");

        [Fact]
        public Task SealedOverride_IsReported()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M(Echo echo, SealedEcho sealedEcho)
    {
        new TcpListener(IPAddress.Any, {|#0:echo.Port|});
        new TcpListener(IPAddress.Any, {|#1:sealedEcho.Port|});
    }
}", @"
abstract class EchoBase
{
    public abstract int Port { get; }
}

class Echo : EchoBase
{
    public sealed override int Port => 51337;
}

sealed class SealedEcho : EchoBase
{
    public override int Port => 51338;
}", Port001(0, "51337"), Port001(1, "51338"));

        // ---- enums ----

        [Fact]
        public Task EnumMember_ConvertedToInt()
            => VerifyWithFileAsync(Usings + @"
class C
{
    const ServicePort Admin = ServicePort.Admin;

    void M()
    {
        new TcpListener(IPAddress.Any, {|#0:(int)ServicePort.Echo|});
        new TcpListener(IPAddress.Any, {|#1:(int)Admin|});
    }
}", @"
enum ServicePort
{
    Echo = 51337,
    Admin = 51338,
}", Port001(0, "51337"), Port001(1, "51338"));

        // ---- several paths ----

        [Fact]
        public Task Local_AssignedOnTwoPaths_BothReported()
            => Verify.VerifyAsync(Usings + @"
class C
{
    void M(bool fast)
    {
        int port;
        if (fast)
            port = 51337;
        else
            port = 51338;
        new TcpListener(IPAddress.Any, {|#0:port|}).Start();
    }
}",
                Port001(0, "51337 (port is 51337 or 51338 on different paths)"),
                Port001(0, "51338 (port is 51337 or 51338 on different paths)"));

        [Fact]
        public Task Local_AssignedOnThreePaths_EachRangeItsRule()
            => Verify.VerifyAsync(Usings + @"
class C
{
    void M(int mode)
    {
        var port = 8080;
        switch (mode)
        {
            case 1: port = 40000; break;
            case 2: port = 51337; break;
        }

        new TcpListener(IPAddress.Any, {|#0:port|});
    }
}",
                Port002(0, "40000 (port is 8080, 40000 or 51337 on different paths)"),
                Port001(0, "51337 (port is 8080, 40000 or 51337 on different paths)"));

        [Fact]
        public Task Local_OnePathFromConfigurationOrAParameter_NotReported()
            => Verify.VerifyAsync(Usings + @"
class C
{
    void M(bool fast, int requested)
    {
        int fromEnvironment;
        if (fast)
            fromEnvironment = 51337;
        else
            fromEnvironment = int.Parse(Environment.GetEnvironmentVariable(""PORT"") ?? ""0"");
        new TcpListener(IPAddress.Any, fromEnvironment);

        var fromParameter = 51338;
        if (requested > 0)
            fromParameter = requested;
        new TcpListener(IPAddress.Any, fromParameter);

        var computed = fast ? 51339 : requested + 1;
        new TcpListener(IPAddress.Any, computed);

        var incremented = 51340;
        if (fast)
            incremented += 1;
        new TcpListener(IPAddress.Any, incremented);
    }
}");

        [Fact]
        public Task ConditionalOperator_InALocalAndAtTheSite()
            => Verify.VerifyAsync(Usings + @"
class C
{
    void M(bool fast)
    {
        var port = fast ? 51337 : 51338;
        new TcpListener(IPAddress.Any, {|#0:port|});
        new UdpClient({|#1:fast ? 51339 : 8080|});
    }
}",
                Port001(0, "51337 (port is 51337 or 51338 on different paths)"),
                Port001(0, "51338 (port is 51337 or 51338 on different paths)"),
                Port001(1, "51339 (51339 or 8080 on different paths)", "UdpClient(int)"));

        [Fact]
        public Task SwitchExpression_ConstantArms()
            => Verify.VerifyAsync(Usings + @"
class C
{
    void M(int mode)
    {
        var port = mode switch { 1 => 51337, _ => 8080 };
        new TcpListener(IPAddress.Any, {|#0:port|});
    }
}", Port001(0, "51337 (port is 51337 or 8080 on different paths)"));

        [Fact]
        public Task SeveralPaths_ValuesFromAnotherFile()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M(bool fast)
    {
        var port = fast ? Ports.Echo : Ports.Admin;
        new TcpListener(IPAddress.Any, {|#0:port|});
    }
}", @"
static class Ports
{
    public static readonly int Echo = 51337;
    public static int Admin { get; } = 51338;
}",
                Port001(0, "51337 (port is 51337 or 51338 on different paths)"),
                Port001(0, "51338 (port is 51337 or 51338 on different paths)"));

        [Fact]
        public Task SeveralPaths_SameValueOnEveryPath_ReportedOnce()
            => Verify.VerifyAsync(Usings + @"
class C
{
    void M(bool fast)
    {
        int port;
        if (fast) port = 51337; else port = 51337;
        new TcpListener(IPAddress.Any, {|#0:port|});
    }
}", Port001(0, "51337"));

        [Fact]
        public Task SeveralPaths_APlaceholderIsNamedButNotReported()
            => Verify.VerifyAsync(Usings + @"
class C
{
    void M(string mode)
    {
        var port = -1;
        if (mode == ""a"") port = 51337;
        if (mode == ""b"") port = 51338;
        new TcpListener(IPAddress.Any, {|#0:port|});
    }
}",
                Port001(0, "51337 (port is -1, 51337 or 51338 on different paths)"),
                Port001(0, "51338 (port is -1, 51337 or 51338 on different paths)"));

        [Fact]
        public Task PrivateField_AssignedInSeveralMethods()
            => Verify.VerifyAsync(Usings + @"
class C
{
    private int _port = 51337;

    public void UseAdmin() => _port = 51338;

    public TcpListener Start() => new TcpListener(IPAddress.Any, {|#0:_port|});
}",
                Port001(0, "51337 (_port is 51337 or 51338 on different paths)"),
                Port001(0, "51338 (_port is 51337 or 51338 on different paths)"));

        [Fact]
        public Task PrivateField_OnePathFromAParameter_NotReported()
            => Verify.VerifyAsync(Usings + @"
class C
{
    private int _port = 51337;

    public void Use(int port) => _port = port;

    public TcpListener Start() => new TcpListener(IPAddress.Any, _port);
}");

        [Fact]
        public Task Field_InitializerOverwrittenByEveryConstructor_OnlyTheConstructorsValue()
            => Verify.VerifyAsync(Usings + @"
class C
{
    private readonly int _port = 8080;
    private readonly string _name;

    public C(string name) { _name = name; _port = 51337; }
    public C() : this(""default"") { }

    public TcpListener Start() => new TcpListener(IPAddress.Any, {|#0:_port|});
}", Port001(0, "51337"));

        [Fact]
        public Task Local_OverwrittenBeforeTheBindingOrWrittenAfterIt_OnlyTheValueThatReachesIt()
            => Verify.VerifyAsync(Usings + @"
class C
{
    void M()
    {
        var port = 8080;
        port = 51337;
        new TcpListener(IPAddress.Any, {|#0:port|});
        port = 51338;
        Console.WriteLine(port);
    }
}", Port001(0, "51337"));

        [Fact]
        public Task Local_WrittenLaterInALoop_BothReported()
            => Verify.VerifyAsync(Usings + @"
class C
{
    void M(int count)
    {
        var port = 51337;
        for (var i = 0; i < count; i++)
        {
            new TcpListener(IPAddress.Any, {|#0:port|});
            port = 51338;
        }
    }
}",
                Port001(0, "51337 (port is 51337 or 51338 on different paths)"),
                Port001(0, "51338 (port is 51337 or 51338 on different paths)"));

        [Fact]
        public Task Local_WrittenInALambda_BothReported()
            => Verify.VerifyAsync(Usings + @"
class C
{
    void M(Action<Action> later)
    {
        var port = 51337;
        later(() => port = 51338);
        port = 51339;
        new TcpListener(IPAddress.Any, {|#0:port|});
    }
}",
                Port001(0, "51338 (port is 51338 or 51339 on different paths)"),
                Port001(0, "51339 (port is 51338 or 51339 on different paths)"));

        [Fact]
        public Task Local_TopLevelProgram_SeveralPaths()
            => Verify.VerifyAsync(Usings + @"
var port = args.Length > 0 ? 51337 : 51338;
if (args.Length > 1) port = 8080;
new TcpListener(IPAddress.Any, {|#0:port|}).Start();
",
                editorConfig: null,
                test => test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication,
                Port001(0, "51337 (port is 51337, 51338 or 8080 on different paths)"),
                Port001(0, "51338 (port is 51337, 51338 or 8080 on different paths)"));

        [Fact]
        public Task Cycles_GiveNoValue_AJumpKeepsEveryWrite()
            => Verify.VerifyAsync(Usings + @"
class C
{
    int A => B;
    int B => A;
    static readonly int Self = Self;

    void M(bool fast)
    {
        new TcpListener(IPAddress.Any, A);
        new TcpListener(IPAddress.Any, Self);

        int a = 51337, b = 51338;
        if (fast) a = b; else b = a;
        new TcpListener(IPAddress.Any, a);

        var port = 8080;
        if (fast) goto bind;
        port = 51339;
    bind:
        new TcpListener(IPAddress.Any, {|#0:port|});
    }
}", Port001(0, "51339 (port is 8080 or 51339 on different paths)"));

        // ---- URLs and clients ----

        [Fact]
        public Task Url_InterpolatedStaticReadonlyFieldFromAnotherFile()
            => VerifyWithFileAsync(@"
using Microsoft.AspNetCore.Builder;
class C
{
    void M(WebApplication app)
    {
        app.Urls.Add($""http://127.0.0.1:{{|#0:Ports.Echo|}}"");
        app.Urls.Add({|#1:Ports.AdminUrl|});
    }
}", @"
static class Ports
{
    public static readonly int Echo = 51337;
    public static string AdminUrl => ""http://127.0.0.1:51338"";
}", Port001(0, "51337", "WebApplication.Urls.Add"), Port001(1, "51338", "WebApplication.Urls.Add"));

        [Fact]
        public Task Client_GivenAFieldOrPropertyFromAnotherFile_NotReported()
            => VerifyWithFileAsync(Usings + @"
class C
{
    void M(EchoOptions options)
    {
        new TcpClient().Connect(""127.0.0.1"", Ports.Echo);
        new TcpClient(""127.0.0.1"", options.Port);
        int port;
        if (options.Port > 0) port = 51337; else port = 51338;
        new TcpClient().Connect(IPAddress.Loopback, port);
    }
}", @"
static class Ports
{
    public static readonly int Echo = 51337;
}

class EchoOptions
{
    public int Port { get; } = 51338;
}");
    }
}
