using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PortLint.CodeFixes;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.CodeFixVerifier<PortLint.Analyzers.FixedServerPortAnalyzer, PortLint.CodeFixes.FixedServerPortCodeFixProvider>;

namespace PortLint.Tests.CodeFixes
{
    /// <summary>
    /// The port-0 fix's output runs: Kestrel (ListenLocalhost, UseUrls("http://localhost:n")) and TcpListener code is fixed,
    /// compiled in memory against the running .NET and ASP.NET Core shared frameworks, loaded, started, and binds a real port
    /// on 127.0.0.1.
    /// </summary>
    public sealed class PortZeroRuntimeTests
    {
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

        private const string Source = @"
using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

public static class Servers
{
    public static Task<string[]> TcpListenerAddresses()
    {
        var listener = new TcpListener(IPAddress.Loopback, 50000);
        listener.Start();
        try
        {
            return Task.FromResult(new[] { ""tcp://"" + listener.LocalEndpoint });
        }
        finally
        {
            listener.Stop();
        }
    }

    public static Task<string[]> KestrelListenLocalhostAddresses()
        => StartAndStopAsync(builder => builder.WebHost.ConfigureKestrel(options => options.ListenLocalhost(50001)));

    public static Task<string[]> KestrelUseUrlsAddresses()
        => StartAndStopAsync(builder => builder.WebHost.UseUrls(""http://localhost:50002""));

    private static async Task<string[]> StartAndStopAsync(Action<WebApplicationBuilder> configure)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = Array.Empty<string>() });
        builder.Logging.ClearProviders();
        configure(builder);
        await using var app = builder.Build();
        await app.StartAsync();
        try
        {
            return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToArray();
        }
        finally
        {
            await app.StopAsync();
        }
    }
}";

        private static readonly Lazy<Task<Assembly>> Fixed = new Lazy<Task<Assembly>>(CompileFixedAsync);

        [Theory]
        [InlineData("TcpListenerAddresses", "tcp://127.0.0.1:")]
        [InlineData("KestrelListenLocalhostAddresses", "http://127.0.0.1:")]
        [InlineData("KestrelUseUrlsAddresses", "http://127.0.0.1:")]
        public async Task FixedServer_BindsARealPort(string method, string prefix)
        {
            var assembly = await Fixed.Value.WaitAsync(Bound);
            var run = (Task<string[]>)assembly.GetType("Servers")!.GetMethod(method)!.Invoke(null, null)!;
            var addresses = await run.WaitAsync(Bound);

            var address = Assert.Single(addresses);
            Assert.StartsWith(prefix, address, StringComparison.Ordinal);
            var port = int.Parse(address.Substring(prefix.Length).TrimEnd('/'), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(port, 1, 65535);
        }

        private static async Task<Assembly> CompileFixedAsync()
        {
            var references = RuntimeReferences();
            using var timeout = new CancellationTokenSource(Bound);
            var fixedSource = await Verify.ApplyAsync(Source, FixedServerPortCodeFixProvider.UsePortZeroKey, references, timeout.Token);

            Assert.Contains("new TcpListener(IPAddress.Loopback, 0)", fixedSource, StringComparison.Ordinal);
            Assert.Contains("options.Listen(IPAddress.Loopback, 0)", fixedSource, StringComparison.Ordinal);
            Assert.Contains("UseUrls(\"http://127.0.0.1:0\")", fixedSource, StringComparison.Ordinal);

            var compilation = CSharpCompilation.Create(
                "PortZeroRuntime" + Guid.NewGuid().ToString("N"),
                new[] { CSharpSyntaxTree.ParseText(fixedSource, new CSharpParseOptions(LanguageVersion.Latest)) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var image = new MemoryStream();
            var emit = compilation.Emit(image, cancellationToken: timeout.Token);
            Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

            image.Position = 0;
            return new SharedFrameworkLoadContext(AspNetCoreDirectory()).LoadFromStream(image);
        }

        private static List<MetadataReference> RuntimeReferences()
        {
            var references = new List<MetadataReference>();
            foreach (var directory in new[] { NetCoreDirectory(), AspNetCoreDirectory() })
            {
                foreach (var path in Directory.EnumerateFiles(directory, "*.dll"))
                {
                    if (IsManaged(path))
                    {
                        references.Add(MetadataReference.CreateFromFile(path));
                    }
                }
            }

            return references;
        }

        private static bool IsManaged(string path)
        {
            try
            {
                AssemblyName.GetAssemblyName(path);
                return true;
            }
            catch (BadImageFormatException)
            {
                return false;
            }
        }

        private static string NetCoreDirectory() => Path.GetDirectoryName(typeof(object).Assembly.Location)!;

        /// <summary>shared/Microsoft.AspNetCore.App/&lt;version&gt; next to the running shared/Microsoft.NETCore.App/&lt;version&gt;: the same version, else the newest.</summary>
        private static string AspNetCoreDirectory()
        {
            var netCore = new DirectoryInfo(NetCoreDirectory());
            var aspNetCore = Path.Combine(netCore.Parent!.Parent!.FullName, "Microsoft.AspNetCore.App");
            var sameVersion = Path.Combine(aspNetCore, netCore.Name);
            if (Directory.Exists(sameVersion))
            {
                return sameVersion;
            }

            var newest = Directory.Exists(aspNetCore)
                ? Directory.GetDirectories(aspNetCore).OrderByDescending(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version()).FirstOrDefault()
                : null;
            return newest ?? throw new InvalidOperationException("The ASP.NET Core shared framework is not installed next to " + netCore.FullName);
        }

        /// <summary>Loads ASP.NET Core's assemblies from its shared framework folder; everything else from the default context.</summary>
        private sealed class SharedFrameworkLoadContext : AssemblyLoadContext
        {
            private readonly string _directory;

            public SharedFrameworkLoadContext(string directory)
                : base("PortZeroRuntime", isCollectible: false)
            {
                _directory = directory;
            }

            protected override Assembly? Load(AssemblyName assemblyName)
            {
                var path = Path.Combine(_directory, assemblyName.Name + ".dll");
                return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
            }
        }
    }
}
