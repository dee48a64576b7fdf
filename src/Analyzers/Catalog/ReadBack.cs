namespace PortLint.Catalog
{
    /// <summary>
    /// How the port a server actually bound is read back (the catalogue's column; the docs show <see cref="Text"/>). Where the
    /// port-0 fix can rewire the clients, the row also says when the server has bound and the expressions that read the port
    /// and the endpoint back, with <c>{0}</c> for the server.
    /// </summary>
    internal sealed class ReadBack
    {
        private ReadBack(string text, ReadBackServer server, string? boundAfter, string? port, string? endPoint)
        {
            Text = text;
            Server = server;
            BoundAfter = boundAfter;
            Port = port;
            EndPoint = endPoint;
        }

        /// <summary>As the docs write it.</summary>
        public string Text { get; }

        /// <summary>Which object is the server whose port is read back; <see cref="ReadBackServer.None"/>: the fix cannot read it back.</summary>
        public ReadBackServer Server { get; }

        /// <summary>The server's method after whose call the port is bound (<c>Start</c>); null: bound when the server is created or the sink called.</summary>
        public string? BoundAfter { get; }

        /// <summary>The expression that reads the bound port (an <c>int</c>), <c>{0}</c> for the server.</summary>
        public string? Port { get; }

        /// <summary>The expression that reads the bound <c>IPEndPoint</c>, <c>{0}</c> for the server; null where there is none.</summary>
        public string? EndPoint { get; }

        public bool CanRewire => Server != ReadBackServer.None && Port != null;

        /// <summary>Docs only: the port-0 fix does not read this one back (the clients are not rewired).</summary>
        public static ReadBack Described(string text) => new ReadBack(text, ReadBackServer.None, null, null, null);

        public static ReadBack Of(string text, ReadBackServer server, string? boundAfter, string port, string? endPoint = null)
            => new ReadBack(text, server, boundAfter, port, endPoint);

        public static implicit operator ReadBack(string text) => Described(text);

        public override string ToString() => Text;
    }

    /// <summary>Where the fix finds the server whose port it reads back.</summary>
    internal enum ReadBackServer
    {
        None,

        /// <summary>The object the sink creates or returns (<c>new TcpListener(…)</c>, <c>WireMockServer.Start(…)</c>), held in a local or field.</summary>
        Created,

        /// <summary>The receiver of the sink call (<c>socket.Bind(…)</c>).</summary>
        Receiver,

        /// <summary>The <c>WebApplication</c> of the method, started with <c>StartAsync</c> / <c>Start</c> after the site.</summary>
        WebApplication,
    }
}
