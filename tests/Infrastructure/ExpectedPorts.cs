using Microsoft.CodeAnalysis.Testing;
using PortLint.Rules;

namespace PortLint.Tests.Infrastructure
{
    /// <summary>The expected PORT001/PORT002 results of the rule tests: a marked location, the port, the API as messages name it, the ranges.</summary>
    internal static class ExpectedPorts
    {
        public static DiagnosticResult Port001(int location, string port, string api, string ranges = RangeTexts.Both)
            => new DiagnosticResult(Descriptors.DynamicRangePort).WithLocation(location).WithArguments(port, api, ranges);

        public static DiagnosticResult Port002(int location, string port, string api)
            => new DiagnosticResult(Descriptors.LinuxEphemeralRangePort).WithLocation(location).WithArguments(port, api, RangeTexts.Linux);
    }
}
