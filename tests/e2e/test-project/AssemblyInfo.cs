using Xunit;

// One test at a time: xunit 2 enforces [Fact(Timeout = ...)] only without parallelization, and the ports print in order.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
