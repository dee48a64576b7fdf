using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace PortLint.Catalog
{
    /// <summary>
    /// Several words searched for in one pass over a text (<see cref="WordScanner"/>'s words). Each block of characters is loaded
    /// once, narrowed to bytes (the low byte of each character: a false match is ruled out by the whole-word comparison, and
    /// no true one is lost), and compared with every word's first character and, at the word's length, its last one, so a word
    /// costs two byte comparisons per block rather than a pass of its own. Compiled fully optimized at its first call
    /// (<see cref="OrdinalSearch"/>). No word may be a prefix of another: then at most one word starts at a position.
    /// </summary>
    internal sealed class WordSearch
    {
        private const MethodImplOptions AggressiveOptimization = (MethodImplOptions)512;

        /// <summary>The words, shortest first (those of one length share the block at their last character).</summary>
        private readonly string[] _words;

        /// <summary>Each word's index in the order it was given.</summary>
        private readonly int[] _given;
        private readonly int[] _lasts;
        private readonly Vector<byte>[] _firsts;
        private readonly Vector<byte>[] _finals;
        private readonly int _maxLast;

        /// <summary>Characters below 128 that start a word (the other first characters are looked for word by word).</summary>
        private readonly bool[] _startsAWord = new bool[128];
        private readonly bool _nonAsciiStart;

        public WordSearch(IReadOnlyList<string> words)
        {
            var order = Enumerable.Range(0, words.Count).Where(i => words[i].Length > 0).OrderBy(i => words[i].Length).ToArray();
            _given = order;
            _words = order.Select(i => words[i]).ToArray();
            _lasts = _words.Select(w => w.Length - 1).ToArray();
            _firsts = _words.Select(w => new Vector<byte>(unchecked((byte)w[0]))).ToArray();
            _finals = _words.Select(w => new Vector<byte>(unchecked((byte)w[w.Length - 1]))).ToArray();
            _maxLast = _lasts.Length == 0 ? 0 : _lasts.Max();
            foreach (var word in _words)
            {
                if (word[0] < 128)
                {
                    _startsAWord[word[0]] = true;
                }
                else
                {
                    _nonAsciiStart = true;
                }
            }
        }

        /// <summary>The first position at or after <paramref name="start"/> where a word starts, with that word's index as given; -1 when none does.</summary>
        [MethodImpl(AggressiveOptimization)]
        public int Find(string text, int start, out int word)
        {
            word = -1;
            if (_words.Length == 0 || start < 0)
            {
                return -1;
            }

            var at = start;
            if (Vector.IsHardwareAccelerated)
            {
                var half = Vector<ushort>.Count;
                var width = Vector<byte>.Count;
                ref var origin = ref Unsafe.As<char, byte>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text.AsSpan()));
                for (; at + _maxLast + width <= text.Length; at += width)
                {
                    var block = Vector.Narrow(Load(ref origin, at), Load(ref origin, at + half));
                    var hits = Vector<byte>.Zero;
                    var offset = -1;
                    var ends = block;
                    for (var w = 0; w < _words.Length; w++)
                    {
                        if (_lasts[w] != offset)
                        {
                            offset = _lasts[w];
                            ends = Vector.Narrow(Load(ref origin, at + offset), Load(ref origin, at + offset + half));
                        }

                        hits |= Vector.BitwiseAnd(Vector.Equals(block, _firsts[w]), Vector.Equals(ends, _finals[w]));
                    }

                    if (hits == Vector<byte>.Zero)
                    {
                        continue;
                    }

                    for (var lane = 0; lane < width; lane++)
                    {
                        if (hits[lane] != 0 && MatchAt(text, at + lane, out word))
                        {
                            return at + lane;
                        }
                    }
                }
            }

            for (; at < text.Length; at++)
            {
                var c = text[at];
                if ((c < 128 ? _startsAWord[c] : _nonAsciiStart) && MatchAt(text, at, out word))
                {
                    return at;
                }
            }

            return -1;
        }

        private bool MatchAt(string text, int at, out int word)
        {
            for (var w = 0; w < _words.Length; w++)
            {
                var candidate = _words[w];
                if (at + candidate.Length <= text.Length
                    && text[at] == candidate[0]
                    && text[at + candidate.Length - 1] == candidate[candidate.Length - 1]
                    && string.CompareOrdinal(text, at, candidate, 0, candidate.Length) == 0)
                {
                    word = _given[w];
                    return true;
                }
            }

            word = -1;
            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<ushort> Load(ref byte origin, int at) => Unsafe.ReadUnaligned<Vector<ushort>>(ref Unsafe.Add(ref origin, at * sizeof(char)));
    }
}
