using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PortLint.Catalog;
using Xunit;

namespace PortLint.Tests.Units
{
    /// <summary>Parsing <c>dotnet_code_quality.server_apis</c> entries: documentation-comment IDs with an optional parameter.</summary>
    public sealed class UserSinkTests
    {
        [Theory]
        [InlineData("M:Acme.Server.Start(System.Int32):port", "Acme.Server", "Start", false, false, "port", "M:Acme.Server.Start(System.Int32)")]
        [InlineData("M:Acme.Server.Start", "Acme.Server", "Start", false, false, null, "M:Acme.Server.Start")]
        [InlineData("M:Acme.Server..ctor(System.String)", "Acme.Server", "Server", true, false, null, "M:Acme.Server.#ctor(System.String)")]
        [InlineData("M:Acme.Server.#ctor(System.String):url", "Acme.Server", "Server", true, false, "url", "M:Acme.Server.#ctor(System.String)")]
        [InlineData("M:Acme.Server`1.Start(System.Int32)", "Acme.Server`1", "Start", false, false, null, "M:Acme.Server`1.Start(System.Int32)")]
        [InlineData("M:Acme.Server`1..ctor", "Acme.Server`1", "Server", true, false, null, "M:Acme.Server`1.#ctor")]
        [InlineData("P:Acme.Options.Port", "Acme.Options", "Port", false, true, null, "P:Acme.Options.Port")]
        [InlineData("M:Acme.Server.Start(System.Collections.Generic.List{System.String},System.Int32):port", "Acme.Server", "Start", false, false, "port", "M:Acme.Server.Start(System.Collections.Generic.List{System.String},System.Int32)")]
        public void Entries_Parse(string text, string type, string member, bool constructor, bool property, string? parameter, string id)
        {
            Assert.True(UserSink.TryParse(text, out var sink));
            Assert.Equal(type, sink.TypeName);
            Assert.Equal(member, sink.MemberName);
            Assert.Equal(constructor, sink.IsConstructor);
            Assert.Equal(property, sink.IsProperty);
            Assert.Equal(parameter, sink.Parameter);
            Assert.Equal(id, sink.Id);
        }

        [Theory]
        [InlineData("")]
        [InlineData("Acme.Server.Start")]
        [InlineData("X:Acme.Server.Start")]
        [InlineData("M:Start")]
        [InlineData("M:Acme.Server.")]
        [InlineData("M:Acme.Server.Start(System.Int32")]
        [InlineData("M:Acme.Server.Start(System.Int32):")]
        [InlineData("M:Acme.Server.Start(System.Int32):p-ort")]
        [InlineData("P:Acme.Options.Port(System.Int32)")]
        [InlineData("P:Acme.Options.Port:port")]
        [InlineData("P:Acme.Options..ctor")]
        [InlineData("M:Acme..Start")]
        [InlineData("M:Acme.Server`x.Start")]
        [InlineData("M:Acme.Server.St art")]
        public void MalformedEntries_DoNotParse(string text)
            => Assert.False(UserSink.TryParse(text, out _));

        [Fact]
        public void Lists_AreSeparatedByBars_AndMalformedEntriesAreLeftOut()
        {
            var sinks = UserSink.ParseList(" M:Acme.Server.Start:port |garbage|| P:Acme.Options.Port ");
            Assert.Equal(new[] { "M:Acme.Server.Start", "P:Acme.Options.Port" }, System.Linq.Enumerable.Select(sinks, s => s.Id));
            Assert.Empty(UserSink.ParseList(null));
            Assert.Empty(UserSink.ParseList("   "));
        }
    
        [Fact]
        public void RandomEntries_NeverThrow_WhenParsedOrResolved()
        {
            var compilation = CSharpCompilation.Create(
                "Fuzz",
                new[] { CSharpSyntaxTree.ParseText("namespace Acme { public class Server<T> { public Server(int port) { } public void Start(int port, string url) { } public int Port { get; set; } public int this[int i] { get => 0; set { } } } }") },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
            string[] fragments = { "M:", "P:", "T:", "Acme", ".", "Server", "`1", "`", "..ctor", "#ctor", "Start", "(", ")", "System.Int32", ",", "System.String", ":", "port", "url", "|", " ", "{", "}", "[]", "@", "Item", "``0", "*", "\\", "\u0000" };
            var random = new System.Random(9);
            for (var i = 0; i < 3000; i++)
            {
                var text = string.Concat(Enumerable.Range(0, random.Next(12)).Select(_ => fragments[random.Next(fragments.Length)]));
                foreach (var sink in UserSink.ParseList(text))
                {
                    Assert.NotNull(sink.Resolve(compilation).ToList());
                }
            }
        }
    }
}
