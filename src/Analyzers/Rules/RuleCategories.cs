namespace PortLint.Rules
{
    internal static class RuleCategories
    {
        public const string Reliability = "Reliability";
    }
}
