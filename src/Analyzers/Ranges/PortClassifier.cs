using System.Globalization;
using PortLint.Options;

namespace PortLint.Ranges
{
    /// <summary>Classifies a fixed port under the options in effect and words the ranges it falls in for the message.</summary>
    internal static class PortClassifier
    {
        public static PortClassification Classify(long port, PortLintOptions options)
        {
            if (!PortNumbers.IsValid(port))
            {
                return PortClassification.OutOfRange;
            }

            if (options.AllowedPorts.Contains(port))
            {
                return PortClassification.None;
            }

            if (options.DynamicRanges.Contains(port))
            {
                return options.DynamicAllowedPorts.Contains(port) ? PortClassification.None : PortClassification.Dynamic;
            }

            if (options.LinuxEphemeralRanges.Contains(port))
            {
                return options.LinuxEphemeralAllowedPorts.Contains(port) ? PortClassification.None : PortClassification.LinuxEphemeral;
            }

            // A port in a watched range is that rule's even where allowed there; port 0 is no fixed port.
            return port == 0 || options.TestFixedAllowedPorts.Contains(port) ? PortClassification.None : PortClassification.Fixed;
        }

        /// <summary>
        /// The ranges <paramref name="port"/> falls in, e.g. "the dynamic range 49152-65535 (IANA, Windows, macOS) and Linux's
        /// ephemeral range 32768-60999; Windows often reserves 50000-50059 outright".
        /// </summary>
        public static string DescribeRanges(long port, PortClassification classification, PortLintOptions options)
        {
            string text;
            if (classification == PortClassification.Dynamic)
            {
                options.DynamicRanges.TryFind(port, out var range);
                text = IsSame(range, PortNumbers.IanaDynamic)
                    ? "the dynamic range 49152-65535 (IANA, Windows, macOS)"
                    : "the range " + range + " set in " + OptionKeys.DynamicRangePortRanges;
                if (PortNumbers.LinuxEphemeral.Contains(port))
                {
                    text += " and Linux's ephemeral range 32768-60999";
                }
            }
            else
            {
                options.LinuxEphemeralRanges.TryFind(port, out var range);
                text = IsSame(range, PortNumbers.LinuxEphemeral)
                    ? "Linux's ephemeral range 32768-60999"
                    : "the range " + range + " set in " + OptionKeys.LinuxEphemeralRangePortRanges;
            }

            if (PortNumbers.WindowsOftenReserved.Contains(port))
            {
                text += "; Windows often reserves 50000-50059 outright";
            }

            return text;
        }

        public static string Format(long port) => port.ToString(CultureInfo.InvariantCulture);

        private static bool IsSame(PortRange a, PortRange b) => a.First == b.First && a.Last == b.Last;
    }
}
