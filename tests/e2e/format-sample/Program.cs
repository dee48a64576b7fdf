using System;
using System.Net;
using System.Net.Sockets;
using FormatSample;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls("http://localhost:50000");
builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 50001));

using var udp = new UdpClient(40000);
Console.WriteLine(udp.Client.LocalEndPoint);

var echo = new EchoServer();
echo.Start();

var app = builder.Build();
app.Run();
