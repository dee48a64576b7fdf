using System.Collections.Generic;
using System.Text;

namespace PortLint.Json
{
    /// <summary>
    /// Reads the JSON that launchSettings.json and appsettings.json may hold: standard JSON plus <c>//</c> and
    /// <c>/* */</c> comments and trailing commas, as the .NET configuration and launch-settings readers accept.
    /// Malformed text yields no tree, never an exception, so a half-typed file produces no reports.
    /// </summary>
    internal sealed class JsonReader
    {
        /// <summary>Deeper nesting is treated as malformed, which bounds the recursion.</summary>
        public const int MaxDepth = 64;

        private readonly string _text;
        private int _position;

        private JsonReader(string text) => _text = text;

        /// <summary>Reads <paramref name="text"/>; false, with no tree, when it is not one well-formed JSON value.</summary>
        public static bool TryRead(string text, out JsonNode? root)
        {
            var reader = new JsonReader(text);
            root = null;
            if (!reader.SkipTrivia())
            {
                return false;
            }

            var value = reader.ReadValue(0);
            if (value is null || !reader.SkipTrivia() || reader._position != text.Length)
            {
                return false;
            }

            root = value;
            return true;
        }

        private JsonNode? ReadValue(int depth)
        {
            if (_position >= _text.Length || depth > MaxDepth)
            {
                return null;
            }

            switch (_text[_position])
            {
                case '{':
                    return ReadObject(depth);
                case '[':
                    return ReadArray(depth);
                case '"':
                    return ReadString();
                case 't':
                    return ReadLiteral("true", JsonKind.True);
                case 'f':
                    return ReadLiteral("false", JsonKind.False);
                case 'n':
                    return ReadLiteral("null", JsonKind.Null);
                default:
                    return ReadNumber();
            }
        }

        private JsonNode? ReadObject(int depth)
        {
            var start = _position++;
            var properties = new List<JsonProperty>();
            while (true)
            {
                if (!SkipTrivia() || _position >= _text.Length)
                {
                    return null;
                }

                if (_text[_position] == '}')
                {
                    _position++;
                    return JsonNode.Object(start, _position - start, properties);
                }

                // A member may only start here after '{' or ','.
                if (_text[_position] != '"')
                {
                    return null;
                }

                var name = ReadString();
                if (name is null || !SkipTrivia() || _position >= _text.Length || _text[_position] != ':')
                {
                    return null;
                }

                _position++;
                if (!SkipTrivia())
                {
                    return null;
                }

                var value = ReadValue(depth + 1);
                if (value is null || !SkipTrivia() || _position >= _text.Length)
                {
                    return null;
                }

                properties.Add(new JsonProperty(name, value));
                if (_text[_position] == ',')
                {
                    _position++;
                }
                else if (_text[_position] != '}')
                {
                    return null;
                }
            }
        }

        private JsonNode? ReadArray(int depth)
        {
            var start = _position++;
            var items = new List<JsonNode>();
            while (true)
            {
                if (!SkipTrivia() || _position >= _text.Length)
                {
                    return null;
                }

                if (_text[_position] == ']')
                {
                    _position++;
                    return JsonNode.Array(start, _position - start, items);
                }

                var value = ReadValue(depth + 1);
                if (value is null || !SkipTrivia() || _position >= _text.Length)
                {
                    return null;
                }

                items.Add(value);
                if (_text[_position] == ',')
                {
                    _position++;
                }
                else if (_text[_position] != ']')
                {
                    return null;
                }
            }
        }

        private JsonNode? ReadString()
        {
            var start = _position++;
            StringBuilder? escaped = null;
            List<int>? map = null;
            var runStart = _position;
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c == '"')
                {
                    string value;
                    int[]? sourceMap = null;
                    if (escaped is null)
                    {
                        value = _text.Substring(runStart, _position - runStart);
                    }
                    else
                    {
                        AppendRun(escaped, map!, runStart, _position);
                        map!.Add(_position);
                        value = escaped.ToString();
                        sourceMap = map.ToArray();
                    }

                    _position++;
                    return JsonNode.String(start, _position - start, value, sourceMap);
                }

                if (c < ' ')
                {
                    // Raw control characters (a line break in particular) are not allowed in a JSON string.
                    return null;
                }

                if (c != '\\')
                {
                    _position++;
                    continue;
                }

                if (escaped is null)
                {
                    escaped = new StringBuilder();
                    map = new List<int>();
                }

                AppendRun(escaped, map!, runStart, _position);
                var escapeStart = _position;
                if (!TryReadEscape(out var unescaped))
                {
                    return null;
                }

                escaped.Append(unescaped);
                map!.Add(escapeStart);
                runStart = _position;
            }

            return null;
        }

        private void AppendRun(StringBuilder value, List<int> map, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                value.Append(_text[i]);
                map.Add(i);
            }
        }

        /// <summary>Reads the escape at the backslash under the cursor.</summary>
        private bool TryReadEscape(out char value)
        {
            value = '\0';
            if (_position + 1 >= _text.Length)
            {
                return false;
            }

            var c = _text[_position + 1];
            _position += 2;
            switch (c)
            {
                case '"': value = '"'; return true;
                case '\\': value = '\\'; return true;
                case '/': value = '/'; return true;
                case 'b': value = '\b'; return true;
                case 'f': value = '\f'; return true;
                case 'n': value = '\n'; return true;
                case 'r': value = '\r'; return true;
                case 't': value = '\t'; return true;
                case 'u':
                    if (_position + 4 > _text.Length)
                    {
                        return false;
                    }

                    var code = 0;
                    for (var i = 0; i < 4; i++)
                    {
                        var digit = HexValue(_text[_position + i]);
                        if (digit < 0)
                        {
                            return false;
                        }

                        code = (code * 16) + digit;
                    }

                    _position += 4;
                    value = (char)code;
                    return true;
                default:
                    return false;
            }
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }

        private JsonNode? ReadLiteral(string literal, JsonKind kind)
        {
            if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
            {
                return null;
            }

            var start = _position;
            _position += literal.Length;
            return JsonNode.Scalar(kind, start, literal.Length, literal);
        }

        /// <summary>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</summary>
        private JsonNode? ReadNumber()
        {
            var start = _position;
            if (Peek() == '-')
            {
                _position++;
            }

            if (Peek() == '0')
            {
                _position++;
            }
            else if (!SkipDigits())
            {
                return null;
            }

            if (Peek() == '.')
            {
                _position++;
                if (!SkipDigits())
                {
                    return null;
                }
            }

            if (Peek() == 'e' || Peek() == 'E')
            {
                _position++;
                if (Peek() == '+' || Peek() == '-')
                {
                    _position++;
                }

                if (!SkipDigits())
                {
                    return null;
                }
            }

            return JsonNode.Scalar(JsonKind.Number, start, _position - start, _text.Substring(start, _position - start));
        }

        private bool SkipDigits()
        {
            var start = _position;
            while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
            {
                _position++;
            }

            return _position > start;
        }

        private char Peek() => _position < _text.Length ? _text[_position] : '\0';

        /// <summary>Skips white space and comments; false for an unterminated <c>/*</c> comment or a lone <c>/</c>.</summary>
        private bool SkipTrivia()
        {
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF')
                {
                    _position++;
                    continue;
                }

                if (c != '/')
                {
                    return true;
                }

                var next = _position + 1 < _text.Length ? _text[_position + 1] : '\0';
                if (next == '/')
                {
                    _position += 2;
                    while (_position < _text.Length && _text[_position] != '\n' && _text[_position] != '\r')
                    {
                        _position++;
                    }
                }
                else if (next == '*')
                {
                    var end = _text.IndexOf("*/", _position + 2, System.StringComparison.Ordinal);
                    if (end < 0)
                    {
                        return false;
                    }

                    _position = end + 2;
                }
                else
                {
                    return false;
                }
            }

            return true;
        }
    }
}
