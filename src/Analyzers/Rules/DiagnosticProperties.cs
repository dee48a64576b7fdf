namespace PortLint.Rules
{
    /// <summary>The keys of the properties every binding diagnostic carries for the code fixes.</summary>
    internal static class DiagnosticProperties
    {
        /// <summary>The <see cref="Binding.SinkFamily"/> name of the API that binds.</summary>
        public const string Sink = "PortLint.Sink";

        /// <summary>The <see cref="Catalog.PortZeroSupport"/> name of the API: what port 0 does there.</summary>
        public const string PortZero = "PortLint.PortZero";

        /// <summary>The port as written (digits of a URL) or as its value.</summary>
        public const string Port = "PortLint.Port";

        /// <summary>"true" when the port sits inside a URL string.</summary>
        public const string InUrl = "PortLint.InUrl";

        /// <summary>The URL's host, as written.</summary>
        public const string Host = "PortLint.Host";

        /// <summary>
        /// "true" when the port reaches the API through the project's own methods (a derived sink, see <c>FlowSummary</c>): the
        /// fix cannot see the server bind, so it reads the port from configuration first.
        /// </summary>
        public const string Through = "PortLint.Through";
    }
}
