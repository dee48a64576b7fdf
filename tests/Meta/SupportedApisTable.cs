using System.Collections.Generic;
using System.Linq;
using System.Text;
using PortLint.Catalog;

namespace PortLint.Tests.Meta
{
    /// <summary>
    /// Renders the supported-API tables of docs/supported-apis.md and the README from the sink catalogue, so the docs say what
    /// the code does (<see cref="SupportedApisDocsTests"/> fails when a checked-in copy is stale).
    /// </summary>
    internal static class SupportedApisTable
    {
        public const string Start = "<!-- supported-apis:start -->";
        public const string End = "<!-- supported-apis:end -->";

        /// <summary>The full table: one row per entry.</summary>
        public static string Full()
        {
            var text = new StringBuilder();
            foreach (var library in SinkLibraries.All)
            {
                var entries = SinkCatalog.BuiltIn.Where(e => e.Library == library).ToList();
                if (entries.Count == 0)
                {
                    continue;
                }

                text.Append("### ").Append(library.Name).Append(" (").Append(library.Package).Append(")\n\n");
                text.Append("| API | Bound value | What it is | Port 0 | Bound port read back |\n");
                text.Append("|-----|-------------|------------|--------|----------------------|\n");
                foreach (var entry in entries)
                {
                    text.Append("| `").Append(Api(entry)).Append("` | ").Append(Carrier(entry)).Append(" | ").Append(Value(entry))
                        .Append(" | ").Append(PortZero(entry.PortZero)).Append(" | ").Append(Code(entry.ReadBack.Text)).Append(" |\n");
                }

                text.Append('\n');
            }

            return text.ToString().TrimEnd('\n') + "\n";
        }

        /// <summary>The README's summary: per library, the APIs it covers.</summary>
        public static string Summary()
        {
            var text = new StringBuilder();
            text.Append("| Library | APIs |\n|---------|------|\n");
            foreach (var library in SinkLibraries.All)
            {
                var apis = SinkCatalog.BuiltIn.Where(e => e.Library == library).Select(Api).Distinct().Select(a => "`" + a + "`").ToList();
                if (apis.Count != 0)
                {
                    text.Append("| ").Append(library.Name).Append(" | ").Append(string.Join(", ", apis)).Append(" |\n");
                }
            }

            return text.ToString();
        }

        /// <summary>Replaces the text between the markers of <paramref name="document"/> with <paramref name="table"/>.</summary>
        public static string Splice(string document, string table)
        {
            var start = document.IndexOf(Start, System.StringComparison.Ordinal);
            var end = document.IndexOf(End, System.StringComparison.Ordinal);
            if (start < 0 || end < start)
            {
                throw new System.InvalidOperationException("the supported-apis markers are missing");
            }

            return document.Substring(0, start + Start.Length) + "\n" + table + document.Substring(end);
        }

        private static string Api(SinkEntry entry)
        {
            var type = entry.Extends ?? entry.TypeDisplayName;
            switch (entry.Member)
            {
                case SinkMemberKind.Constructor:
                    return "new " + type + "(…)";
                case SinkMemberKind.Property:
                    return type + "." + entry.MemberName;
                case SinkMemberKind.CollectionAdd:
                    return type + "." + entry.MemberName + ".Add(…)";
                case SinkMemberKind.Indexer:
                    return type + "[key] = …";
                default:
                    return type + "." + entry.MemberName + "(…)";
            }
        }

        private static string Carrier(SinkEntry entry)
        {
            var carrier = entry.Parameter != null ? "`" + entry.Parameter + "`" : entry.Member == SinkMemberKind.Indexer ? "the value" : entry.Member == SinkMemberKind.CollectionAdd ? "the added item" : "the assigned value";
            var notes = new List<string>();
            if (entry.KeyParameter != null)
            {
                notes.Add("key `" + entry.KeyParameter + "`");
            }

            if (entry.RequiresFalse != null)
            {
                notes.Add("when `" + entry.RequiresFalse + "` is false");
            }

            if (entry.ExceptWithParameter != null)
            {
                notes.Add("not the overloads with `" + entry.ExceptWithParameter + "`");
            }

            if (entry.Member == SinkMemberKind.Factory)
            {
                notes.Add("where the result is bound");
            }

            return notes.Count == 0 ? carrier : carrier + " (" + string.Join("; ", notes) + ")";
        }

        private static string Value(SinkEntry entry) => entry.Value switch
        {
            BoundValueKind.Port => "port",
            BoundValueKind.EndPoint => "endpoint",
            BoundValueKind.Url => "URL",
            BoundValueKind.UrlList => "URL list",
            BoundValueKind.Address => "address (`tcp://host:port`)",
            BoundValueKind.ConnectionString => entry.BindsByDefaultWithoutPrefix ? "connection string (binds unless `>`)" : "connection string (binds with `@`)",
            BoundValueKind.PortList => "port list (`\"8080;8443\"`)",
            BoundValueKind.Setting => entry.KeysAreEnvironmentVariables ? "setting: the variable decides" : "setting: the key decides",
            BoundValueKind.Settings => "settings: each key decides",
            _ => entry.Value.ToString(),
        };

        private static string PortZero(PortZeroSupport support) => support switch
        {
            PortZeroSupport.Accepted => "accepted",
            PortZeroSupport.RejectedOnLocalhost => "accepted, not on `localhost`",
            _ => "not supported",
        };

        private static string Code(string text) => text.StartsWith("none", System.StringComparison.Ordinal) ? text : "`" + text + "`";
    }
}
