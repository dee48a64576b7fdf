using Microsoft.CodeAnalysis;

namespace PortLint.CodeFixes
{
    /// <summary>Recognizes test code: a compilation that references the assemblies of xunit, NUnit or MSTest.</summary>
    internal static class TestFrameworks
    {
        private static readonly string[] AssemblyNames =
        {
            "xunit.core",
            "xunit.assert",
            "xunit.v3.core",
            "xunit.v3.assert",
            "nunit.framework",
            "Microsoft.VisualStudio.TestPlatform.TestFramework",
        };

        public static bool AreReferencedBy(Compilation compilation)
        {
            foreach (var identity in compilation.ReferencedAssemblyNames)
            {
                foreach (var name in AssemblyNames)
                {
                    if (string.Equals(identity.Name, name, System.StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
