namespace PortLint.Catalog
{
    /// <summary>What the value a sink binds is, which decides how its ports are read.</summary>
    internal enum BoundValueKind
    {
        /// <summary>An integral port (<c>int</c>, <c>int?</c>).</summary>
        Port,

        /// <summary>An <c>IPEndPoint</c> (or <c>EndPoint</c>) whose port is bound.</summary>
        EndPoint,

        /// <summary>One URL (a <c>;</c>-separated list is read too).</summary>
        Url,

        /// <summary>A list of URLs: <c>params string[]</c>, a <c>string[]</c>, or one <c>;</c>-separated string.</summary>
        UrlList,

        /// <summary>A transport address: <c>tcp://host:port</c>.</summary>
        Address,

        /// <summary>
        /// A NetMQ connection string: <c>,</c>-separated addresses, each bound when it starts with <c>@</c>, connected to with
        /// <c>&gt;</c>, and without a prefix bound or connected as the socket does by default (<see cref="SinkEntry.BindsByDefaultWithoutPrefix"/>).
        /// </summary>
        ConnectionString,

        /// <summary>A string of <c>;</c>-separated ports (<c>"8080;8443"</c>) or one port as text (<c>"8080"</c>).</summary>
        PortList,

        /// <summary>A setting whose key (another parameter, or the indexer's key) decides what the value is (<see cref="SettingKeys"/>).</summary>
        Setting,

        /// <summary>A collection of settings (<c>AddInMemoryCollection(new Dictionary&lt;string, string?&gt; { ["urls"] = url })</c>).</summary>
        Settings,
    }
}
