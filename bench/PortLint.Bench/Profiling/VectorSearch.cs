using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PortLint.Bench.Profiling
{
    internal static class VectorSearch
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static bool ContainsAny(string text, string[] words)
        {
            foreach (var word in words)
            {
                if (IndexOf(text, word) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static int IndexOf(string text, string word)
        {
            var span = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
            var last = word.Length - 1;
            var count = Vector<ushort>.Count;
            var firstV = new Vector<ushort>(word[0]);
            var lastV = new Vector<ushort>(word[last]);
            var i = 0;
            for (; i + last + count <= span.Length; i += count)
            {
                var eq = Vector.BitwiseAnd(Vector.Equals(new Vector<ushort>(span.Slice(i)), firstV), Vector.Equals(new Vector<ushort>(span.Slice(i + last)), lastV));
                if (eq != Vector<ushort>.Zero)
                {
                    for (var lane = 0; lane < count; lane++)
                    {
                        if (eq[lane] != 0 && string.CompareOrdinal(text, i + lane, word, 0, word.Length) == 0)
                        {
                            return i + lane;
                        }
                    }
                }
            }

            for (; i + last < span.Length; i++)
            {
                if (text[i] == word[0] && string.CompareOrdinal(text, i, word, 0, word.Length) == 0)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
