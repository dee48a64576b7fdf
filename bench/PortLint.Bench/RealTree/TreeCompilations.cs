using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace PortLint.Bench.RealTree
{
    /// <summary>A project of a tree, parsed once: its syntax trees and config files are reused by every run.</summary>
    internal sealed record ParsedProject(TreeProject Project, ImmutableArray<SyntaxTree> Trees, ImmutableArray<AdditionalText> ConfigFiles, ImmutableArray<int> References)
    {
        public int Lines => Trees.Sum(t => t.GetText().Lines.Count);
    }

    /// <summary>
    /// The compilations of a real source tree: one per project, parsed once (LangVersion latest, the SDK's preprocessor
    /// symbols for net10.0 Release, the generated global usings when ImplicitUsings is on), against the targeting packs,
    /// with each ProjectReference inside the tree as a <see cref="CompilationReference"/> to that project's compilation of
    /// the same run. NuGet packages are not resolved. <see cref="CreateCompilations"/> makes fresh compilations (cold
    /// semantic models) over the same syntax trees, in dependency order.
    /// </summary>
    internal sealed class TreeCompilations
    {
        /// <summary>What the SDK defines for net10.0 in Release (NETCOREAPP*, NET*_OR_GREATER, TRACE, RELEASE).</summary>
        public static readonly ImmutableArray<string> PreprocessorSymbols = Symbols().ToImmutableArray();

        private TreeCompilations(string root, IReadOnlyList<ParsedProject> projects, int projectReferences, int outsideReferences)
        {
            Root = root;
            Projects = projects;
            ProjectReferences = projectReferences;
            OutsideReferences = outsideReferences;
        }

        public string Root { get; }

        /// <summary>The projects in dependency order (a project after the projects it references).</summary>
        public IReadOnlyList<ParsedProject> Projects { get; }

        /// <summary>ProjectReferences resolved to a compilation of the tree.</summary>
        public int ProjectReferences { get; }

        /// <summary>ProjectReferences to a project outside the tree (or a cycle), left out.</summary>
        public int OutsideReferences { get; }

        public int Files => Projects.Sum(p => p.Trees.Length);

        public int Lines => Projects.Sum(p => p.Lines);

        public static TreeCompilations Load(string root)
        {
            var projects = TreeProject.Discover(root);
            var ordered = DependencyOrder(projects);
            var index = ordered.Select((p, i) => (p, i)).ToDictionary(x => x.p.ProjectFile, x => x.i, StringComparer.Ordinal);
            var parsed = new List<ParsedProject>();
            var resolved = 0;
            var outside = 0;
            foreach (var project in ordered)
            {
                var references = new List<int>();
                foreach (var reference in project.ProjectReferences)
                {
                    if (index.TryGetValue(reference, out var i) && i < index[project.ProjectFile])
                    {
                        references.Add(i);
                        resolved++;
                    }
                    else
                    {
                        outside++;
                    }
                }

                parsed.Add(new ParsedProject(project, Parse(project), project.ConfigFiles.Select(f => (AdditionalText)new FileText(f)).ToImmutableArray(), references.Distinct().ToImmutableArray()));
            }

            return new TreeCompilations(Path.GetFullPath(root), parsed, resolved, outside);
        }

        /// <summary>The first projects (dependency order, so their references are among them) up to at least <paramref name="lines"/> lines.</summary>
        public TreeCompilations Prefix(int lines)
        {
            var count = 0;
            var sum = 0;
            while (count < Projects.Count && sum < lines)
            {
                sum += Projects[count++].Lines;
            }

            return new TreeCompilations(Root, Projects.Take(count).ToList(), ProjectReferences, OutsideReferences);
        }

        /// <summary>Fresh compilations of every project, in <see cref="Projects"/>' order, referencing each other as the csproj files say.</summary>
        public IReadOnlyList<CSharpCompilation> CreateCompilations(CSharpCompilationOptions? baseOptions = null)
        {
            var compilations = new List<CSharpCompilation>(Projects.Count);
            foreach (var project in Projects)
            {
                var options = (baseOptions ?? DefaultOptions)
                    .WithNullableContextOptions(project.Project.Nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable);
                var references = ReferencePacks.Get().AddRange(project.References.Select(i => (MetadataReference)compilations[i].ToMetadataReference()));
                compilations.Add(CSharpCompilation.Create(project.Project.AssemblyName, project.Trees, references, options));
            }

            return compilations;
        }

        public static readonly CSharpCompilationOptions DefaultOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            allowUnsafe: true,
            concurrentBuild: true);

        private static ImmutableArray<SyntaxTree> Parse(TreeProject project)
        {
            var options = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse, preprocessorSymbols: PreprocessorSymbols);
            var trees = project.SourceFiles
                .Select(path => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(path), Encoding.UTF8), options, path))
                .ToList();
            if (project.ImplicitUsings)
            {
                var path = Path.Combine(project.Directory, "obj", "GlobalUsings.g.cs");
                trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(ImplicitUsings.Source(project.Sdk), Encoding.UTF8), options, path));
            }

            return trees.ToImmutableArray();
        }

        /// <summary>Projects ordered so that each comes after the tree's projects it references (cycles broken by file order).</summary>
        private static List<TreeProject> DependencyOrder(IReadOnlyList<TreeProject> projects)
        {
            var byFile = projects.ToDictionary(p => p.ProjectFile, StringComparer.Ordinal);
            var ordered = new List<TreeProject>();
            var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
            void Visit(TreeProject project)
            {
                if (state.ContainsKey(project.ProjectFile))
                {
                    return;
                }

                state[project.ProjectFile] = false;
                foreach (var reference in project.ProjectReferences)
                {
                    if (byFile.TryGetValue(reference, out var referenced))
                    {
                        Visit(referenced);
                    }
                }

                state[project.ProjectFile] = true;
                ordered.Add(project);
            }

            foreach (var project in projects)
            {
                Visit(project);
            }

            return ordered;
        }

        private static IEnumerable<string> Symbols()
        {
            yield return "NET";
            yield return "NETCOREAPP";
            yield return "NET10_0";
            yield return "NETCOREAPP10_0";
            yield return "TRACE";
            yield return "RELEASE";
            foreach (var version in new[] { "1_0", "1_1", "2_0", "2_1", "2_2", "3_0", "3_1" })
            {
                yield return "NETCOREAPP" + version + "_OR_GREATER";
            }

            for (var major = 5; major <= 10; major++)
            {
                yield return $"NET{major}_0_OR_GREATER";
            }
        }

        /// <summary>A config file handed to the analyzers as an AdditionalFile, read on first use.</summary>
        private sealed class FileText : AdditionalText
        {
            private readonly Lazy<SourceText> _text;

            public FileText(string path)
            {
                Path = path;
                _text = new Lazy<SourceText>(() => SourceText.From(File.ReadAllText(path), Encoding.UTF8), LazyThreadSafetyMode.ExecutionAndPublication);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text.Value;
        }
    }
}
