using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PortLint.Urls
{
    /// <summary>
    /// The compile-time text of a URL argument, pieced together from literals, constants, interpolation holes and
    /// concatenations, with a map from each character back to the source it came from.
    /// </summary>
    internal sealed class UrlText
    {
        private readonly StringBuilder _value = new StringBuilder();
        private readonly List<Piece> _pieces = new List<Piece>();

        public UrlText(SyntaxNode whole) => Whole = whole;

        /// <summary>The whole argument expression.</summary>
        public SyntaxNode Whole { get; }

        public bool HasKnownText { get; private set; }

        public string Value => _value.ToString();

        /// <summary>Appends text whose characters sit in the source at <paramref name="node"/>'s start + <paramref name="sourceOffset"/> (-1: not one to one).</summary>
        public void Append(string text, SyntaxNode node, int sourceOffset)
        {
            _pieces.Add(new Piece(_value.Length, text.Length, node, sourceOffset));
            _value.Append(text);
            HasKnownText |= text.Length != 0;
        }

        /// <summary>Appends a part whose value is not known at compile time.</summary>
        public void AppendUnknown(SyntaxNode node)
        {
            _pieces.Add(new Piece(_value.Length, 1, node, -1));
            _value.Append(UrlPortParser.Unknown);
        }

        /// <summary>The parts whose value is not known (<see cref="AppendUnknown"/>): where their marker stands in <see cref="Value"/>, and their syntax.</summary>
        public IEnumerable<(int Start, SyntaxNode Node)> UnknownParts()
        {
            foreach (var piece in _pieces)
            {
                if (piece.Length == 1 && piece.SourceOffset < 0 && _value[piece.Start] == UrlPortParser.Unknown)
                {
                    yield return (piece.Start, piece.Node);
                }
            }
        }

        /// <summary>Where the characters [start, start+length) of <see cref="Value"/> are written: exactly when one piece holds them, else the narrowest node that does.</summary>
        public Location LocationOf(int start, int length)
        {
            foreach (var piece in _pieces)
            {
                if (start >= piece.Start && start + length <= piece.Start + piece.Length)
                {
                    return piece.SourceOffset >= 0
                        ? Location.Create(piece.Node.SyntaxTree, new TextSpan(piece.Node.SpanStart + piece.SourceOffset + (start - piece.Start), length))
                        : piece.Node.GetLocation();
                }
            }

            return Whole.GetLocation();
        }

        /// <summary>
        /// For the code fixes: the one piece that holds the characters [start, start+length) of <see cref="Value"/>, where it starts
        /// in <see cref="Value"/>, and where its characters start in <paramref name="node"/>'s source (-1: not one to one).
        /// </summary>
        public bool TryFindPiece(int start, int length, out SyntaxNode node, out int pieceStart, out int pieceLength, out int sourceOffset)
        {
            foreach (var piece in _pieces)
            {
                if (start >= piece.Start && start + length <= piece.Start + piece.Length)
                {
                    node = piece.Node;
                    pieceStart = piece.Start;
                    pieceLength = piece.Length;
                    sourceOffset = piece.SourceOffset;
                    return true;
                }
            }

            node = Whole;
            pieceStart = pieceLength = 0;
            sourceOffset = -1;
            return false;
        }

        private readonly struct Piece
        {
            public Piece(int start, int length, SyntaxNode node, int sourceOffset)
            {
                Start = start;
                Length = length;
                Node = node;
                SourceOffset = sourceOffset;
            }

            public int Start { get; }

            public int Length { get; }

            public SyntaxNode Node { get; }

            public int SourceOffset { get; }
        }
    }
}
