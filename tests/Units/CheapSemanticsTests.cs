using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortLint.Binding;
using Xunit;

namespace PortLint.Tests.Units
{
    /// <summary>
    /// The declarations read around a candidate's names (syntax only): a name that certainly brings no known port stops the site
    /// before the semantic model; anything the declarations do not settle goes on.
    /// </summary>
    public sealed class CheapSemanticsTests
    {
        [Theory]
        [InlineData("void M(int port) { Use(port); }", false)]
        [InlineData("void M() { Action<int> f = port => Use(port); }", false)]
        [InlineData("void M() { var settings = new WireMockServerSettings(); Use(settings); }", false)]
        [InlineData("void M() { WireMockServerSettings settings = null; Use(settings); }", false)]
        [InlineData("Settings _settings; void M() { Use(_settings); }", false)]
        [InlineData("void M() { var port = 50000; Use(port); }", true)]
        [InlineData("void M() { int port = 50000; Use(port); }", true)]
        [InlineData("void M() { const int port = 50000; Use(port); }", true)]
        [InlineData("void M() { string url = Url; Use(url); }", true)]
        [InlineData("void M() { var endPoint = new IPEndPoint(IPAddress.Any, 50000); Use(endPoint); }", true)]
        [InlineData("void M() { var urls = new[] { Url }; Use(urls); }", true)]
        [InlineData("void M() { var settings = new Dictionary<string, string?>(); Use(settings); }", true)]
        [InlineData("const int Port = 50000; void M() { Use(Port); }", true)]
        [InlineData("readonly int _port = 50000; void M() { Use(_port); }", true)]
        [InlineData("void M() { Use(Port); }", true)]
        [InlineData("void M() { Use(port); var port = 1; }", true)]
        [InlineData("void M() { foreach (var port in ports) Use(port); }", true)]
        public void Names_AreJudgedByTheirDeclaration(string member, bool mayCarry)
        {
            var type = (TypeDeclarationSyntax)SyntaxFactory.ParseCompilationUnit("class C { " + member + " }").Members[0];
            var use = type.DescendantNodes().OfType<InvocationExpressionSyntax>().Last(i => i.Expression.ToString() == "Use");
            Assert.Equal(mayCarry, CheapSemantics.MayCarryValue(use.ArgumentList.Arguments[0].Expression));
        }
    
        [Theory]
        [InlineData("void M(FakeServer server) { server.Run(Url); }", "FakeServer")]
        [InlineData("void M() { var server = new FakeServer(); server.Run(Url); }", "FakeServer")]
        [InlineData("FakeServer? _server; void M() { this._server.Run(Url); }", "FakeServer")]
        [InlineData("void M() { var app = Build(); app.Run(Url); }", null)]
        [InlineData("void M() { Use(o => o.Run(Url)); }", null)]
        public void Receivers_AreJudgedByTheirDeclaredType(string member, string? expected)
        {
            var type = (TypeDeclarationSyntax)SyntaxFactory.ParseCompilationUnit("class C { " + member + " }").Members[0];
            var run = type.DescendantNodes().OfType<InvocationExpressionSyntax>().Single(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Run" });
            Assert.Equal(expected, CheapSemantics.DeclaredTypeName(((MemberAccessExpressionSyntax)run.Expression).Expression));
        }
    }
}
