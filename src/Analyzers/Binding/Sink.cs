namespace PortLint.Binding
{
    /// <summary>A server-binding API and the parameter that carries what it binds.</summary>
    internal sealed class Sink
    {
        public Sink(SinkKind kind, SinkFamily family, int parameterOrdinal, string display)
        {
            Kind = kind;
            Family = family;
            ParameterOrdinal = parameterOrdinal;
            Display = display;
        }

        public SinkKind Kind { get; }

        public SinkFamily Family { get; }

        /// <summary>The ordinal of the bound parameter (for extension methods, counting the <c>this</c> parameter).</summary>
        public int ParameterOrdinal { get; }

        /// <summary>How messages name the API, e.g. <c>TcpListener(IPAddress, int)</c>.</summary>
        public string Display { get; }

        /// <summary>Whether Kestrel serves the binding (port 0 on localhost throws there).</summary>
        public bool IsKestrel => Family == SinkFamily.KestrelListen || Family == SinkFamily.KestrelListenLocalhost
            || Family == SinkFamily.KestrelListenAnyIP || Family == SinkFamily.AspNetCoreUrl;
    }
}
