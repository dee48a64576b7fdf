namespace PortLint.Ranges
{
    /// <summary>What a fixed port at a server binding means.</summary>
    internal enum PortClassification
    {
        /// <summary>Nothing to report: allow-listed, or port 0.</summary>
        None,

        /// <summary>Outside 0-65535 (PORT003).</summary>
        OutOfRange,

        /// <summary>In the dynamic range PORT001 watches.</summary>
        Dynamic,

        /// <summary>In Linux's ephemeral range PORT002 watches, outside PORT001's ranges.</summary>
        LinuxEphemeral,

        /// <summary>A port in 1-65535 outside the ranges PORT001 and PORT002 watch: PORT005 in test code, nothing elsewhere.</summary>
        Fixed,
    }
}
