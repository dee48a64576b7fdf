namespace PortLint.Binding
{
    /// <summary>What the binding argument of a sink carries.</summary>
    internal enum SinkKind
    {
        /// <summary>An <c>int</c> port.</summary>
        Port,

        /// <summary>An <c>IPEndPoint</c> (or <c>EndPoint</c>) whose port is bound.</summary>
        EndPoint,

        /// <summary>One URL, or a <c>;</c>-separated list of URLs.</summary>
        Url,

        /// <summary>A <c>params string[]</c> of URLs.</summary>
        Urls,

        /// <summary>A configuration value: URLs only when the key argument is <c>"urls"</c>.</summary>
        UrlSetting,
    }
}
