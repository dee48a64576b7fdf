using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PortLint.Tests.Infrastructure
{
    /// <summary>The test frameworks a test compilation can reference, so that it is test code (PORT005, "Use port 0" first).</summary>
    internal enum TestFramework
    {
        Xunit,
        NUnit,
        MSTest,
        TUnit,
    }

    /// <summary>
    /// A reference that makes a compilation test code: xunit's own xunit.core, or an empty assembly with the name of NUnit's,
    /// MSTest's or TUnit's framework assembly (PortLint recognizes them by name, see <c>TestFrameworks</c>).
    /// </summary>
    internal static class TestFrameworkReferences
    {
        public static MetadataReference For(TestFramework framework) => framework switch
        {
            TestFramework.Xunit => MetadataReference.CreateFromFile(typeof(Xunit.FactAttribute).Assembly.Location),
            TestFramework.NUnit => Named("nunit.framework"),
            TestFramework.MSTest => Named("Microsoft.VisualStudio.TestPlatform.TestFramework"),
            TestFramework.TUnit => Named("TUnit.Core"),
            _ => throw new ArgumentOutOfRangeException(nameof(framework)),
        };

        /// <summary>An empty assembly named <paramref name="assemblyName"/>, emitted to an image (a workspace takes no compilation references).</summary>
        private static MetadataReference Named(string assemblyName)
        {
            var compilation = CSharpCompilation.Create(
                assemblyName,
                references: new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
                options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            if (!result.Success)
            {
                throw new InvalidOperationException("could not emit " + assemblyName);
            }

            return MetadataReference.CreateFromImage(image.ToArray(), filePath: assemblyName + ".dll");
        }
    }
}
