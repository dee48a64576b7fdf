using System;
using System.Collections.Generic;
using PortLint.Catalog;
using PortLint.Json;
using PortLint.Urls;

namespace PortLint.ConfigFiles
{
    /// <summary>
    /// Finds the fixed ports a launchSettings.json or appsettings*.json sets for the app to listen on. Names are matched
    /// without regard to case, as .NET configuration keys are. Port 0 and values that are not plain ports are skipped.
    /// </summary>
    internal static class ConfigFilePortFinder
    {
        private const StringComparison KeyComparison = StringComparison.OrdinalIgnoreCase;

        public static void Find(JsonNode root, ConfigFileKind kind, List<ConfigPort> ports)
        {
            if (root.Kind != JsonKind.Object)
            {
                return;
            }

            if (kind == ConfigFileKind.LaunchSettings)
            {
                FindInLaunchSettings(root, ports);
            }
            else if (kind == ConfigFileKind.AppSettings)
            {
                FindInAppSettings(root, new List<string>(), ports);
            }
        }

        private static void FindInLaunchSettings(JsonNode root, List<ConfigPort> ports)
        {
            foreach (var section in root.Properties)
            {
                if (Is(section, "profiles", JsonKind.Object))
                {
                    foreach (var profile in section.Value.Properties)
                    {
                        if (profile.Value.Kind == JsonKind.Object)
                        {
                            FindInProfile(profile, ports);
                        }
                    }
                }
                else if (Is(section, "iisSettings", JsonKind.Object))
                {
                    foreach (var server in section.Value.Properties)
                    {
                        if (!Is(server, "iisExpress", JsonKind.Object))
                        {
                            continue;
                        }

                        foreach (var setting in server.Value.Properties)
                        {
                            var key = section.Name + "." + server.Name + "." + setting.Name;
                            if (Is(setting, "applicationUrl"))
                            {
                                AddUrlPorts(setting.Value, key, ports);
                            }
                            else if (Is(setting, "sslPort"))
                            {
                                AddPortList(setting.Value, key, ports);
                            }
                        }
                    }
                }
            }
        }

        private static void FindInProfile(JsonProperty profile, List<ConfigPort> ports)
        {
            var prefix = "profiles." + profile.Name + ".";

            // A Docker profile's httpPort and sslPort are published on the host; its environment variables are the container's.
            var isDocker = false;
            foreach (var setting in profile.Value.Properties)
            {
                if (Is(setting, "commandName", JsonKind.String) && string.Equals(setting.Value.Value, "Docker", KeyComparison))
                {
                    isDocker = true;
                }
            }

            foreach (var setting in profile.Value.Properties)
            {
                if (Is(setting, "applicationUrl"))
                {
                    AddUrlPorts(setting.Value, prefix + setting.Name, ports);
                }
                else if (isDocker && (Is(setting, "httpPort") || Is(setting, "sslPort")))
                {
                    AddPortList(setting.Value, prefix + setting.Name, ports);
                }
                else if (!isDocker && Is(setting, "environmentVariables", JsonKind.Object))
                {
                    foreach (var variable in setting.Value.Properties)
                    {
                        Add(variable.Value, SettingKeys.ClassifyEnvironmentVariable(variable.Name), prefix + setting.Name + "." + variable.Name, ports);
                    }
                }
            }
        }

        /// <summary>Adds the ports of a setting's value as its key says it holds them (<see cref="SettingKeys"/>).</summary>
        private static void Add(JsonNode value, BoundValueKind? kind, string key, List<ConfigPort> ports)
        {
            switch (kind)
            {
                case BoundValueKind.Url:
                case BoundValueKind.UrlList:
                    AddUrlPorts(value, key, ports);
                    break;
                case BoundValueKind.PortList:
                    AddPortList(value, key, ports);
                    break;
            }
        }

        /// <summary>
        /// Walks the configuration keys, with <c>:</c> in a member name splitting it into several keys as the JSON
        /// configuration provider does, and checks <c>urls</c>, <c>HTTP_PORTS</c>, <c>HTTPS_PORTS</c> and
        /// <c>Kestrel:Endpoints:{name}:Url</c>.
        /// </summary>
        private static void FindInAppSettings(JsonNode node, List<string> path, List<ConfigPort> ports)
        {
            foreach (var member in node.Properties)
            {
                var depth = path.Count;
                path.AddRange(member.Name.Split(':'));
                var value = member.Value;
                if (value.Kind == JsonKind.Object)
                {
                    FindInAppSettings(value, path, ports);
                }
                else if (value.Kind == JsonKind.String || value.Kind == JsonKind.Number)
                {
                    CheckAppSetting(value, path, ports);
                }

                path.RemoveRange(depth, path.Count - depth);
            }
        }

        private static void CheckAppSetting(JsonNode value, List<string> path, List<ConfigPort> ports)
        {
            var key = string.Join(":", path);
            Add(value, SettingKeys.Classify(key), key, ports);
        }

        /// <summary>The explicit ports of a URL or a <c>;</c>-separated list of URLs.</summary>
        private static void AddUrlPorts(JsonNode value, string key, List<ConfigPort> ports)
        {
            if (value.Kind != JsonKind.String)
            {
                return;
            }

            var found = new List<UrlPort>();
            UrlPortParser.FindPorts(value.Value!, found);
            foreach (var port in found)
            {
                Add(value, port.Start, port.Length, port.Value, key, ports);
            }
        }

        /// <summary>A port number, or a string of <c>;</c>-separated port numbers as <c>HTTP_PORTS</c> takes.</summary>
        private static void AddPortList(JsonNode value, string key, List<ConfigPort> ports)
        {
            if (value.Kind == JsonKind.Number)
            {
                if (UrlPortParser.TryParseDigits(value.Value!, 0, value.Value!.Length, out var number))
                {
                    AddAt(value.Start, value.Length, number, key, ports);
                }

                return;
            }

            if (value.Kind != JsonKind.String)
            {
                return;
            }

            var found = new List<UrlPort>();
            UrlPortParser.FindPortList(value.Value!, found);
            foreach (var port in found)
            {
                Add(value, port.Start, port.Length, port.Value, key, ports);
            }
        }

        private static void Add(JsonNode stringValue, int valueStart, int valueLength, long port, string key, List<ConfigPort> ports)
        {
            var start = stringValue.SourceIndexOf(valueStart);
            AddAt(start, stringValue.SourceIndexOf(valueStart + valueLength) - start, port, key, ports);
        }

        private static void AddAt(int start, int length, long port, string key, List<ConfigPort> ports)
        {
            // Port 0 is no fixed port (sslPort: 0 turns SSL off; elsewhere the system picks the port).
            if (port != 0)
            {
                ports.Add(new ConfigPort(port, start, length, key));
            }
        }

        private static bool Is(JsonProperty property, string name) => string.Equals(property.Name, name, KeyComparison);

        private static bool Is(JsonProperty property, string name, JsonKind kind) => property.Value.Kind == kind && Is(property, name);
    }
}
