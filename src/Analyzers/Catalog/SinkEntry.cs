using PortLint.Binding;

namespace PortLint.Catalog
{
    /// <summary>
    /// One row of the sink catalogue: a member of a type that binds a server, the parameter or property that carries what
    /// is bound, what that value is, what port 0 does there, how the bound port is read back, and how messages name it.
    /// Everything else (the text words, the syntax filter, the symbol table, the docs tables) is derived from the rows.
    /// </summary>
    internal sealed class SinkEntry
    {
        public SinkEntry(
            SinkLibrary library,
            string typeName,
            SinkMemberKind member,
            string memberName,
            string? parameter,
            BoundValueKind value,
            SinkFamily family,
            PortZeroSupport portZero,
            ReadBack readBack)
        {
            Library = library;
            TypeName = typeName;
            Member = member;
            MemberName = memberName;
            Parameter = parameter;
            Value = value;
            Family = family;
            PortZero = portZero;
            ReadBack = readBack;
        }

        public SinkLibrary Library { get; }

        /// <summary>The metadata name of the type that declares the member (<c>System.Net.Sockets.TcpListener</c>, <c>WebApplicationFactory`1</c>).</summary>
        public string TypeName { get; }

        public SinkMemberKind Member { get; }

        /// <summary>The method or property name; the type's simple name for constructors; <c>this[]</c> for an indexer.</summary>
        public string MemberName { get; }

        /// <summary>The parameter that carries the value (constructors and methods), by name; null for properties and indexers.</summary>
        public string? Parameter { get; }

        public BoundValueKind Value { get; }

        /// <summary>The API family written into diagnostics for the code fixes.</summary>
        public SinkFamily Family { get; }

        public PortZeroSupport PortZero { get; }

        /// <summary>How the port actually bound is read back after the server started (docs; the port-0 fix).</summary>
        public ReadBack ReadBack { get; }

        /// <summary>How messages name the API; null: derived from the symbol (<c>Type.Method(int, bool)</c>).</summary>
        public string? Display { get; private set; }

        /// <summary>For <see cref="BoundValueKind.Setting"/>: the parameter that holds the key; null for an indexer (its key).</summary>
        public string? KeyParameter { get; private set; }

        /// <summary>Overloads that have a parameter of this name connect rather than bind (<c>UdpClient(string hostname, int port)</c>).</summary>
        public string? ExceptWithParameter { get; private set; }

        /// <summary>A <c>bool</c> parameter that must be <c>false</c> (or omitted) for the value to be bound on the host (<c>assignRandomHostPort</c>).</summary>
        public string? RequiresFalse { get; private set; }

        /// <summary>
        /// Words one of which a compilation's sources contain wherever this entry can be called (<c>Kestrel</c> for Kestrel's
        /// <c>Listen</c>): the common member name is watched only in compilations that name one of them, in any file.
        /// </summary>
        public string[]? Gate { get; private set; }

        /// <summary>Whether <see cref="TypeName"/> is an interface whose implementations' members are sinks too.</summary>
        public bool MatchesImplementations { get; private set; }

        /// <summary>The host the API binds when no host is written (<c>localhost</c> for <c>ListenLocalhost</c>).</summary>
        public string? ImplicitHost { get; private set; }

        /// <summary>For <see cref="BoundValueKind.ConnectionString"/>: whether an address without <c>@</c> or <c>&gt;</c> is bound.</summary>
        public bool BindsByDefaultWithoutPrefix { get; private set; }

        public SinkEntry BindsByDefault()
        {
            BindsByDefaultWithoutPrefix = true;
            return this;
        }

        public SinkEntry OnHost(string host)
        {
            ImplicitHost = host;
            return this;
        }

        public SinkEntry WithDisplay(string display)
        {
            Display = display;
            return this;
        }

        /// <summary>For <see cref="BoundValueKind.Setting"/>: whether the keys are environment variables (<c>ASPNETCORE_URLS</c>) rather than configuration keys (<c>urls</c>).</summary>
        public bool KeysAreEnvironmentVariables { get; private set; }

        public SinkEntry WithKey(string? keyParameter, bool environmentVariables = false)
        {
            KeyParameter = keyParameter;
            KeysAreEnvironmentVariables = environmentVariables;
            return this;
        }

        public SinkEntry Except(string parameter)
        {
            ExceptWithParameter = parameter;
            return this;
        }

        public SinkEntry WhenFalse(string parameter)
        {
            RequiresFalse = parameter;
            return this;
        }

        public SinkEntry GatedBy(params string[] words)
        {
            Gate = words;
            return this;
        }

        public SinkEntry AndImplementations()
        {
            MatchesImplementations = true;
            return this;
        }

        /// <summary>Set for static methods that are not extension methods (the catalogue says so; the symbol confirms it).</summary>
        public bool IsStatic { get; private set; }

        public SinkEntry Static()
        {
            IsStatic = true;
            return this;
        }

        /// <summary>For an extension method: the type it extends, as the docs name it (<c>ISiloBuilder</c>).</summary>
        public string? Extends { get; private set; }

        public SinkEntry Extending(string type)
        {
            Extends = type;
            return this;
        }

        /// <summary>The type's simple name, as a call site writes it (<c>WebApplicationFactory</c> for <c>WebApplicationFactory`1</c>, <c>ServerPortCollection</c> for <c>Server+ServerPortCollection</c>).</summary>
        public string TypeSimpleName => SimpleName(TypeName.Substring(System.Math.Max(TypeName.LastIndexOf('.'), TypeName.LastIndexOf('+')) + 1));

        /// <summary>The type as the docs name it: a nested type with its containing type (<c>Server.ServerPortCollection</c>).</summary>
        public string TypeDisplayName => SimpleName(TypeName.Substring(TypeName.LastIndexOf('.') + 1)).Replace('+', '.');

        private static string SimpleName(string name)
        {
            var tick = name.IndexOf('`');
            return tick < 0 ? name : name.Substring(0, tick);
        }
    }
}
