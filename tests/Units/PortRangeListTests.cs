using System.Linq;
using PortLint.Ranges;
using Xunit;

namespace PortLint.Tests.Units
{
    /// <summary><see cref="PortRangeList.TryParse"/> and the queries on the parsed list.</summary>
    public sealed class PortRangeListTests
    {
        private static PortRangeList Parse(string text)
        {
            Assert.True(PortRangeList.TryParse(text, out var list), "should parse: " + text);
            return list;
        }

        private static string Ranges(PortRangeList list)
            => string.Join(" ", list.Ranges.Select(r => r.First + ".." + r.Last));

        [Theory]
        [InlineData("49152-65535", "49152..65535")]
        [InlineData("50051", "50051..50051")]
        [InlineData("5000, 50051, 60000-60100", "5000..5000 50051..50051 60000..60100")]
        [InlineData("  5000 ,50051  ", "5000..5000 50051..50051")]
        [InlineData("60000 - 60100", "60000..60100")]
        [InlineData("0", "0..0")]
        [InlineData("0-65535", "0..65535")]
        [InlineData("65535", "65535..65535")]
        [InlineData("7-7", "7..7")]
        [InlineData("60000-60100,50000-50010", "60000..60100 50000..50010")]
        public void Valid(string text, string expected)
            => Assert.Equal(expected, Ranges(Parse(text)));

        [Theory]
        [InlineData("none")]
        [InlineData("NONE")]
        [InlineData("  None ")]
        public void None_IsAValidEmptyList(string text)
        {
            var list = Parse(text);
            Assert.True(list.IsEmpty);
            Assert.False(list.Contains(0));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData(",")]
        [InlineData("5000,")]
        [InlineData(",5000")]
        [InlineData("5000,,6000")]
        [InlineData("abc")]
        [InlineData("5000;6000")]
        [InlineData("65536")]
        [InlineData("99999999999")]
        [InlineData("-1")]
        [InlineData("-")]
        [InlineData("5000-")]
        [InlineData("-5000")]
        [InlineData("6000-5000")]
        [InlineData("1-2-3")]
        [InlineData("0-65536")]
        [InlineData("+5000")]
        [InlineData("5 000")]
        [InlineData("0x50")]
        [InlineData("none,5000")]
        public void Malformed_ReturnsFalseAndEmpty(string? text)
        {
            Assert.False(PortRangeList.TryParse(text, out var list));
            Assert.True(list.IsEmpty);
        }

        [Fact]
        public void Contains_IsInclusiveAtBothEnds()
        {
            var list = Parse("100-200, 300");
            Assert.False(list.Contains(99));
            Assert.True(list.Contains(100));
            Assert.True(list.Contains(150));
            Assert.True(list.Contains(200));
            Assert.False(list.Contains(201));
            Assert.True(list.Contains(300));
            Assert.False(list.Contains(301));
            Assert.False(list.Contains(-100));
        }

        [Fact]
        public void TryFind_ReturnsTheFirstRangeHoldingThePort()
        {
            var list = Parse("100-200, 150-160");
            Assert.True(list.TryFind(155, out var found));
            Assert.Equal(100, found.First);
            Assert.Equal(200, found.Last);
            Assert.False(list.TryFind(201, out _));
        }

        [Fact]
        public void ToString_RoundTrips()
        {
            var list = Parse("5000,  60000 - 60100");
            Assert.Equal("5000, 60000-60100", list.ToString());
            Assert.Equal(Ranges(list), Ranges(Parse(list.ToString())));
        }
    }
}
