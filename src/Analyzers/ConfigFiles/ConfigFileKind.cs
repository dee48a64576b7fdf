using System;

namespace PortLint.ConfigFiles
{
    /// <summary>The configuration files PORT006 reads, told apart by file name.</summary>
    internal enum ConfigFileKind
    {
        None,

        /// <summary><c>launchSettings.json</c>: development profiles for dotnet run and Visual Studio.</summary>
        LaunchSettings,

        /// <summary><c>appsettings.json</c>, <c>appsettings.Development.json</c>, ...: the app's configuration.</summary>
        AppSettings,
    }

    internal static class ConfigFileKinds
    {
        private const string LaunchSettingsName = "launchSettings.json";
        private const string AppSettingsPrefix = "appsettings";
        private const string JsonExtension = ".json";

        /// <summary>The kind of file at <paramref name="path"/>, from its name alone.</summary>
        public static ConfigFileKind Of(string path)
        {
            var nameStart = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1;
            var nameLength = path.Length - nameStart;
            if (nameLength == LaunchSettingsName.Length
                && string.Compare(path, nameStart, LaunchSettingsName, 0, nameLength, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return ConfigFileKind.LaunchSettings;
            }

            if (nameLength >= AppSettingsPrefix.Length + JsonExtension.Length
                && string.Compare(path, nameStart, AppSettingsPrefix, 0, AppSettingsPrefix.Length, StringComparison.OrdinalIgnoreCase) == 0
                && path.EndsWith(JsonExtension, StringComparison.OrdinalIgnoreCase))
            {
                return ConfigFileKind.AppSettings;
            }

            return ConfigFileKind.None;
        }
    }
}
