using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PortLint.Binding;
using Xunit;

namespace PortLint.Tests.Units
{
    /// <summary>The compilation-start bail-out: only the references' names are read.</summary>
    public sealed class BindingAssembliesTests
    {
        private static readonly byte[] Image = File.ReadAllBytes(typeof(object).Assembly.Location);

        [Theory]
        [InlineData("/packs/Microsoft.NETCore.App.Ref/8.0.0/ref/net8.0/System.Net.Sockets.dll", true)]
        [InlineData(@"C:\packs\ref\net8.0\System.Net.Primitives.dll", true)]
        [InlineData("/packs/ref/net8.0/System.Net.HttpListener.dll", true)]
        [InlineData("/packs/Microsoft.AspNetCore.App.Ref/8.0.0/ref/net8.0/Microsoft.AspNetCore.Server.Kestrel.Core.dll", true)]
        [InlineData("/packs/Microsoft.AspNetCore.App.Ref/8.0.0/ref/net8.0/Microsoft.AspNetCore.dll", true)]
        [InlineData("/Reference Assemblies/Framework/.NETFramework/v4.8/System.dll", true)]
        [InlineData("/packs/NETStandard.Library.Ref/2.1.0/ref/netstandard2.1/netstandard.dll", true)]
        [InlineData("/packs/ref/net8.0/System.Runtime.dll", false)]
        [InlineData("/packs/ref/net8.0/System.Net.Http.dll", false)]
        [InlineData("/packs/ref/net8.0/System.Collections.dll", false)]
        [InlineData("/nuget/newtonsoft.json/13.0.1/lib/netstandard2.0/Newtonsoft.Json.dll", false)]
        [InlineData("/work/bin/System.Net.Sockets.Extras.dll", false)]
        public void FileReferences_AreJudgedByTheirFileName(string path, bool expected)
            => Assert.Equal(expected, BindingAssemblies.AnyReferenced(Compilation(MetadataReference.CreateFromImage(Image, filePath: path))));

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
            Assert.True(BindingAssemblies.AnyReferenced(Compilation(MetadataReference.CreateFromImage(stream.ToArray(), filePath: path))));
        }

        [Fact]
        public void AReferenceWithoutAPath_MayDefineABindingApi()
            => Assert.True(BindingAssemblies.AnyReferenced(Compilation(MetadataReference.CreateFromImage(Image))));

        [Theory]
        [InlineData("System", true)]
        [InlineData("Microsoft.AspNetCore.Hosting", true)]
        [InlineData("Contoso.Orders", false)]
        public void ProjectReferences_AreJudgedByTheirAssemblyName(string assemblyName, bool expected)
            => Assert.Equal(expected, BindingAssemblies.AnyReferenced(Compilation(CSharpCompilation.Create(assemblyName).ToMetadataReference())));

        [Fact]
        public void NoReferences_NoBindingApi()
            => Assert.False(BindingAssemblies.AnyReferenced(CSharpCompilation.Create("Empty")));

        private static CSharpCompilation Compilation(MetadataReference reference)
            => CSharpCompilation.Create("Test", references: new[] { reference });
    }
}
