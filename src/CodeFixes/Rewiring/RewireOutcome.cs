namespace PortLint.CodeFixes.Rewiring
{
    /// <summary>What the port-0 fix found of the program's other uses of the port.</summary>
    internal enum RewireOutcome
    {
        /// <summary>Nothing else in the project uses the port: changing the binding site is enough.</summary>
        NothingToRewire,

        /// <summary>Every use reaches the port read back from the bound server after the fix.</summary>
        Rewired,

        /// <summary>A use the fix cannot rewire safely: port 0 would break it, so configuration comes first.</summary>
        Unsafe,
    }
}
