using Microsoft.CodeAnalysis;

namespace PortLint.Flow
{
    /// <summary>A parameter of the project's own code that a value at a binding site comes from unchanged, or shifted by <see cref="Offset"/>.</summary>
    internal readonly struct ParameterSource
    {
        public ParameterSource(IParameterSymbol parameter, long offset)
        {
            Parameter = parameter;
            Offset = offset;
        }

        public IParameterSymbol Parameter { get; }

        public long Offset { get; }
    }
}
