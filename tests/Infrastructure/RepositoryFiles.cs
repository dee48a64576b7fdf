using System;
using System.IO;

namespace PortLint.Tests.Infrastructure
{
    /// <summary>The repository the tests run from (the folder that holds PortLint.sln), for the tests that read or regenerate docs.</summary>
    internal static class RepositoryFiles
    {
        public static string Root()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "PortLint.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("PortLint.sln not found above " + AppContext.BaseDirectory);
        }

        public static string PathOf(string relative) => Path.Combine(Root(), relative.Replace('/', Path.DirectorySeparatorChar));
    }
}
