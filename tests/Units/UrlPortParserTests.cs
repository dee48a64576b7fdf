using System.Collections.Generic;
using PortLint.Urls;
using Xunit;

namespace PortLint.Tests.Units
{
    /// <summary><see cref="UrlPortParser.FindPorts"/>: where the explicit ports of server URLs are.</summary>
    public sealed class UrlPortParserTests
    {
        private static List<UrlPort> Find(string text)
        {
            var ports = new List<UrlPort>();
            UrlPortParser.FindPorts(text, ports);
            return ports;
        }

        private static void AssertPort(UrlPort port, string text, string digits, long value, string host)
        {
            Assert.Equal(digits, port.Text);
            Assert.Equal(value, port.Value);
            Assert.Equal(host, port.Host);
            Assert.Equal(digits.Length, port.Length);
            Assert.Equal(digits, text.Substring(port.Start, port.Length));
        }

        [Theory]
        [InlineData("http://localhost:50000", "localhost")]
        [InlineData("https://localhost:50000/", "localhost")]
        [InlineData("http://*:50000", "*")]
        [InlineData("http://+:50000/", "+")]
        [InlineData("http://0.0.0.0:50000/path", "0.0.0.0")]
        [InlineData("http://[::1]:50000", "[::1]")]
        [InlineData("http://[fe80::1%25eth0]:50000/x", "[fe80::1%25eth0]")]
        [InlineData("https://my-host.example.com:50000?q=1", "my-host.example.com")]
        [InlineData("http://localhost:50000#frag", "localhost")]
        [InlineData("  http://localhost:50000  ", "localhost")]
        [InlineData("grpc+h2c://LOCALHOST:50000", "LOCALHOST")]
        public void SingleUrl(string url, string host)
        {
            var port = Assert.Single(Find(url));
            AssertPort(port, url, "50000", 50000, host);
        }

        [Fact]
        public void Offsets_PointAtTheDigits()
        {
            var port = Assert.Single(Find("http://localhost:50000/api"));
            Assert.Equal(17, port.Start);
            Assert.Equal(5, port.Length);
        }

        [Fact]
        public void LocalhostHost_IsLocalhost_CaseInsensitive()
        {
            Assert.True(Assert.Single(Find("http://LocalHost:0")).IsLocalhost);
            Assert.False(Assert.Single(Find("http://127.0.0.1:0")).IsLocalhost);
            Assert.False(Assert.Single(Find("http://localhost.example:0")).IsLocalhost);
        }

        [Fact]
        public void SemicolonSeparatedList_AllPortsInOrder()
        {
            const string text = "http://localhost:50000;https://*:5001; http://[::1]:61000/;http://nohost";
            var ports = Find(text);
            Assert.Equal(3, ports.Count);
            AssertPort(ports[0], text, "50000", 50000, "localhost");
            AssertPort(ports[1], text, "5001", 5001, "*");
            AssertPort(ports[2], text, "61000", 61000, "[::1]");
        }

        [Fact]
        public void EmptyEntriesInList_AreSkipped()
        {
            var ports = Find(";;http://a:1;;http://b:2;");
            Assert.Equal(new long[] { 1, 2 }, new[] { ports[0].Value, ports[1].Value });
        }

        [Theory]
        [InlineData("0", 0)]
        [InlineData("00", 0)]
        [InlineData("65535", 65535)]
        [InlineData("65536", 65536)]
        [InlineData("99999999999", 99999999999)]
        [InlineData("99999999999999999999999999", long.MaxValue)]
        public void Values_AreNotClampedToPortRange(string digits, long value)
        {
            var text = "http://localhost:" + digits;
            AssertPort(Assert.Single(Find(text)), text, digits, value, "localhost");
        }

        [Theory]
        [InlineData("")]
        [InlineData(";")]
        [InlineData("http://localhost")]
        [InlineData("http://localhost/")]
        [InlineData("https://localhost/path:50000")]
        [InlineData("http://host:")]
        [InlineData("http://host:/x")]
        [InlineData("http://[::1")]
        [InlineData("http://[::1]")]
        [InlineData("http://[::1]x:50000")]
        [InlineData("http://::1:50000")]
        [InlineData("http://:50000")]
        [InlineData("localhost:50000")]
        [InlineData("://localhost:50000")]
        [InlineData("1http://localhost:50000")]
        [InlineData("listening on http://localhost:50000")]
        [InlineData("http://localhost:5x000")]
        [InlineData("http://localhost:-1")]
        [InlineData("http://localhost:+1")]
        [InlineData("http://localhost:50 00")]
        public void NoPort(string text)
            => Assert.Empty(Find(text));

        [Fact]
        public void UnknownCharacterInPort_YieldsNothing()
            => Assert.Empty(Find("http://localhost:5" + UrlPortParser.Unknown));

        [Fact]
        public void UnknownHost_StillYieldsThePort()
        {
            var text = "http://" + UrlPortParser.Unknown + ":50000";
            AssertPort(Assert.Single(Find(text)), text, "50000", 50000, UrlPortParser.Unknown.ToString());
        }

        [Fact]
        public void UnknownScheme_YieldsNothing()
            => Assert.Empty(Find(UrlPortParser.Unknown + "://localhost:50000"));

        [Fact]
        public void AppendsToExistingList()
        {
            var ports = new List<UrlPort> { new UrlPort(0, 1, 1, "1", "x") };
            UrlPortParser.FindPorts("http://a:2", ports);
            Assert.Equal(2, ports.Count);
            Assert.Equal(2, ports[1].Value);
        }
    }
}
