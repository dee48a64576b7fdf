namespace PortLint.Ranges
{
    /// <summary>What a fixed port at a server binding means.</summary>
    internal enum PortClassification
    {
        /// <summary>Nothing to report: outside the watched ranges, allow-listed, or port 0.</summary>
        None,

        /// <summary>Outside 0-65535 (PORT003).</summary>
        OutOfRange,

        /// <summary>In the dynamic range PORT001 watches.</summary>
        Dynamic,

        /// <summary>In Linux's ephemeral range PORT002 watches, outside PORT001's ranges.</summary>
        LinuxEphemeral,
    }
}
