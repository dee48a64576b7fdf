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
    }
}
