using System;

namespace PortLint.Catalog
{
    /// <summary>
    /// The host settings that bind servers, by key: <c>urls</c> (a <c>;</c>-separated URL list), <c>http_ports</c> and
    /// <c>https_ports</c> (<c>;</c>-separated ports, .NET 8+), and <c>Kestrel:Endpoints:&lt;name&gt;:Url</c>. Keys are matched
    /// without regard to case, as .NET configuration does; an environment variable is the key with an <c>ASPNETCORE_</c> or
    /// <c>DOTNET_</c> prefix and <c>__</c> for <c>:</c>. Read by the rules on C# code (<c>UseSetting</c>, configuration writes,
    /// environment variables) and by PORT006 in appsettings.json and launchSettings.json.
    /// </summary>
    internal static class SettingKeys
    {
        private const StringComparison KeyComparison = StringComparison.OrdinalIgnoreCase;

        /// <summary>The static readonly fields that hold the keys (they have no compile-time value): type, field, key.</summary>
        public static readonly (string Type, string Field, string Key)[] KeyFields =
        {
            ("Microsoft.AspNetCore.Hosting.WebHostDefaults", "ServerUrlsKey", "urls"),
            ("Microsoft.AspNetCore.Hosting.WebHostDefaults", "HttpPortsKey", "http_ports"),
            ("Microsoft.AspNetCore.Hosting.WebHostDefaults", "HttpsPortsKey", "https_ports"),
        };

        /// <summary>
        /// Words a file that writes one of the keys contains, chosen to start with characters that are rare in C# text so the scan
        /// stops seldom: a configuration key as a string literal (<c>"urls"</c>, <c>"http_ports"</c>, <c>"Kestrel:…"</c>, with its
        /// quote), an environment variable in capitals (<c>ASPNETCORE_URLS</c>, <c>DOTNET_HTTPS_PORTS</c>), and the key fields' names.
        /// </summary>
        public static readonly string[] Words =
        {
            "\"urls\"", "\"Urls\"", "URLS", "\"http_ports\"", "\"https_ports\"", "HTTP_PORTS", "HTTPS_PORTS", "\"Kestrel", "\"kestrel", "Kestrel__", "KESTREL__",
            "UrlsKey", "PortsKey",
        };

        /// <summary>
        /// Shorter words the text check looks for instead of several of <see cref="Words"/>: each is part of the words it stands
        /// for, so a file that has one of those has it too (the scanner drops a word that contains another), and the key
        /// words cost three passes fewer over a file that has none of them (most files). Only the pass or fail of a file's
        /// text check uses them; the sites are still found from <see cref="Words"/>.
        /// </summary>
        public static readonly string[] TextCovers = { "Kestrel", "_ports\"", "_PORTS" };

        /// <summary>Whether the name at <paramref name="start"/> of <paramref name="content"/> is one of the <see cref="KeyFields"/>, without allocating.</summary>
        public static bool IsKeyField(string content, int start, int length)
        {
            foreach (var field in KeyFields)
            {
                if (field.Field.Length == length && string.CompareOrdinal(content, start, field.Field, 0, length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="name"/> is the name of one of the <see cref="KeyFields"/>.</summary>
        public static bool IsKeyField(string name) => IsKeyField(name, 0, name.Length);

        /// <summary>What the value of configuration key <paramref name="key"/> is, or null when the key binds nothing.</summary>
        public static BoundValueKind? Classify(string key)
        {
            if (string.Equals(key, "urls", KeyComparison))
            {
                return BoundValueKind.UrlList;
            }

            if (string.Equals(key, "http_ports", KeyComparison) || string.Equals(key, "https_ports", KeyComparison))
            {
                return BoundValueKind.PortList;
            }

            // Kestrel:Endpoints:<name>:Url
            var parts = key.Split(':');
            if (parts.Length == 4
                && string.Equals(parts[0], "Kestrel", KeyComparison)
                && string.Equals(parts[1], "Endpoints", KeyComparison)
                && parts[2].Length > 0
                && string.Equals(parts[3], "Url", KeyComparison))
            {
                return BoundValueKind.Url;
            }

            return null;
        }

        /// <summary>What the value of environment variable <paramref name="name"/> is (<c>ASPNETCORE_URLS</c>, <c>DOTNET_HTTP_PORTS</c>, <c>ASPNETCORE_Kestrel__Endpoints__Http__Url</c>).</summary>
        public static BoundValueKind? ClassifyEnvironmentVariable(string name)
        {
            foreach (var prefix in new[] { "ASPNETCORE_", "DOTNET_" })
            {
                if (name.Length > prefix.Length && name.StartsWith(prefix, KeyComparison))
                {
                    return Classify(name.Substring(prefix.Length).Replace("__", ":"));
                }
            }

            return null;
        }
    }
}
