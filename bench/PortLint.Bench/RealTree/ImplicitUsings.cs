using System;
using System.Collections.Generic;
using System.Linq;

namespace PortLint.Bench.RealTree
{
    /// <summary>The global usings the .NET SDK generates (GlobalUsings.g.cs) for a project with ImplicitUsings enabled, by its SDK.</summary>
    internal static class ImplicitUsings
    {
        private static readonly string[] Base =
        {
            "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
        };

        private static readonly string[] Hosting =
        {
            "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
        };

        private static readonly string[] Web =
        {
            "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing",
        };

        private static readonly string[] BlazorWebAssembly =
        {
            "System.Net.Http.Json", "Microsoft.AspNetCore.Components.Forms", "Microsoft.AspNetCore.Components.Routing", "Microsoft.AspNetCore.Components.Web",
            "Microsoft.AspNetCore.Components.Web.Virtualization", "Microsoft.AspNetCore.Components.WebAssembly.Http", "Microsoft.JSInterop",
            "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Logging",
        };

        public static IReadOnlyList<string> For(string sdk) => sdk switch
        {
            _ when sdk.Equals("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase) => Base.Concat(Web).Concat(Hosting).ToList(),
            _ when sdk.Equals("Microsoft.NET.Sdk.Worker", StringComparison.OrdinalIgnoreCase) => Base.Concat(Hosting).ToList(),
            _ when sdk.Equals("Microsoft.NET.Sdk.BlazorWebAssembly", StringComparison.OrdinalIgnoreCase) => Base.Concat(BlazorWebAssembly).ToList(),
            _ => Base,
        };

        /// <summary>The text of the generated file: <c>global using global::System;</c> …</summary>
        public static string Source(string sdk) => string.Concat(For(sdk).Select(n => $"global using global::{n};\n"));
    }
}
