using System;
using System.Runtime.InteropServices;

namespace PortLint.Bench.Profiling
{
    /// <summary>CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): time the thread ran, not time it waited or was preempted.</summary>
    internal static class ThreadCpu
    {
        private const int ClockThreadCpuTimeId = 3;

        public static bool IsSupported { get; } = Probe();

        /// <summary>Nanoseconds of CPU time the calling thread has used, or 0 where the clock is not available.</summary>
        public static long Nanoseconds()
        {
            if (!IsSupported)
            {
                return 0;
            }

            clock_gettime(ClockThreadCpuTimeId, out var time);
            return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
        }

        private static bool Probe()
        {
            try
            {
                return OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTimeId, out _) == 0;
            }
            catch (DllNotFoundException)
            {
                return false;
            }
            catch (EntryPointNotFoundException)
            {
                return false;
            }
        }

        [DllImport("libc", SetLastError = false)]
        private static extern int clock_gettime(int clockId, out TimeSpec time);

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }
}
