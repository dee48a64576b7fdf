using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace PortLint.Catalog
{
    /// <summary>
    /// Several words searched for in one pass over a text (<see cref="WordScanner"/>'s words, the text check, the compilation
    /// facts). Each block of 32 characters is loaded once, narrowed to bytes (the low byte of each character: a false match is
    /// ruled out by the whole-word comparison, and no true one is lost), and compared with every word's first character and
    /// one further in (its last, up to the eighth), so a word costs two byte comparisons per block rather than a pass of its
    /// own. No word may be a prefix of another: then at most one word starts at a position.
    /// <para>
    /// Compiled fully optimized at its first call (<c>AggressiveOptimization</c>): the runtime's <c>string.IndexOf</c>, one
    /// pass per word, is as fast once tiered up, but it is precompiled code that the tiered JIT recompiles with PGO probes when
    /// it gets hot, and in a compiler process that keeps compiling new code it ran three to four times slower for whole runs
    /// of the bench (docs/performance.md, issue 12).
    /// </para>
    /// </summary>
    internal sealed class WordSearch
    {
        private const MethodImplOptions AggressiveOptimization = (MethodImplOptions)512;

        /// <summary>The words, by probe offset (those of one offset share the block narrowed there).</summary>
        private readonly string[] _words;

        /// <summary>Each word's index in the order it was given.</summary>
        private readonly int[] _given;

        /// <summary>Per word: its first character and the one at its probe offset, each repeated over a vector of bytes.</summary>
        private readonly Probe[] _probes;

        /// <summary>The distinct probe offsets, and where each one's words end in <see cref="_probes"/>.</summary>
        private readonly int[] _offsets;
        private readonly int[] _groupEnds;
        private readonly int _maxOffset;

        /// <summary>Characters below 128 that start a word (the other first characters are looked for word by word).</summary>
        private readonly bool[] _startsAWord = new bool[128];
        private readonly bool _nonAsciiStart;

        private struct Probe
        {
            public Vector<byte> First;
            public Vector<byte> AtOffset;
        }

        /// <param name="words">The words (none a prefix of another).</param>
        /// <param name="maxProbeOffset">How far into a word its second probed character may be (its last one, up to this).</param>
        public WordSearch(IReadOnlyList<string> words, int maxProbeOffset = 7)
        {
            int OffsetOf(string word) => Math.Min(word.Length - 1, maxProbeOffset);
            var order = Enumerable.Range(0, words.Count).Where(i => words[i].Length > 0).OrderBy(i => OffsetOf(words[i])).ToArray();
            _given = order;
            _words = order.Select(i => words[i]).ToArray();
            _probes = _words.Select(w => new Probe { First = new Vector<byte>(unchecked((byte)w[0])), AtOffset = new Vector<byte>(unchecked((byte)w[OffsetOf(w)])) }).ToArray();
            _offsets = _words.Select(OffsetOf).Distinct().ToArray();
            _groupEnds = _offsets.Select(o => _words.Count(w => OffsetOf(w) <= o)).ToArray();
            _maxOffset = _offsets.Length == 0 ? 0 : _offsets.Max();
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
                var probes = _probes;
                var offsets = _offsets;
                var groupEnds = _groupEnds;
                ref var origin = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text.AsSpan());
                for (; at + _maxOffset + width <= text.Length; at += width)
                {
                    var block = Vector.Narrow(Load(ref origin, at), Load(ref origin, at + half));
                    var hits = Vector<byte>.Zero;
                    var w = 0;
                    for (var g = 0; g < offsets.Length; g++)
                    {
                        var offset = offsets[g];
                        var probed = offset == 0 ? block : Vector.Narrow(Load(ref origin, at + offset), Load(ref origin, at + offset + half));
                        for (var end = groupEnds[g]; w < end; w++)
                        {
                            ref readonly var probe = ref probes[w];
                            hits |= Vector.BitwiseAnd(Vector.Equals(block, probe.First), Vector.Equals(probed, probe.AtOffset));
                        }
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
        private static Vector<ushort> Load(ref char origin, int at) => Unsafe.ReadUnaligned<Vector<ushort>>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref origin, at)));
    }
}
