namespace PortLint.Rules
{
    /// <summary>Builds every help link from the one repository address.</summary>
    internal static class HelpLinks
    {
        /// <summary>Where the docs folder of the project's default branch is published.</summary>
        public const string DocsBaseAddress = "https://github.com/portlint/portlint/blob/main/docs/";

        /// <summary>The repository-relative path of a rule's reference page, e.g. <c>docs/rules/PORT001.md</c>.</summary>
        public static string RulePagePath(string ruleId) => "docs/rules/" + ruleId + ".md";

        public static string ForRule(string ruleId) => DocsBaseAddress + "rules/" + ruleId + ".md";
    }
}
