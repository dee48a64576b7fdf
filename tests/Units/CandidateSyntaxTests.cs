using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortLint.Binding;
using Xunit;

namespace PortLint.Tests.Units
{
    /// <summary>
    /// The syntax filter decides which calls reach the semantic model (which binds the whole member): binding APIs with a
    /// possibly constant port must pass, look-alikes whose arguments can never be reported must not.
    /// </summary>
    public sealed class CandidateSyntaxTests
    {
        [Theory]
        [InlineData("new TcpListener(IPAddress.Any, 50000)")]
        [InlineData("new System.Net.Sockets.TcpListener(IPAddress.Any, Ports.Web)")]
        [InlineData("new Sockets.TcpListener(50000)")]
        [InlineData("new TcpListener(new IPEndPoint(IPAddress.Any, 50000))")]
        [InlineData("new TcpListener(localPort: 50000, localaddr: IPAddress.Any)")]
        [InlineData("new UdpClient(50000, AddressFamily.InterNetwork)")]
        [InlineData("new IPEndPoint(IPAddress.Any, -(50000))")]
        [InlineData("TcpListener.Create(50000)")]
        [InlineData("socket.Bind(new IPEndPoint(IPAddress.Any, 50000))")]
        [InlineData("options.Listen(IPAddress.Any, (int)Port)")]
        [InlineData("options.Listen(new IPEndPoint(IPAddress.Any, 50000))")]
        [InlineData("options.ListenLocalhost(50000, o => { })")]
        [InlineData("builder.WebHost.UseUrls(\"http://a:1\", url)")]
        [InlineData("builder.WebHost.UseUrls(new[] { \"http://a:1\" })")]
        [InlineData("builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, $\"http://*:{Port}\")")]
        [InlineData("app.Run(\"http://localhost:\" + Port)")]
        [InlineData("app.Urls.Add(url!)")]
        [InlineData("listener.Prefixes.Add(\"http://+:50000/\")")]
        [InlineData("app?.Urls.Add(\"http://+:50000/\")")]
        public void BindingCallsWithAPossiblyConstantPort_AreCandidates(string expression)
            => Assert.True(IsCandidate(expression));

        [Theory]
        [InlineData("new TcpListener(IPAddress.Any, GetPort())")]
        [InlineData("new Fakes.Net.TcpListener(50000)")]
        [InlineData("new Corpus.Fakes.IPEndPoint(IPAddress.Any, 50000)")]
        [InlineData("new UdpClient(settings.GetPort())")]
        [InlineData("new UdpClient(int.Parse(text))")]
        [InlineData("new IPEndPoint(IPAddress.Any, ports[0])")]
        [InlineData("new TcpListener()")]
        [InlineData("Corpus.Fakes.TcpListener.Create(50000)")]
        [InlineData("socket.Bind(endPoint)")]
        [InlineData("configuration.Bind(settings)")]
        [InlineData("socket.Listen(100)")]
        [InlineData("listener.Listen(50000)")]
        [InlineData("options.Listen(IPAddress.Any, GetPort())")]
        [InlineData("options.ListenAnyIP(config.GetValue<int>(\"Port\"))")]
        [InlineData("Task.Run(Work)")]
        [InlineData("Task.Run(() => 1)")]
        [InlineData("app.Run(GetUrl())")]
        [InlineData("list.Add(50000)")]
        [InlineData("app.Urls.Add(GetUrl())")]
        [InlineData("Console.WriteLine(\"http://localhost:50000\")")]
        [InlineData("builder.WebHost.UseUrls(GetUrls())")]
        public void LookAlikesAndNonConstantArguments_AreNotCandidates(string expression)
            => Assert.False(IsCandidate(expression));

        [Theory]
        [InlineData("TcpListener l = new(IPAddress.Any, 50000);", true)]
        [InlineData("IPEndPoint? e = new(IPAddress.Any, 50000);", true)]
        [InlineData("List<int> l = new(50000);", false)]
        [InlineData("Dictionary<string, int> d = new(capacity);", false)]
        [InlineData("M(new(IPAddress.Any, 50000));", true)]
        [InlineData("M(new(GetAddress(), GetPort()));", false)]
        public void TargetTypedNew_UsesTheDeclaredType(string statement, bool expected)
        {
            var creation = SyntaxFactory.ParseStatement(statement).DescendantNodes().OfType<ImplicitObjectCreationExpressionSyntax>().Single();
            Assert.Equal(expected, CandidateSyntax.IsCandidate(creation));
        }

        private static bool IsCandidate(string expression)
        {
            var syntax = SyntaxFactory.ParseExpression(expression);
            var node = syntax is ConditionalAccessExpressionSyntax conditional ? conditional.WhenNotNull : syntax;
            return node switch
            {
                InvocationExpressionSyntax invocation => CandidateSyntax.IsCandidate(invocation),
                ObjectCreationExpressionSyntax creation => CandidateSyntax.IsCandidate(creation),
                _ => throw new Xunit.Sdk.XunitException("not a call: " + expression),
            };
        }
    }
}
