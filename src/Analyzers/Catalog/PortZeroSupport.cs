namespace PortLint.Catalog
{
    /// <summary>What port 0 does at a sink.</summary>
    internal enum PortZeroSupport
    {
        /// <summary>The operating system (or the library) picks a free port.</summary>
        Accepted,

        /// <summary>Accepted, except on <c>localhost</c>, where Kestrel throws at startup (PORT004).</summary>
        RejectedOnLocalhost,

        /// <summary>The API has no port 0 (HttpListener, HTTP.sys): the fix reads the port from configuration instead.</summary>
        NotSupported,
    }
}
