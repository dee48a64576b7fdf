using Microsoft.CodeAnalysis;

namespace PortLint.Values
{
    /// <summary>
    /// The semantic model of another file of the compilation, for the cross-file questions (a field's initializer in another
    /// file, a wrapper method's body): the analyzer driver's semantic-model provider hands out the model it shares with the
    /// tree actions, so asking for it does not bind the file again.
    /// </summary>
    internal static class TreeModels
    {
        public static SemanticModel? For(SemanticModel current, SyntaxTree tree)
            => tree == current.SyntaxTree ? current : For(current.Compilation, tree);

        public static SemanticModel? For(Compilation compilation, SyntaxTree tree)
        {
            if (!compilation.ContainsSyntaxTree(tree))
            {
                return null;
            }

#pragma warning disable RS1030 // Cross-file summaries need the other file's model; the driver's provider shares it (see the summary).
            return compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
        }
    }
}
