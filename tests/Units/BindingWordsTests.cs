using Microsoft.CodeAnalysis.Text;
using PortLint.Binding;
using Xunit;

namespace PortLint.Tests.Units
{
    /// <summary>The text check that lets a tree with no binding API skip the node walk entirely.</summary>
    public sealed class BindingWordsTests
    {
        [Theory]
        [InlineData("var l = new TcpListener(IPAddress.Any, 50000);")]
        [InlineData("o.ListenAnyIP(50000);")]
        [InlineData("builder.WebHost.UseUrls(url);")]
        [InlineData("app.Urls.Add(url);")]
        [InlineData("b.UseSetting(k, v);")]
        [InlineData("UdpClient u = new(50000);")]
        [InlineData("IPEndPoint e = new(IPAddress.Any, 50000);")]
        [InlineData("socket.Bind(new(IPAddress.Any, 50000));")]
        [InlineData("listener.Prefixes.Add(p);")]
        [InlineData("feature.Addresses.Add(a);")]
        [InlineData("static Task Start(WebApplication app, string url) => app.RunAsync(url);")]
        public void TextNamingABindingApi_MayBind(string source)
            => Assert.True(BindingWords.MayAppearIn(SourceText.From(source)));

        [Theory]
        [InlineData("")]
        [InlineData("var list = new List<int> { 50000 }; Console.WriteLine(\"http://localhost:50000\");")]
        [InlineData("class C { int Port = 50000; Uri U = new Uri(\"http://localhost:50000\"); }")]
        [InlineData("await Task.Run(() => 1); configuration.Bind(settings); host.Run();")]
        public void TextNamingNoBindingApi_IsSkipped(string source)
            => Assert.False(BindingWords.MayAppearIn(SourceText.From(source)));
    }
}
