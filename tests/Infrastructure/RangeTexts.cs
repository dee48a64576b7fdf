namespace PortLint.Tests.Infrastructure
{
    /// <summary>How PORT001/PORT002/PORT006 messages word the default ranges (the <c>{2}</c> argument), for the rule tests.</summary>
    internal static class RangeTexts
    {
        public const string Dynamic = "the dynamic range 49152-65535 (IANA, Windows, macOS)";
        public const string Both = Dynamic + " and Linux's ephemeral range 32768-60999";
        public const string Linux = "Linux's ephemeral range 32768-60999";
        public const string WindowsBlock = "; Windows often reserves 50000-50059 outright";
    }
}
