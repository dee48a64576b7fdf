namespace PortLint.Json
{
    /// <summary>One member of a JSON object.</summary>
    internal sealed class JsonProperty
    {
        public JsonProperty(JsonNode name, JsonNode value)
        {
            NameNode = name;
            Value = value;
        }

        /// <summary>The member's name as a string node (for its position).</summary>
        public JsonNode NameNode { get; }

        public string Name => NameNode.Value!;

        public JsonNode Value { get; }
    }
}
