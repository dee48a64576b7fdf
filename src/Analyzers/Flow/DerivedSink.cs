using Microsoft.CodeAnalysis;
using PortLint.Catalog;

namespace PortLint.Flow
{
    /// <summary>
    /// One parameter of the project's own method, constructor or local function that reaches a catalogued API unchanged (or
    /// shifted by a constant), directly or through further own methods: a constant passed for it is reported where it is passed.
    /// </summary>
    internal sealed class DerivedSink
    {
        public DerivedSink(IMethodSymbol method, IParameterSymbol parameter, SinkRow row, BoundValueKind kind, long offset, string? host, bool inUrl, string path, int depth)
        {
            Method = method;
            Parameter = parameter;
            Row = row;
            Kind = kind;
            Offset = offset;
            Host = host;
            InUrl = inUrl;
            Path = path;
            Depth = depth;
        }

        /// <summary>The method (original definition) whose parameter it is.</summary>
        public IMethodSymbol Method { get; }

        /// <summary>The parameter (original definition).</summary>
        public IParameterSymbol Parameter { get; }

        public int Ordinal => Parameter.Ordinal;

        /// <summary>The catalogued API the value reaches at the end of the path.</summary>
        public SinkRow Row { get; }

        /// <summary>What the parameter is at the catalogued API: a port, a URL, a port list, a connection string.</summary>
        public BoundValueKind Kind { get; }

        /// <summary>What the path adds to a port (<c>port + 1</c>); 0 for every other kind.</summary>
        public long Offset { get; }

        /// <summary>
        /// The URL's host when the parameter is the port of a URL (<c>$"http://127.0.0.1:{port}"</c>); null otherwise, or when the
        /// host is not known.
        /// </summary>
        public string? Host { get; }

        /// <summary>Whether the parameter is the port inside a URL (then <see cref="Host"/> may be known).</summary>
        public bool InUrl { get; }

        /// <summary>The message's API text: this method, the own methods after it, then the catalogued API.</summary>
        public string Path { get; }

        /// <summary>1 for a parameter passed straight to the catalogued API, one more for every own method in between.</summary>
        public int Depth { get; }
    }
}
