using System.Linq;
using PortLint.Json;
using Xunit;

namespace PortLint.Tests.Json
{
    public sealed class JsonReaderTests
    {
        private static JsonNode Read(string text)
        {
            Assert.True(JsonReader.TryRead(text, out var root), "expected well-formed: " + text);
            return root!;
        }

        [Fact]
        public void Object_MembersInOrder_WithPositions()
        {
            const string Text = "{ \"a\": 1, \"b\": \"x\", \"a\": [true, false, null] }";
            var root = Read(Text);

            Assert.Equal(JsonKind.Object, root.Kind);
            Assert.Equal(0, root.Start);
            Assert.Equal(Text.Length, root.Length);
            Assert.Equal(new[] { "a", "b", "a" }, root.Properties.Select(p => p.Name));

            var one = root.Properties[0].Value;
            Assert.Equal(JsonKind.Number, one.Kind);
            Assert.Equal("1", one.Value);
            Assert.Equal(Text.IndexOf('1'), one.Start);

            var x = root.Properties[1].Value;
            Assert.Equal(JsonKind.String, x.Kind);
            Assert.Equal("x", x.Value);
            Assert.Equal(Text.IndexOf("\"x\"", System.StringComparison.Ordinal), x.Start);
            Assert.Equal(3, x.Length);
            Assert.Equal(x.Start + 1, x.SourceIndexOf(0));

            Assert.Equal(Text.IndexOf("\"b\"", System.StringComparison.Ordinal), root.Properties[1].NameNode.Start);
            Assert.Equal(new[] { JsonKind.True, JsonKind.False, JsonKind.Null }, root.Properties[2].Value.Items.Select(i => i.Kind));
        }

        [Theory]
        [InlineData("0")]
        [InlineData("-0")]
        [InlineData("50000")]
        [InlineData("-12.5e+3")]
        [InlineData("1E9")]
        [InlineData("0.25")]
        public void Numbers(string number)
        {
            var node = Read(" " + number + " ");
            Assert.Equal(JsonKind.Number, node.Kind);
            Assert.Equal(number, node.Value);
            Assert.Equal(1, node.Start);
            Assert.Equal(number.Length, node.Length);
        }

        [Fact]
        public void Escapes_AreDecoded_AndMappedToTheirSource()
        {
            const string Text = "\"a\\\"b\\u0035\\\\\"";
            var node = Read(Text);

            Assert.Equal("a\"b5\\", node.Value);
            Assert.Equal(1, node.SourceIndexOf(0));   // a
            Assert.Equal(2, node.SourceIndexOf(1));   // \"
            Assert.Equal(4, node.SourceIndexOf(2));   // b
            Assert.Equal(5, node.SourceIndexOf(3));   // \u0035
            Assert.Equal(11, node.SourceIndexOf(4));  // \\
            Assert.Equal(13, node.SourceIndexOf(5));  // closing quote
            Assert.Equal(Text.Length - 1, node.SourceIndexOf(node.Value!.Length));
        }

        [Theory]
        [InlineData("\"\\b\\f\\n\\r\\t\\/\"", "\b\f\n\r\t/")]
        [InlineData("\"\\u00e9\\u00C9\"", "\u00e9\u00c9")]
        [InlineData("\"\"", "")]
        public void AllEscapes(string text, string expected) => Assert.Equal(expected, Read(text).Value);

        [Fact]
        public void CommentsAndTrailingCommas()
        {
            var root = Read("""
                // line comment
                /* block
                   comment */ {
                  "a": [1, 2, /* two */ ], // trailing comma in an array
                  "b": { "c": "// not a comment", }, /* trailing comma in an object */
                }
                // end
                """);

            Assert.Equal(2, root.Properties[0].Value.Items.Count);
            Assert.Equal("// not a comment", root.Properties[1].Value.Properties[0].Value.Value);
        }

        [Fact]
        public void ByteOrderMark_IsSkipped() => Assert.Equal(JsonKind.Object, Read("\uFEFF{}").Kind);

        [Fact]
        public void Nesting_UpToTheLimit()
        {
            var depth = JsonReader.MaxDepth + 1;
            Assert.Equal(JsonKind.Array, Read(new string('[', depth) + new string(']', depth)).Kind);
        }

        [Theory]
        [InlineData("")]
        [InlineData("  // only a comment")]
        [InlineData("{")]
        [InlineData("}")]
        [InlineData("[1 2]")]
        [InlineData("[,]")]
        [InlineData("[1,,]")]
        [InlineData("{,}")]
        [InlineData("{\"a\"}")]
        [InlineData("{\"a\":}")]
        [InlineData("{\"a\" 1}")]
        [InlineData("{a: 1}")]
        [InlineData("{'a': 1}")]
        [InlineData("{\"a\": 1 \"b\": 2}")]
        [InlineData("\"unterminated")]
        [InlineData("\"line\nbreak\"")]
        [InlineData("\"bad \\x escape\"")]
        [InlineData("\"short \\u12\"")]
        [InlineData("01")]
        [InlineData("1.")]
        [InlineData(".5")]
        [InlineData("1e")]
        [InlineData("+1")]
        [InlineData("tru")]
        [InlineData("nul")]
        [InlineData("True")]
        [InlineData("{} {}")]
        [InlineData("{} x")]
        [InlineData("{ /* unterminated }")]
        [InlineData("{ / }")]
        [InlineData("[1] /")]
        public void Malformed_ReturnsFalse(string text)
        {
            Assert.False(JsonReader.TryRead(text, out var root));
            Assert.Null(root);
        }

        [Fact]
        public void TooDeep_ReturnsFalse_WithoutOverflowingTheStack()
        {
            Assert.False(JsonReader.TryRead(new string('[', 1_000_000), out _));
            Assert.False(JsonReader.TryRead(new string('{', 1), out _));
            var depth = JsonReader.MaxDepth + 2;
            Assert.False(JsonReader.TryRead(new string('[', depth) + new string(']', depth), out _));
        }
    }
}
