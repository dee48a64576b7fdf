using System;

namespace PortTests
{
    /// <summary>How long one step of a scenario may take, so that a broken port fails the test instead of hanging it.</summary>
    internal static class Limits
    {
        public const int TestMilliseconds = 30000;

        public static readonly TimeSpan Step = TimeSpan.FromSeconds(10);
    }
}
