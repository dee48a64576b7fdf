using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using PortLint.Analyzers;
using PortLint.Catalog;
using PortLint.Tests.Infrastructure;
using Xunit;

namespace PortLint.Tests.Units
{
    /// <summary>
    /// The text check of an anchor occurrence before <c>FindToken</c> (<see cref="BindingSiteAnalysis.MayBeAnchor"/>): it
    /// drops only occurrences the token check would drop, and keeps whatever the text cannot tell.
    /// </summary>
    public sealed class AnchorTextTests
    {
        private static readonly SinkIndex AspNetCore = TestIndexes.AspNetCore;

        [Theory]
        [InlineData("var r = RuntimeInformation.OSDescription;", "Run", false)]
        [InlineData("Task.Run(() => 1);", "Run", true)]
        [InlineData("app.Run(\"http://localhost:50000\");", "Run", true)]
        [InlineData("var d = new DiagnosticListener(\"x\");", "Listen", false)]
        [InlineData("var l = new TcpListener(IPAddress.Any, 50000);", "Listen", true)]
        [InlineData("var w = Stopwatch.StartNew();", "Start", false)]
        [InlineData("WebHost.Start(\"http://localhost:50000\");", "Start", true)]
        [InlineData("Environment.SetEnvironmentVariable(\"ASPNETCORE_HTTP_PORTS\", \"50000\");", "HTTP_PORTS", true)]
        [InlineData("builder.UseSetting(WebHostDefaults.ServerUrlsKey, url);", "Urls", true)]
        [InlineData("@Run(x);", "Run", true)]
        [InlineData("x.R\\u0075n(y);", "n(", true)]
        public void AnOccurrence_InsideAnotherName_IsDroppedBeforeTheToken(string source, string word, bool expected)
            => Assert.Equal(expected, BindingSiteAnalysis.MayBeAnchor(source, source.IndexOf(word, System.StringComparison.Ordinal), AspNetCore, null));

        [Fact]
        public void WhatTheTextDrops_TheTokenDropsToo()
        {
            var source = @"
using System; using System.Net; using System.Net.Sockets; using System.Diagnostics; using L = System.Net.Sockets.TcpListener;
class C
{
    const string Urls = ""http://localhost:50000"";   // Urls, Runtime, Listen, Start in a comment
    void M(WebApplication app, IWebHostBuilder b, IConfiguration c)
    {
        var r = RuntimeInformation.OSDescription; Task.Run(() => 1); app.Run(Urls); app.RunAsync(); app.Urls.Add(Urls);
        var d = new DiagnosticListener(""Listen""); var l = new TcpListener(IPAddress.Any, 50000); var a = new L(IPAddress.Any, 1);
        var w = Stopwatch.StartNew(); WebHost.Start(Urls); var p = TcpListener.Create(50000); Started(); b.UseUrls(Urls);
        b.UseSetting(WebHostDefaults.ServerUrlsKey, Urls); c[""urls""] = Urls; c[""Kestrel:Endpoints:Http:Url""] = Urls;
        Environment.SetEnvironmentVariable(""ASPNETCORE_HTTP_PORTS"", ""50000""); var e = new IPEndPoint(IPAddress.Loopback, 50001);
        UrlsList(); ListenerCount++; @Run(1); CreateX(); xCreate(); var s = $""{Urls}Run"";
    }
}";
            var root = CSharpSyntaxTree.ParseText(source).GetRoot();
            var aliases = new Dictionary<string, string> { ["L"] = "TcpListener" };
            var positions = new List<int>();
            AspNetCore.Anchors.AddOccurrences(source, positions);
            var dropped = 0;
            foreach (var position in positions)
            {
                if (!BindingSiteAnalysis.MayBeAnchor(source, position, AspNetCore, aliases))
                {
                    dropped++;
                    Assert.False(BindingSiteAnalysis.IsAnchor(root.FindToken(position), position, AspNetCore, aliases), source.Substring(position, 12));
                }
            }

            Assert.True(dropped >= 5, dropped.ToString());
        }
    }
}
