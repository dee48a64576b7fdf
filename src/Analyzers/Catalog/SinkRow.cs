using Microsoft.CodeAnalysis;

namespace PortLint.Catalog
{
    /// <summary>A catalogue entry resolved to one symbol of a compilation: which parameter carries the value, and how messages name it.</summary>
    internal sealed class SinkRow
    {
        public SinkRow(SinkEntry entry, ISymbol member, IParameterSymbol? parameter, IParameterSymbol? key, IParameterSymbol? requiresFalse, BoundValueKind value, string display)
        {
            Entry = entry;
            Member = member;
            Parameter = parameter;
            Key = key;
            RequiresFalse = requiresFalse;
            Value = value;
            Display = display;
        }

        public SinkEntry Entry { get; }

        /// <summary>The method, constructor or property (original definition).</summary>
        public ISymbol Member { get; }

        /// <summary>The parameter that carries the value; null for properties, indexers and collection properties.</summary>
        public IParameterSymbol? Parameter { get; }

        /// <summary>The parameter that holds a setting's key (<c>UseSetting(key, value)</c>).</summary>
        public IParameterSymbol? Key { get; }

        /// <summary>A <c>bool</c> parameter that must be <c>false</c> for the value to be bound.</summary>
        public IParameterSymbol? RequiresFalse { get; }

        /// <summary>What the value is at this overload: a <see cref="BoundValueKind.Port"/> entry whose parameter is a string reads a port list.</summary>
        public BoundValueKind Value { get; }

        public string Display { get; }
    }
}
