using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PortLint.Catalog;
using Xunit;

namespace PortLint.Tests.Units
{
    /// <summary>The compilation-start bail-out and the libraries whose entries are active: only the references' names are read.</summary>
    public sealed class ReferencedLibrariesTests
    {
        private static readonly byte[] Image = File.ReadAllBytes(typeof(object).Assembly.Location);

        [Theory]
        [InlineData("/packs/Microsoft.NETCore.App.Ref/8.0.0/ref/net8.0/System.Net.Sockets.dll", "BCL")]
        [InlineData(@"C:\packs\ref\net8.0\System.Net.Primitives.dll", "BCL")]
        [InlineData("/packs/ref/net8.0/System.Net.HttpListener.dll", "BCL")]
        [InlineData("/packs/ref/net8.0/System.Runtime.dll", "BCL")]
        [InlineData("/packs/Microsoft.AspNetCore.App.Ref/8.0.0/ref/net8.0/Microsoft.AspNetCore.Server.Kestrel.Core.dll", "ASP.NET Core")]
        [InlineData("/packs/Microsoft.AspNetCore.App.Ref/8.0.0/ref/net8.0/Microsoft.AspNetCore.dll", "ASP.NET Core")]
        [InlineData("/Reference Assemblies/Framework/.NETFramework/v4.8/System.dll", "BCL")]
        [InlineData("/packs/NETStandard.Library.Ref/2.1.0/ref/netstandard2.1/netstandard.dll", "BCL")]
        [InlineData("/nuget/wiremock.net/1.25.0/lib/net8.0/WireMock.Net.dll", "WireMock.Net")]
        [InlineData("/nuget/grpc.core/2.46.5/lib/netstandard2.0/Grpc.Core.dll", "Grpc.Core")]
        [InlineData("/nuget/testcontainers/4.16.0/lib/net8.0/Testcontainers.dll", "Testcontainers")]
        [InlineData("/nuget/netmq/4.0.4.5/lib/netstandard2.1/NetMQ.dll", "NetMQ")]
        [InlineData("/nuget/mqttnet/5.2.0/lib/net8.0/MQTTnet.Server.dll", "MQTTnet")]
        [InlineData("/nuget/orleans/10.4.2/lib/net8.0/Orleans.Runtime.dll", "Orleans")]
        [InlineData("/nuget/aspire.hosting/13.6.5/lib/net8.0/Aspire.Hosting.dll", ".NET Aspire")]
        public void FileReferences_AreJudgedByTheirFileName(string path, string library)
            => Assert.Equal(new[] { library }, Libraries(MetadataReference.CreateFromImage(Image, filePath: path)));

        [Theory]
        [InlineData("/packs/ref/net8.0/System.Net.Http.dll")]
        [InlineData("/packs/ref/net8.0/System.Collections.dll")]
        [InlineData("/nuget/newtonsoft.json/13.0.1/lib/netstandard2.0/Newtonsoft.Json.dll")]
        [InlineData("/work/bin/System.Net.Sockets.Extras.dll")]
        [InlineData("/work/bin/Grpc.Net.Client.dll")]
        public void OtherAssemblies_DefineNoBindingApi(string path)
        {
            // The image is System.Private.CoreLib, which the fallback to identities would count: file names decide when they tell.
            var sockets = CSharpCompilation.Create("Unrelated", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var stream = new MemoryStream();
            Assert.True(sockets.Emit(stream).Success);
            Assert.Empty(Libraries(MetadataReference.CreateFromImage(stream.ToArray(), filePath: path)));
        }

        [Theory]
        [InlineData("/cache/System.ni.dll")]
        [InlineData("/refs/System.dll/")]
        [InlineData("blob-1234")]
        [InlineData("System.Net.Sockets, Version=8.0.0.0, Culture=neutral")]
        public void AFileNameThatIsNotTheAssemblyName_FallsBackToTheAssemblyIdentity(string path)
        {
            // The image is an assembly named System.Net.Sockets whatever its file is called.
            var sockets = CSharpCompilation.Create("System.Net.Sockets", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var stream = new MemoryStream();
            Assert.True(sockets.Emit(stream).Success);
            Assert.Equal(new[] { "BCL" }, Libraries(MetadataReference.CreateFromImage(stream.ToArray(), filePath: path)));
        }

        [Fact]
        public void AReferenceWithoutAPath_IsJudgedByItsIdentity()
            => Assert.Equal(new[] { "BCL" }, Libraries(MetadataReference.CreateFromImage(Image)));

        [Theory]
        [InlineData("System", "BCL")]
        [InlineData("Microsoft.AspNetCore.Hosting", "ASP.NET Core")]
        [InlineData("Contoso.Orders", null)]
        public void ProjectReferences_AreJudgedByTheirAssemblyName(string assemblyName, string? library)
            => Assert.Equal(library is null ? new string[0] : new[] { library }, Libraries(CSharpCompilation.Create(assemblyName).ToMetadataReference()));

        [Fact]
        public void NoReferences_NoLibrary()
            => Assert.Empty(ReferencedLibraries.Find(CSharpCompilation.Create("Empty")));

        [Fact]
        public void EveryCatalogueLibrary_IsKnownToTheBailOut()
        {
            foreach (var entry in SinkCatalog.BuiltIn)
            {
                Assert.Contains(entry.Library, SinkLibraries.All);
                Assert.All(entry.Library.Assemblies, name => Assert.True(ReferencedLibraries.MayDefineBindingApi(name.TrimEnd('*') + (name.EndsWith("*") ? "X" : string.Empty)), name));
            }
        }

        private static string[] Libraries(MetadataReference reference)
            => ReferencedLibraries.Find(CSharpCompilation.Create("Test", references: new[] { reference })).Select(l => l.Name).ToArray();
    }
}
