using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PortLint.Bench.Corpus
{
    /// <summary>
    /// Generates the benchmark corpora deterministically (a fixed seed per corpus): ordinary C# with a share of networking
    /// files, the same without any networking, and dense files full of binding calls. Every corpus compiles without errors
    /// against .NET + ASP.NET Core (the harness asserts it).
    /// </summary>
    internal static class CorpusGenerator
    {
        // A mix of ports a realistic code base binds: well-known ones (no diagnostic) and ephemeral ones (PORT001/PORT002).
        private static readonly int[] ServerPorts = { 5000, 5001, 8080, 8443, 50000, 50051, 55555, 61000, 40000, 36000, 7000, 0 };

        /// <summary>
        /// Corpus (a) or (b): <paramref name="files"/> files of about <paramref name="linesPerFile"/> lines each. With
        /// <paramref name="networking"/>, one file in <paramref name="networkingShare"/> uses sockets, Kestrel and URL strings
        /// and every file may contain non-binding look-alikes; without it, no networking type or look-alike appears at all.
        /// </summary>
        public static List<CorpusFile> Ordinary(int files, int linesPerFile, bool networking, int networkingShare, int seed)
        {
            var random = new Random(seed);
            var result = new List<CorpusFile>(files + 1);
            if (networking)
            {
                result.Add(new CorpusFile("Corpus/Fakes.cs", FakesFile));
            }

            for (var i = 0; i < files; i++)
            {
                var usesNetworking = networking && i % networkingShare == networkingShare / 2;
                result.Add(new CorpusFile($"Corpus/Module{i / 50}/Service{i}.cs", OrdinaryFile(random, i, linesPerFile, networking, usesNetworking)));
            }

            return result;
        }

        /// <summary>Corpus (c): one file of about <paramref name="lines"/> lines, one class dense with binding calls.</summary>
        public static CorpusFile Dense(int lines, int seed)
        {
            var random = new Random(seed);
            var text = new StringBuilder();
            text.Append(NetworkingUsings);
            text.AppendLine("namespace Corpus.Dense");
            text.AppendLine("{");
            text.AppendLine("    public sealed class DenseEndpoints");
            text.AppendLine("    {");
            var k = 0;
            var written = CountLines(text);
            while (written < lines - 3)
            {
                var method = NetworkingMethod(random, k++);
                text.Append(method);
                written += NewLines(method);
            }

            text.AppendLine("    }");
            text.AppendLine("}");
            return new CorpusFile($"Corpus/Dense{lines}.cs", text.ToString());
        }

        private const string CommonUsings = """
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.Linq;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;

            """;

        private const string NetworkingUsings = CommonUsings + """
            using System.Net;
            using System.Net.Sockets;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.AspNetCore.Server.Kestrel.Core;

            """;

        /// <summary>User types that look like binding APIs by name only: PortLint matches symbols, so none of them is reported.</summary>
        private const string FakesFile = """
            namespace Corpus.Fakes
            {
                public sealed class TcpListener
                {
                    public TcpListener(int port) => Port = port;

                    public int Port { get; }

                    public static TcpListener Create(int port) => new TcpListener(port);

                    public void Start()
                    {
                    }
                }

                public sealed class UdpClient
                {
                    public UdpClient(int port) => Port = port;

                    public int Port { get; }
                }

                public sealed class IPEndPoint
                {
                    public IPEndPoint(string host, int port) => Address = host + ":" + port;

                    public string Address { get; }
                }
            }
            """;

        private static string OrdinaryFile(Random random, int index, int targetLines, bool lookAlikes, bool networking)
        {
            var text = new StringBuilder();
            text.Append(networking ? NetworkingUsings : CommonUsings);
            if (lookAlikes)
            {
                text.AppendLine("using Microsoft.Extensions.Configuration;");
                text.AppendLine();
            }

            text.AppendLine($"namespace Corpus.Module{index / 50}");
            text.AppendLine("{");
            text.Append($$"""
                    public sealed class Record{{index}}
                    {
                        public int Id { get; set; }

                        public string Name { get; set; } = "";

                        public decimal Amount { get; set; }

                        public DateTime Created { get; set; }
                    }

                    public sealed class Widget{{index}}
                    {
                        private Widget{{index}}(int size) => Size = size;

                        public int Size { get; }

                        public static Widget{{index}} Create(int size) => new Widget{{index}}(size);
                    }

                """);
            if (lookAlikes)
            {
                text.Append($$"""
                        public sealed class Listener{{index}}
                        {
                            public int Port { get; private set; }

                            public void Listen(int port) => Port = port;

                            public void Run(string mode) => Port += mode.Length;

                            public void Bind(object target) => Port += target.GetHashCode() & 1;
                        }

                        public sealed class Settings{{index}}
                        {
                            public string Name { get; set; } = "";

                            public int Retries { get; set; }
                        }

                    """);
            }

            text.Append($$"""
                    public sealed class Service{{index}}
                    {
                        private readonly List<Record{{index}}> _items = new List<Record{{index}}>();
                        private readonly Dictionary<string, int> _counts = new Dictionary<string, int>();
                        private readonly int _port = {{Port(random)}};
                        private int _total;

                        public int Total => _total + _port;

                """);
            var method = 0;
            if (networking)
            {
                for (var n = 0; n < 4; n++)
                {
                    text.Append(NetworkingMethod(random, method++));
                }
            }

            var written = CountLines(text);
            while (written < targetLines - 3)
            {
                var body = OrdinaryMethod(random, index, method++, lookAlikes);
                text.Append(body);
                written += NewLines(body);
            }

            text.AppendLine("    }");
            text.AppendLine("}");
            return text.ToString();
        }

        private static string OrdinaryMethod(Random random, int index, int k, bool lookAlikes)
        {
            var n = random.Next(1, 1000);
            var kinds = lookAlikes ? 9 : 6;
            switch (random.Next(kinds))
            {
                case 0:
                    return $$"""
                                public List<string> Query{{k}}(int threshold)
                                {
                                    var result = _items
                                        .Where(x => x.Id > threshold && x.Amount > {{n}}m)
                                        .OrderBy(x => x.Name)
                                        .ThenByDescending(x => x.Created)
                                        .Select(x => x.Name.ToUpperInvariant())
                                        .Distinct()
                                        .ToList();
                                    var grouped = _items.GroupBy(x => x.Id % {{n}}).ToDictionary(g => g.Key, g => g.Count());
                                    _total += grouped.Values.Sum();
                                    return result;
                                }

                        """;
                case 1:
                    return $$"""
                                public int Collect{{k}}(IEnumerable<int> values)
                                {
                                    var list = new List<int>();
                                    var set = new HashSet<int>();
                                    foreach (var value in values)
                                    {
                                        if (set.Add(value))
                                        {
                                            list.Add(value * {{n}});
                                        }
                                    }

                                    list.Add({{(lookAlikes ? 50000 + n : n)}});
                                    _counts["k{{k}}"] = list.Count;
                                    if (_counts.TryGetValue("k{{k}}", out var count))
                                    {
                                        _total += count;
                                    }

                                    var queue = new Queue<int>(list);
                                    while (queue.Count > 0)
                                    {
                                        _total ^= queue.Dequeue();
                                    }

                                    return list.Count;
                                }

                        """;
                case 2:
                    return $$"""
                                public string Format{{k}}(Record{{index}} record)
                                {
                                    var builder = new StringBuilder();
                                    builder.Append("Record ").Append(record.Id).Append(':').AppendLine(record.Name);
                                    builder.AppendFormat(CultureInfo.InvariantCulture, "{0:N2} at {1:O}", record.Amount, record.Created);
                                    var text = string.Format(CultureInfo.InvariantCulture, "{0}-{1}-{2}", record.Id, record.Name, {{n}});
                                    var interpolated = $"{record.Name} ({record.Id}) = {record.Amount:F2}";
                                    Console.WriteLine("{{(lookAlikes ? "http://localhost:" + (50000 + n) : "record " + n)}}");
                                    return string.Join(", ", text, interpolated, builder.ToString());
                                }

                        """;
                case 3:
                    return $$"""
                                public async Task<int> Load{{k}}Async(CancellationToken cancellationToken)
                                {
                                    await Task.Delay(1, cancellationToken).ConfigureAwait(false);
                                    var computed = await Task.Run(() => _items.Count * {{n}}, cancellationToken).ConfigureAwait(false);
                                    var tasks = Enumerable.Range(0, 4).Select(i => Task.FromResult(i + computed)).ToArray();
                                    var results = await Task.WhenAll(tasks).ConfigureAwait(false);
                                    return results.Sum();
                                }

                        """;
                case 4:
                    return $$"""
                                public string Classify{{k}}(int value)
                                {
                                    switch (value % 5)
                                    {
                                        case 0:
                                            return "zero";
                                        case 1:
                                            return value > {{n}} ? "big" : "small";
                                        default:
                                            var label = value switch { < 0 => "negative", > {{n + 1000}} => "large", _ => "other" };
                                            return label + value.ToString(CultureInfo.InvariantCulture);
                                    }
                                }

                                public int Parse{{k}}(string text)
                                {
                                    try
                                    {
                                        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries);
                                        return parts.Select(int.Parse).Where(v => v > {{n}}).DefaultIfEmpty().Max();
                                    }
                                    catch (FormatException ex)
                                    {
                                        Console.Error.WriteLine(ex.Message);
                                        return -1;
                                    }
                                    finally
                                    {
                                        _total++;
                                    }
                                }

                        """;
                case 5:
                    return $$"""
                                public T Pick{{k}}<T>(IReadOnlyList<T> values, Func<T, bool> predicate)
                                {
                                    for (var index = 0; index < values.Count; index++)
                                    {
                                        if (predicate(values[index]))
                                        {
                                            return values[index];
                                        }
                                    }

                                    var widget = Widget{{index}}.Create({{n}});
                                    _total += widget.Size;
                                    return Fallback(values);

                                    static T Fallback(IReadOnlyList<T> items) => items.Count > 0 ? items[0] : default!;
                                }

                        """;
                case 6:
                    return $$"""
                                public Uri Endpoint{{k}}()
                                {
                                    var uri = new Uri("http://localhost:{{50000 + n}}/api/items/{{k}}");
                                    var builder = new UriBuilder(uri) { Path = "/v{{n}}" };
                                    var widget = Widget{{index}}.Create({{50000 + n}});
                                    _total += widget.Size;
                                    Console.WriteLine("listening on http://localhost:{{50000 + n}}");
                                    return builder.Uri;
                                }

                        """;
                case 7:
                    return $$"""
                                public Settings{{index}} Bind{{k}}(IConfiguration configuration)
                                {
                                    var settings = new Settings{{index}}();
                                    configuration.Bind(settings);
                                    configuration.GetSection("Section{{k}}").Bind(settings);
                                    var listener = new Listener{{index}}();
                                    listener.Bind(settings);
                                    return settings;
                                }

                        """;
                default:
                    return $$"""
                                public int Start{{k}}()
                                {
                                    var listener = new Listener{{index}}();
                                    listener.Listen({{50000 + n}});
                                    listener.Run("http://localhost:{{50000 + n}}");
                                    Task.Run(() => listener.Listen({{n}})).Wait();
                                    var fake = new Corpus.Fakes.TcpListener({{50000 + n}});
                                    fake.Start();
                                    var created = Corpus.Fakes.TcpListener.Create({{50000 + n}});
                                    var udp = new Corpus.Fakes.UdpClient({{50000 + n}});
                                    var endpoint = new Corpus.Fakes.IPEndPoint("localhost", {{50000 + n}});
                                    return listener.Port + created.Port + udp.Port + endpoint.Address.Length;
                                }

                        """;
            }
        }

        /// <summary>A method full of real binding calls: TcpListener, UdpClient, Socket.Bind + IPEndPoint, Kestrel Listen*, UseUrls, app.Urls.Add.</summary>
        private static string NetworkingMethod(Random random, int k)
        {
            var p1 = Port(random);
            var p2 = Port(random);
            var p3 = Port(random);
            switch (random.Next(4))
            {
                case 0:
                    return $$"""
                                private readonly int _servePort{{k}} = {{p3}};

                                public void Serve{{k}}()
                                {
                                    var listener = new TcpListener(IPAddress.Loopback, {{p1}});
                                    listener.Start();
                                    var udp = new UdpClient({{p2}});
                                    udp.Close();
                                    var other = TcpListener.Create(_servePort{{k}});
                                    other.Stop();
                                    listener.Stop();
                                }

                        """;
                case 1:
                    return $$"""
                                public void Bind{{k}}()
                                {
                                    using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                                    var endpoint = new IPEndPoint(IPAddress.Any, {{p1}});
                                    socket.Bind(endpoint);
                                    socket.Listen(10);
                                    const int backup = {{p2}};
                                    socket.Bind(new IPEndPoint(IPAddress.IPv6Any, backup));
                                }

                        """;
                case 2:
                    return $$"""
                                public static void Configure{{k}}(KestrelServerOptions options)
                                {
                                    options.Listen(IPAddress.Loopback, {{p1}});
                                    options.ListenLocalhost({{p2}});
                                    options.ListenAnyIP({{p3}}, listen => listen.UseConnectionLogging());
                                }

                        """;
                default:
                    return $$"""
                                public static WebApplication Host{{k}}(string[] args)
                                {
                                    var builder = WebApplication.CreateBuilder(args);
                                    builder.WebHost.UseUrls("http://localhost:{{p1}}", "https://*:{{p2}}");
                                    builder.WebHost.ConfigureKestrel(options => options.ListenLocalhost({{p3}}));
                                    var app = builder.Build();
                                    var port = {{p3}};
                                    app.Urls.Add("http://localhost:{{p2}}");
                                    app.Urls.Add($"http://0.0.0.0:{port}");
                                    return app;
                                }

                        """;
            }
        }

        private static int Port(Random random) => ServerPorts[random.Next(ServerPorts.Length)] + (random.Next(3) == 0 ? random.Next(0, 40) : 0);

        private static int NewLines(string text)
        {
            var lines = 0;
            foreach (var c in text)
            {
                if (c == '\n')
                {
                    lines++;
                }
            }

            return lines;
        }

        private static int CountLines(StringBuilder text)
        {
            var lines = 1;
            foreach (var chunk in text.GetChunks())
            {
                foreach (var c in chunk.Span)
                {
                    if (c == '\n')
                    {
                        lines++;
                    }
                }
            }

            return lines;
        }
    }
}
