using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = PortLint.Tests.Infrastructure.AnalyzerVerifier<PortLint.Analyzers.FixedServerPortAnalyzer>;
using static PortLint.Tests.Infrastructure.RangeTexts;
using static PortLint.Tests.Infrastructure.ExpectedPorts;

namespace PortLint.Tests.Rules.Libraries
{
    /// <summary>
    /// The ASP.NET Core host's binding settings written from code (ASP.NET Core 8 ref pack): <c>UseSetting</c> with
    /// <c>http_ports</c> / <c>https_ports</c> (<c>WebHostDefaults.HttpPortsKey</c> / <c>HttpsPortsKey</c>, .NET 8+; a
    /// <c>;</c>-separated list of ports bound on every address), configuration writes of <c>urls</c>, <c>http_ports</c>,
    /// <c>https_ports</c> and <c>Kestrel:Endpoints:{name}:Url</c> (indexer, in-memory collection), and the environment
    /// variables the host reads (<c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>, <c>ASPNETCORE_HTTPS_PORTS</c>,
    /// <c>DOTNET_URLS</c>, <c>DOTNET_HTTP_PORTS</c>).
    /// </summary>
    public sealed class HostPortSettingsTests
    {
        private static string UseSetting(string key) => "IWebHostBuilder.UseSetting(\"" + key + "\")";

        private static string ConfigurationIndexer(string key) => "IConfiguration[\"" + key + "\"]";

        private static string InMemoryCollection(string key) => "IConfigurationBuilder.AddInMemoryCollection(\"" + key + "\")";

        private static string EnvironmentVariable(string variable) => "Environment.SetEnvironmentVariable(\"" + variable + "\")";

        [Fact]
        public Task UseSetting_HttpPortsAndHttpsPorts_Literals()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
class C
{
    void M(IWebHostBuilder builder)
    {
        builder.UseSetting(""http_ports"", ""{|#0:55555|}"");
        builder.UseSetting(""https_ports"", ""8443;{|#1:55443|}"");
        builder.UseSetting(""http_ports"", ""8080; {|#2:61000|};{|#3:55556|}"");
    }
}",
                Port001(0, "55555", UseSetting("http_ports")),
                Port001(1, "55443", UseSetting("https_ports")),
                Port001(2, "61000", UseSetting("http_ports"), Dynamic),
                Port001(3, "55556", UseSetting("http_ports")));

        [Fact]
        public Task UseSetting_WebHostDefaultsKeys_NamedArguments_Constants()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
class C
{
    const string Ports = ""55557"";
    const int HttpsPort = 55558;

    void M(WebApplicationBuilder builder)
    {
        builder.WebHost.UseSetting(WebHostDefaults.HttpPortsKey, {|#0:Ports|});
        builder.WebHost.UseSetting(key: WebHostDefaults.HttpsPortsKey, value: {|#1:HttpsPort|}.ToString());
        var host = builder.WebHost;
        host.UseSetting(""https_ports"", $""{{|#2:HttpsPort|}}"");
    }
}",
                Port001(0, "55557", UseSetting("http_ports")),
                Port001(1, "55558", UseSetting("https_ports")),
                Port001(2, "55558", UseSetting("https_ports")));

        [Fact]
        public Task UseSetting_Negatives()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
class C
{
    void M(IWebHostBuilder builder, IConfiguration configuration)
    {
        builder.UseSetting(""http_ports"", ""8080"");
        builder.UseSetting(""http_ports"", ""0"");
        builder.UseSetting(""https_port"", ""55443"");
        builder.UseSetting(""http_port"", ""55555"");
        builder.UseSetting(""ports"", ""55556"");
        builder.UseSetting(""http_ports"", configuration[""Ports""]);
        builder.UseSetting(WebHostDefaults.EnvironmentKey, ""55557"");
        var ports = builder.GetSetting(""http_ports"");
        // builder.UseSetting(""http_ports"", ""55558"");
    }
}");

        [Fact]
        public Task ConfigurationIndexer_EveryKey()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
class C
{
    void M(WebApplicationBuilder builder, IConfiguration configuration, IConfigurationRoot root)
    {
        builder.Configuration[""urls""] = ""http://localhost:{|#0:55555|}"";
        builder.Configuration[""http_ports""] = ""8080;{|#1:55556|}"";
        configuration[""https_ports""] = ""{|#2:55557|}"";
        configuration[""Kestrel:Endpoints:Http:Url""] = ""http://0.0.0.0:{|#3:55558|}"";
        root[""Kestrel:Endpoints:Grpc:Url""] = ""https://*:{|#4:55559|}"";
        var config = builder.Configuration;
        config[""urls""] = ""http://localhost:5000;http://localhost:{|#5:55560|}"";
    }
}",
                Port001(0, "55555", ConfigurationIndexer("urls")),
                Port001(1, "55556", ConfigurationIndexer("http_ports")),
                Port001(2, "55557", ConfigurationIndexer("https_ports")),
                Port001(3, "55558", ConfigurationIndexer("Kestrel:Endpoints:Http:Url")),
                Port001(4, "55559", ConfigurationIndexer("Kestrel:Endpoints:Grpc:Url")),
                Port001(5, "55560", ConfigurationIndexer("urls")));

        [Fact]
        public Task ConfigurationIndexer_WebHostDefaultsKeyAndConstant()
            => Verify.VerifyAsync(@"
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
class C
{
    const int Port = 55561;

    void M(ConfigurationManager configuration)
    {
        configuration[WebHostDefaults.ServerUrlsKey] = $""http://localhost:{{|#0:Port|}}"";
        configuration[WebHostDefaults.HttpPortsKey] = {|#1:Port|}.ToString();
    }
}",
                Port001(0, "55561", ConfigurationIndexer("urls")),
                Port001(1, "55561", ConfigurationIndexer("http_ports")));

        [Fact]
        public Task AddInMemoryCollection_DictionaryAndCollectionInitializers()
            => Verify.VerifyAsync(@"
using System.Collections.Generic;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
class C
{
    void M(WebApplicationBuilder builder)
    {
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [""urls""] = ""http://localhost:{|#0:55555|}"",
            [""Kestrel:Endpoints:Https:Url""] = ""https://localhost:{|#2:55557|}"",
            [""Logging:LogLevel:Default""] = ""55558"",
        });
        var settings = new Dictionary<string, string?>
        {
            {""http_ports"", ""{|#1:55556|}""},
            {""Logging:LogLevel:Default"", ""Information""},
        };
        builder.Configuration.AddInMemoryCollection(settings);
        new ConfigurationBuilder().AddInMemoryCollection(new[]
        {
            new KeyValuePair<string, string?>(""https_ports"", ""{|#3:55559|}""),
        });
    }
}",
                Port001(0, "55555", InMemoryCollection("urls")),
                Port001(1, "55556", InMemoryCollection("http_ports")),
                Port001(2, "55557", InMemoryCollection("Kestrel:Endpoints:Https:Url")),
                Port001(3, "55559", InMemoryCollection("https_ports")));

        [Fact]
        public Task Configuration_Negatives_OtherKeysReadsPortZero()
            => Verify.VerifyAsync(@"
using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
class C
{
    void M(IConfiguration configuration, IConfigurationBuilder builder)
    {
        configuration[""ApiBaseUrl""] = ""http://localhost:55555"";
        configuration[""Services:Orders:Url""] = ""http://localhost:55556"";
        configuration[""Kestrel:Endpoints:Http:Protocols""] = ""55557"";
        configuration[""Kestrel:Certificates:Default:Path""] = ""cert-55558.pfx"";
        configuration[""http_ports""] = ""0"";
        configuration[""urls""] = ""http://127.0.0.1:0"";
        configuration[""https_port""] = ""55559"";
        string? urls = configuration[""urls""];
        var port = configuration[""http_ports""];
        Console.WriteLine(configuration[""Kestrel:Endpoints:Http:Url""] == ""http://localhost:55560"");
        builder.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [""ConnectionStrings:Redis""] = ""localhost:55561"",
            [""Downstream:Url""] = ""http://localhost:55562"",
        });
        var lookalike = new Dictionary<string, string> { [""urls""] = ""http://localhost:55563"" };
    }
}");

        [Fact]
        public Task EnvironmentVariables_EveryHostVariable()
            => Verify.VerifyAsync(@"
using System;
class C
{
    const string Variable = ""ASPNETCORE_HTTPS_PORTS"";

    void M()
    {
        Environment.SetEnvironmentVariable(""ASPNETCORE_URLS"", ""http://localhost:{|#0:55555|}"");
        Environment.SetEnvironmentVariable(""ASPNETCORE_HTTP_PORTS"", ""{|#1:55556|}"");
        Environment.SetEnvironmentVariable(""ASPNETCORE_HTTP_PORTS"", ""{|#2:55557|};{|#3:55558|}"");
        Environment.SetEnvironmentVariable(Variable, ""{|#4:55559|}"");
        Environment.SetEnvironmentVariable(""DOTNET_URLS"", ""http://+:{|#5:55560|}"", EnvironmentVariableTarget.Process);
        Environment.SetEnvironmentVariable(variable: ""DOTNET_HTTP_PORTS"", value: ""{|#6:55561|}"");
    }
}",
                Port001(0, "55555", EnvironmentVariable("ASPNETCORE_URLS")),
                Port001(1, "55556", EnvironmentVariable("ASPNETCORE_HTTP_PORTS")),
                Port001(2, "55557", EnvironmentVariable("ASPNETCORE_HTTP_PORTS")),
                Port001(3, "55558", EnvironmentVariable("ASPNETCORE_HTTP_PORTS")),
                Port001(4, "55559", EnvironmentVariable("ASPNETCORE_HTTPS_PORTS")),
                Port001(5, "55560", EnvironmentVariable("DOTNET_URLS")),
                Port001(6, "55561", EnvironmentVariable("DOTNET_HTTP_PORTS")));

        [Fact]
        public Task EnvironmentVariables_Negatives()
            => Verify.VerifyAsync(@"
using System;
class C
{
    void M()
    {
        Environment.SetEnvironmentVariable(""ASPNETCORE_ENVIRONMENT"", ""55555"");
        Environment.SetEnvironmentVariable(""API_URL"", ""http://localhost:55556"");
        Environment.SetEnvironmentVariable(""ASPNETCORE_HTTPS_PORT"", ""55557"");
        Environment.SetEnvironmentVariable(""PORT"", ""55558"");
        Environment.SetEnvironmentVariable(""ASPNETCORE_URLS"", ""http://127.0.0.1:0"");
        Environment.SetEnvironmentVariable(""ASPNETCORE_HTTP_PORTS"", ""8080"");
        Environment.SetEnvironmentVariable(""ASPNETCORE_URLS"", null);
        var urls = Environment.GetEnvironmentVariable(""ASPNETCORE_URLS"");
        Console.WriteLine(Environment.GetEnvironmentVariable(""ASPNETCORE_HTTP_PORTS"") == ""55559"");
        // Environment.SetEnvironmentVariable(""ASPNETCORE_URLS"", ""http://localhost:55560"");
    }
}");
    }
}
