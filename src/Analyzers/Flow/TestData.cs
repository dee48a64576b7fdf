using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PortLint.Flow
{
    /// <summary>
    /// The test frameworks' data rows, which feed a theory's parameters: xunit <c>[InlineData(...)]</c>, NUnit
    /// <c>[TestCase(...)]</c>, MSTest <c>[DataRow(...)]</c>, TUnit <c>[Arguments(...)]</c>. Their positional arguments are the
    /// parameters' values in order.
    /// </summary>
    internal static class TestData
    {
        public static bool IsDataRow(INamedTypeSymbol? attribute)
        {
            if (attribute is null)
            {
                return false;
            }

            switch (attribute.Name)
            {
                case "InlineDataAttribute":
                    return IsIn(attribute.ContainingNamespace, "Xunit", null);
                case "TestCaseAttribute":
                    return IsIn(attribute.ContainingNamespace, "Framework", "NUnit");
                case "DataRowAttribute":
                    return IsIn(attribute.ContainingNamespace, "UnitTesting", "TestTools");
                case "ArgumentsAttribute":
                    return IsIn(attribute.ContainingNamespace, "Core", "TUnit");
                default:
                    return false;
            }
        }

        /// <summary>The expression of the <paramref name="ordinal"/>-th positional argument (named ones set the attribute's properties).</summary>
        public static ExpressionSyntax? ValueFor(AttributeArgumentListSyntax arguments, int ordinal)
        {
            var position = 0;
            foreach (var argument in arguments.Arguments)
            {
                if (argument.NameEquals != null || argument.NameColon != null)
                {
                    continue;
                }

                if (position++ == ordinal)
                {
                    return argument.Expression;
                }
            }

            return null;
        }

        private static bool IsIn(INamespaceSymbol? ns, string name, string? parent)
            => ns != null && ns.Name == name && (parent is null ? ns.ContainingNamespace?.IsGlobalNamespace == true : ns.ContainingNamespace?.Name == parent);
    }
}
