using System.Net;

var builder = WebApplication.CreateBuilder(args);

// URL binding: PORT001 on the port digits of each URL.
builder.WebHost.UseUrls("http://localhost:5000;http://*:55555");

// Kestrel endpoints: PORT001, and PORT004 for port 0 on localhost, which Kestrel rejects at startup.
builder.WebHost.ConfigureKestrel(options =>
{
    options.Listen(IPAddress.Loopback, 0x_EA_60);
    options.ListenLocalhost(0);
    options.ListenAnyIP(SamplePorts.Admin + 1);
});

var app = builder.Build();
app.Urls.Add($"https://localhost:{SamplePorts.Admin}");
app.MapGet("/", () => "Hello");

// Not reported: a client base address and a port read from configuration.
using var client = new HttpClient { BaseAddress = new Uri("http://localhost:50000") };
var port = builder.Configuration.GetValue("Port", 8080);

app.Run("http://127.0.0.1:0");

internal static class SamplePorts
{
    public const int Admin = 49200;
}
