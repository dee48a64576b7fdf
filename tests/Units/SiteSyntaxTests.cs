using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortLint.Binding;
using PortLint.Catalog;
using PortLint.Tests.Infrastructure;
using Xunit;

namespace PortLint.Tests.Units
{
    /// <summary>
    /// The syntax filter decides which sites reach the semantic model (which binds the whole member): catalogued APIs with a
    /// possibly constant value must pass, look-alikes whose values can never be reported must not. The index is that of an
    /// ASP.NET Core compilation (BCL and ASP.NET Core entries) whose files name Kestrel and WebApplication.
    /// </summary>
    public sealed class SiteSyntaxTests
    {
        private static readonly SinkIndex AspNetCore = TestIndexes.AspNetCore;

        [Theory]
        [InlineData("new TcpListener(IPAddress.Any, 50000)")]
        [InlineData("new System.Net.Sockets.TcpListener(IPAddress.Any, Ports.Web)")]
        [InlineData("new Sockets.TcpListener(50000)")]
        [InlineData("new TcpListener(new IPEndPoint(IPAddress.Any, 50000))")]
        [InlineData("new TcpListener(localPort: 50000, localaddr: IPAddress.Any)")]
        [InlineData("new UdpClient(50000, AddressFamily.InterNetwork)")]
        [InlineData("new IPEndPoint(IPAddress.Any, -(50000))")]
        [InlineData("TcpListener.Create(50000)")]
        [InlineData("Create(50000)")]
        [InlineData("socket.Bind(new IPEndPoint(IPAddress.Any, 50000))")]
        [InlineData("options.Listen(IPAddress.Any, (int)Port)")]
        [InlineData("new UdpClient(fast ? 50000 : Ports.Other)")]
        [InlineData("new UdpClient(mode switch { 1 => 50000, _ => 8080 })")]
        [InlineData("options.Listen(new IPEndPoint(IPAddress.Any, 50000))")]
        [InlineData("options.ListenLocalhost(50000, o => { })")]
        [InlineData("builder.WebHost.UseUrls(\"http://a:1\", url)")]
        [InlineData("builder.WebHost.UseUrls(new[] { \"http://a:1\" })")]
        [InlineData("builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, $\"http://*:{Port}\")")]
        [InlineData("app.Run(\"http://localhost:\" + Port)")]
        [InlineData("app.Urls.Add(url!)")]
        [InlineData("listener.Prefixes.Add(\"http://+:50000/\")")]
        [InlineData("app?.Urls.Add(\"http://+:50000/\")")]
        [InlineData("WebHost.Start(\"http://localhost:50000\", app => { })")]
        [InlineData("Environment.SetEnvironmentVariable(\"ASPNETCORE_URLS\", url)")]
        [InlineData("builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [\"urls\"] = url })")]
        [InlineData("builder.Configuration.AddInMemoryCollection(settings)")]
        [InlineData("options.UrlPrefixes.Add(\"http://localhost:50000\")")]
        [InlineData("options.UrlPrefixes.Add(UrlPrefix.Create(\"http\", \"localhost\", 50000, \"/\"))")]
        public void BindingCallsWithAPossiblyConstantValue_AreCandidates(string expression)
            => Assert.True(IsCandidate(expression));

        [Theory]
        [InlineData("new TcpListener(GetAddress(), GetPort())")]
        [InlineData("new UdpClient(settings.GetPort())")]
        [InlineData("new UdpClient(int.Parse(text))")]
        [InlineData("new IPEndPoint(GetAddress(), ports[0])")]
        [InlineData("new TcpListener()")]
        [InlineData("Corpus.Fakes.Listener.Create(50000)")]
        [InlineData("Corpus.Fakes.TcpListener.Create(50000)")]
        [InlineData("new Fakes.Net.TcpListener(50000)")]
        [InlineData("new Corpus.Fakes.IPEndPoint(IPAddress.Any, 50000)")]
        [InlineData("Process.Start(\"x\")")]
        [InlineData("socket.Bind(endPoint)")]
        [InlineData("configuration.Bind(settings)")]
        [InlineData("socket.Listen(GetBacklog())")]
        [InlineData("options.ListenAnyIP(config.GetValue<int>(\"Port\"))")]
        [InlineData("Task.Run(() => 1)")]
        [InlineData("app.Run(GetUrl())")]
        [InlineData("list.Add(50000)")]
        [InlineData("app.Urls.Add(secure ? GetA() : b)")]
        [InlineData("new UdpClient(fast ? 50000 : GetPort())")]
        [InlineData("UrlPrefix.Create(\"http\", \"localhost\", 50000, \"/\")")]
        [InlineData("Console.WriteLine(\"http://localhost:50000\")")]
        [InlineData("builder.WebHost.UseUrls(GetUrls())")]
        [InlineData("host.Start()")]
        public void LookAlikesAndNonConstantArguments_AreNotCandidates(string expression)
            => Assert.False(IsCandidate(expression));

        [Theory]
        [InlineData("TcpListener l = new(IPAddress.Any, 50000);", true)]
        [InlineData("IPEndPoint? e = new(IPAddress.Any, 50000);", true)]
        [InlineData("List<int> l = new(50000);", false)]
        [InlineData("Dictionary<string, int> d = new(capacity);", false)]
        [InlineData("M(new(IPAddress.Any, 50000));", false)] // the call it is passed to is the site
        [InlineData("TcpListener Create() => new(IPAddress.Any, 50000);", true)]
        [InlineData("List<int> Create() => new(50000);", false)]
        [InlineData("var list = new List<IPEndPoint> { new(IPAddress.Any, 50000) };", false)]
        [InlineData("M(new(GetAddress(), GetPort()));", false)]
        public void TargetTypedNew_UsesTheDeclaredType(string statement, bool expected)
        {
            var creation = SyntaxFactory.ParseStatement(statement).DescendantNodes().OfType<ImplicitObjectCreationExpressionSyntax>().Single();
            Assert.Equal(expected, SiteSyntax.IsCandidate(creation, AspNetCore, null));
        }

        [Theory]
        [InlineData("o.ListenEndPoint = new IPEndPoint(IPAddress.Any, 50000)", true)]
        [InlineData("builder.Configuration[\"urls\"] = \"http://localhost:50000\"", true)]
        [InlineData("o.ListenEndPoint = endPoint", false)]
        [InlineData("o.Port = 50000", false)]
        [InlineData("dictionary[key] = GetValue()", false)]
        public void Assignments_OfCataloguedProperties(string expression, bool expected)
            => Assert.Equal(expected, SiteSyntax.IsCandidate((AssignmentExpressionSyntax)SyntaxFactory.ParseExpression(expression), AspNetCore));

        [Fact]
        public void AnAlias_StandsForTheTypeItNames()
        {
            var aliases = new System.Collections.Generic.Dictionary<string, string> { ["L"] = "TcpListener" };
            var creation = (ObjectCreationExpressionSyntax)SyntaxFactory.ParseExpression("new L(IPAddress.Any, 50000)");
            Assert.True(SiteSyntax.IsCandidate(creation, AspNetCore, aliases));
            Assert.False(SiteSyntax.IsCandidate(creation, AspNetCore, null));
        }

        private static bool IsCandidate(string expression)
        {
            var syntax = SyntaxFactory.ParseExpression(expression);
            var node = syntax is ConditionalAccessExpressionSyntax conditional ? conditional.WhenNotNull : syntax;
            return node switch
            {
                InvocationExpressionSyntax invocation => SiteSyntax.IsCandidate(invocation, AspNetCore, null),
                ObjectCreationExpressionSyntax creation => SiteSyntax.IsCandidate(creation, AspNetCore, null),
                _ => throw new Xunit.Sdk.XunitException("not a call: " + expression),
            };
        }
    }
}
