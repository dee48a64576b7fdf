using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PortLint.Catalog
{
    /// <summary>
    /// Ordinal search for a word in a file's text, vectorized (<see cref="Vector{T}"/>: the word's first and last characters
    /// compared at once, the whole word only where both match) and compiled fully optimized at its first call. The runtime's
    /// <c>string.IndexOf</c> does the same, but it is precompiled code that the tiered JIT recompiles with PGO probes when it
    /// gets hot: in a compiler process that keeps compiling new code, it ran three to four times slower for whole runs of the
    /// bench (docs/performance.md, issue 12), and the text check is every file's cost.
    /// </summary>
    internal static class OrdinalSearch
    {
        /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name: no tiering, no PGO probes.</summary>
        private const MethodImplOptions AggressiveOptimization = (MethodImplOptions)512;

        /// <summary>The first occurrence of <paramref name="word"/> in <paramref name="text"/> at or after <paramref name="start"/>, or -1.</summary>
        [MethodImpl(AggressiveOptimization)]
        public static int IndexOf(string text, string word, int start = 0)
        {
            var last = word.Length - 1;
            var width = Vector<ushort>.Count;
            if (last < 1 || !Vector.IsHardwareAccelerated || start < 0)
            {
                return text.IndexOf(word, start, StringComparison.Ordinal);
            }

            ref var origin = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(text.AsSpan()));
            var first = new Vector<ushort>(word[0]);
            var final = new Vector<ushort>(word[last]);
            var at = start;
            for (; at + last + width <= text.Length; at += width)
            {
                var starts = Unsafe.ReadUnaligned<Vector<ushort>>(ref Unsafe.Add(ref origin, at * sizeof(char)));
                var ends = Unsafe.ReadUnaligned<Vector<ushort>>(ref Unsafe.Add(ref origin, (at + last) * sizeof(char)));
                var hits = Vector.BitwiseAnd(Vector.Equals(starts, first), Vector.Equals(ends, final));
                if (hits == Vector<ushort>.Zero)
                {
                    continue;
                }

                for (var lane = 0; lane < width; lane++)
                {
                    if (hits[lane] != 0 && string.CompareOrdinal(text, at + lane, word, 0, word.Length) == 0)
                    {
                        return at + lane;
                    }
                }
            }

            for (; at + last < text.Length; at++)
            {
                if (text[at] == word[0] && text[at + last] == word[last] && string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
                {
                    return at;
                }
            }

            return -1;
        }
    }
}
