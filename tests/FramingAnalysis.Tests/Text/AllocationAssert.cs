namespace FramingAnalysis.Tests.Text;

/// <summary>Checks that an action does not allocate per call (a stray allocation by tiered JIT is tolerated).</summary>
internal static class AllocationAssert
{
    public static void NoAllocationPerCall(Action action)
    {
        for (int i = 0; i < 2_000; i++)
        {
            action();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            action();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 1_024, $"{allocated} bytes allocated over 10,000 calls");
    }
}
