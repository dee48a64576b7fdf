using System;
using Microsoft.CodeAnalysis;

namespace PortLint.Rules
{
    /// <summary>
    /// Recognizes test code: a compilation that references the assemblies of xunit (v2 or v3), NUnit, MSTest or TUnit. PORT005
    /// reports only there, and the code fixes offer "Use port 0" first there.
    /// </summary>
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
            "TUnit.Core",
        };

        public static bool AreReferencedBy(Compilation compilation)
        {
            foreach (var identity in compilation.ReferencedAssemblyNames)
            {
                foreach (var name in AssemblyNames)
                {
                    if (string.Equals(identity.Name, name, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
