using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using PortLint.Catalog;

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

        /// <summary>
        /// Read from the references' names first (<see cref="ReferencedLibraries.NameOf"/>), which loads nothing;
        /// <see cref="Compilation.ReferencedAssemblyNames"/>, which loads every reference's assembly symbol, only when a
        /// reference's name cannot be told.
        /// </summary>
        public static bool AreReferencedBy(Compilation compilation)
        {
            var unknown = false;
            foreach (var reference in compilation.ExternalReferences)
            {
                // Kept per reference, as ReferencedLibraries does: Unknown, No or Yes.
                var verdict = Verdicts.GetValue(reference, Judge);
                if (verdict == Unknown)
                {
                    unknown = true;
                }
                else if (verdict == Yes)
                {
                    return true;
                }
            }

            if (unknown)
            {
                foreach (var identity in compilation.ReferencedAssemblyNames)
                {
                    if (IsFramework(identity.Name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static readonly object Unknown = new object();
        private static readonly object No = new object();
        private static readonly object Yes = new object();
        private static readonly ConditionalWeakTable<MetadataReference, object> Verdicts = new ConditionalWeakTable<MetadataReference, object>();

        private static readonly ConditionalWeakTable<MetadataReference, object>.CreateValueCallback Judge = reference =>
            ReferencedLibraries.NameOf(reference) is { } name ? (IsFramework(name) ? Yes : No) : Unknown;

        private static bool IsFramework(string assemblyName)
        {
            foreach (var name in AssemblyNames)
            {
                if (string.Equals(assemblyName, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
