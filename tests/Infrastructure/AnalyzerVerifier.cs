using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PortLint.Tests.Infrastructure
{
    /// <summary>Runs an analyzer over C# sources with the Testing library's markup (<c>{|#0:...|}</c>).</summary>
    internal static class AnalyzerVerifier<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new DiagnosticResult(descriptor);

        public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
            => VerifyAsync(source, editorConfig: null, expected);

        public static Task VerifyAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
            => VerifyAsync(source, editorConfig, configure: null, expected);

        /// <summary>
        /// Like the other overloads, with <paramref name="configure"/> run on the test last (output kind, compiler
        /// diagnostics, extra or renamed sources).
        /// </summary>
        public static async Task VerifyAsync(string source, string? editorConfig, Action<Test>? configure, params DiagnosticResult[] expected)
        {
            var test = new Test { TestCode = source };
            await TestReferences.AddToAsync(test);
            if (editorConfig != null)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            configure?.Invoke(test);
            await test.RunAsync(CancellationToken.None);
        }

        public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            public Test()
            {
                ReferenceAssemblies = TestReferences.Net80;
            }
        }
    }
}
