namespace PortLint.Catalog
{
    /// <summary>Which member of a catalogued type carries what is bound.</summary>
    internal enum SinkMemberKind
    {
        /// <summary>A constructor; the entry's parameter carries the value.</summary>
        Constructor,

        /// <summary>A method (instance, static or extension); the entry's parameter carries the value.</summary>
        Method,

        /// <summary>A settable property (object initializers and assignments); the assigned value is bound.</summary>
        Property,

        /// <summary>A collection-valued property whose <c>Add(value)</c> binds (<c>app.Urls.Add(url)</c>).</summary>
        CollectionAdd,

        /// <summary>
        /// A static method that makes the value another entry binds, with the port among its parameters
        /// (<c>UrlPrefix.Create(scheme, host, port, path)</c> added to <c>UrlPrefixes</c>): looked at only where that value is bound.
        /// </summary>
        Factory,

        /// <summary>A settable indexer whose key decides what the value is (<c>configuration["urls"] = url</c>).</summary>
        Indexer,
    }
}
