using System;
using System.Net;
using System.Net.Sockets;
using FormatSample;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["Urls"] ?? "http://localhost:50000");
builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, builder.Configuration.GetValue("Kestrel:Port", 50001)));

using var udp = new UdpClient(builder.Configuration.GetValue("Udp:Port", 40000));
Console.WriteLine(udp.Client.LocalEndPoint);

var echo = new EchoServer();
echo.Start();

var app = builder.Build();
app.Run();
