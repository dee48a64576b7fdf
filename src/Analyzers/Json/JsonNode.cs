using System.Collections.Generic;

namespace PortLint.Json
{
    /// <summary>A JSON value with where it is written in the text it was read from.</summary>
    internal sealed class JsonNode
    {
        private static readonly IReadOnlyList<JsonProperty> NoProperties = new JsonProperty[0];
        private static readonly IReadOnlyList<JsonNode> NoItems = new JsonNode[0];

        private readonly int[]? _sourceMap;

        private JsonNode(JsonKind kind, int start, int length, string? value, int[]? sourceMap, List<JsonProperty>? properties, List<JsonNode>? items)
        {
            Kind = kind;
            Start = start;
            Length = length;
            Value = value;
            _sourceMap = sourceMap;
            Properties = properties ?? NoProperties;
            Items = items ?? NoItems;
        }

        public JsonKind Kind { get; }

        /// <summary>Index of the value's first character (the opening quote of a string) in the text.</summary>
        public int Start { get; }

        /// <summary>Length of the value as written, quotes included.</summary>
        public int Length { get; }

        /// <summary>A string's unescaped value, or a number or literal as written; null for objects and arrays.</summary>
        public string? Value { get; }

        /// <summary>An object's members in written order (duplicates kept); empty for other kinds.</summary>
        public IReadOnlyList<JsonProperty> Properties { get; }

        /// <summary>An array's items; empty for other kinds.</summary>
        public IReadOnlyList<JsonNode> Items { get; }

        /// <summary>
        /// Where the character at <paramref name="valueIndex"/> of a string's <see cref="Value"/> is written in the text;
        /// <c>Value.Length</c> maps to the closing quote. Escapes such as <c>\u0035</c> are followed.
        /// </summary>
        public int SourceIndexOf(int valueIndex)
            => _sourceMap is null ? Start + 1 + valueIndex : _sourceMap[valueIndex];

        public static JsonNode String(int start, int length, string value, int[]? sourceMap)
            => new JsonNode(JsonKind.String, start, length, value, sourceMap, null, null);

        public static JsonNode Scalar(JsonKind kind, int start, int length, string text)
            => new JsonNode(kind, start, length, text, null, null, null);

        public static JsonNode Object(int start, int length, List<JsonProperty> properties)
            => new JsonNode(JsonKind.Object, start, length, null, null, properties, null);

        public static JsonNode Array(int start, int length, List<JsonNode> items)
            => new JsonNode(JsonKind.Array, start, length, null, null, null, items);
    }
}
