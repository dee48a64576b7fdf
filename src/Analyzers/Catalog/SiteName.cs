using System.Collections.Generic;

namespace PortLint.Catalog
{
    /// <summary>What a name can be at a call site, over every active catalogue entry with that name.</summary>
    internal sealed class SiteName
    {
        /// <summary>Values an instance or extension method of this name binds.</summary>
        public ValueShapes Call { get; set; }

        /// <summary>Values a static method of this name binds, called on one of <see cref="StaticTypes"/> (or imported with <c>using static</c>).</summary>
        public ValueShapes StaticCall { get; set; }

        /// <summary>Simple names of the types whose static methods have this name.</summary>
        public HashSet<string> StaticTypes { get; } = new HashSet<string>(System.StringComparer.Ordinal);

        /// <summary>
        /// The last segment of the namespace of each catalogued type of this name (<c>Sockets</c> for <c>TcpListener</c>): a
        /// qualified name whose qualifier ends otherwise (<c>new Fakes.TcpListener(...)</c>) is another type.
        /// </summary>
        public HashSet<string> Namespaces { get; } = new HashSet<string>(System.StringComparer.Ordinal);

        /// <summary>Values a constructor of the type of this name binds.</summary>
        public ValueShapes Creation { get; set; }

        /// <summary>Values a settable property of this name binds.</summary>
        public ValueShapes Property { get; set; }

        /// <summary>
        /// For a gated common name (<c>Listen</c>, <c>Run</c>): the simple names of the types whose instance methods of this name
        /// bind. A receiver declared nearby with another type is no such call (<c>FakeServer server; server.Run(url)</c>).
        /// </summary>
        public HashSet<string>? ReceiverTypes { get; set; }

        /// <summary>Whether some row of this name takes any receiver (an extension method, an interface's implementations, another type).</summary>
        public bool AnyReceiver { get; set; }

        /// <summary>Whether an API of this name rejects port 0 on localhost (Kestrel): only there is port 0 in a URL something to report (PORT004).</summary>
        public bool PortZeroMatters { get; set; }

        /// <summary>Whether such an API binds a port number on localhost without naming the host (<c>ListenLocalhost(0)</c>).</summary>
        public bool PortZeroNumberMatters { get; set; }

        /// <summary>Whether this is a collection-valued property whose <c>Add</c> binds.</summary>
        public bool Collection { get; set; }

        /// <summary>Whether the name binds only as a method (called without arguments, <c>app.Run()</c>, it is no site).</summary>
        public bool OnlyCalls => (StaticCall != ValueShapes.None || Call != ValueShapes.None) && Creation == ValueShapes.None
            && Property == ValueShapes.None && !Collection;

        /// <summary>
        /// Whether the name binds only as a static method of <see cref="StaticTypes"/> (<c>TcpListener.Create</c>,
        /// <c>WebHost.Start</c>): called on another receiver (<c>Request.Create()</c>, <c>timer.Start()</c>) it is no site.
        /// </summary>
        public bool OnlyStaticCalls => StaticCall != ValueShapes.None && Call == ValueShapes.None && Creation == ValueShapes.None
            && Property == ValueShapes.None && !Collection && ReceiverTypes is null && !AnyReceiver;
    }
}
