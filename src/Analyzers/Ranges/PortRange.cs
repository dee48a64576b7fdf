namespace PortLint.Ranges
{
    /// <summary>An inclusive range of port numbers.</summary>
    internal readonly struct PortRange
    {
        public PortRange(int first, int last)
        {
            First = first;
            Last = last;
        }

        public int First { get; }

        public int Last { get; }

        public bool Contains(long port) => port >= First && port <= Last;

        public override string ToString() => First == Last ? First.ToString(System.Globalization.CultureInfo.InvariantCulture) : First + "-" + Last;
    }
}
