using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PortLint.Bench.Profiling
{
    /// <summary>
    /// Runs an analyzer unchanged and sums the thread CPU time spent in its callbacks (<see cref="ThreadCpu"/>). The driver's
    /// telemetry measures wall time inside the callbacks, which on 2 cores shared with the compiler's threads also counts the
    /// time a callback waited, preempted; thread CPU time counts only the work. The driver sees this wrapper, so its telemetry
    /// and diagnostics are the wrapped analyzer's.
    /// </summary>
    internal sealed class CpuTimedAnalyzer : DiagnosticAnalyzer
    {
        private long _nanoseconds;
        private long _startNanoseconds;
        private long _allocatedBytes;

        public CpuTimedAnalyzer(DiagnosticAnalyzer inner) => Inner = inner;

        public DiagnosticAnalyzer Inner { get; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Inner.SupportedDiagnostics;

        /// <summary>Thread CPU time in the analyzer's callbacks since the last <see cref="Reset"/>.</summary>
        public double CpuMs => Interlocked.Read(ref _nanoseconds) / 1e6;

        /// <summary>The part of <see cref="CpuMs"/> spent in compilation-start actions.</summary>
        public double StartCpuMs => Interlocked.Read(ref _startNanoseconds) / 1e6;

        /// <summary>Bytes the callbacks allocated (on their threads) since the last <see cref="Reset"/>: the GC pressure they add.</summary>
        public long AllocatedBytes => Interlocked.Read(ref _allocatedBytes);

        public void Reset()
        {
            Interlocked.Exchange(ref _allocatedBytes, 0);
            Interlocked.Exchange(ref _nanoseconds, 0);
            Interlocked.Exchange(ref _startNanoseconds, 0);
        }

        public override void Initialize(AnalysisContext context) => Inner.Initialize(new TimedAnalysisContext(context, this));

        /// <summary>
        /// Wall time and thread CPU inside the callbacks, by the kind of callback (what the driver's telemetry counts, split).
        /// Lock-free: a lock taken here, after the callback and inside the driver's timer, is charged to the analyzer's
        /// telemetry whenever its holder is preempted.
        /// </summary>
        public System.Collections.Concurrent.ConcurrentDictionary<string, KindTotals> ByKind { get; } = new System.Collections.Concurrent.ConcurrentDictionary<string, KindTotals>();

        internal sealed class KindTotals
        {
            public long WallTicks;
            public long CpuNanoseconds;
            public int Calls;
        }

        internal Action<T> Wrap<T>(Action<T> action)
        {
            var kind = typeof(T).Name;
            return argument =>
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var start = ThreadCpu.Nanoseconds();
                var wall = System.Diagnostics.Stopwatch.GetTimestamp();
                try
                {
                    action(argument);
                }
                finally
                {
                    var wallSpent = System.Diagnostics.Stopwatch.GetTimestamp() - wall;
                    var spent = ThreadCpu.Nanoseconds() - start;
                    var totals = ByKind.GetOrAdd(kind, _ => new KindTotals());
                    Interlocked.Add(ref totals.WallTicks, wallSpent);
                    Interlocked.Add(ref totals.CpuNanoseconds, spent);
                    Interlocked.Increment(ref totals.Calls);
                    Interlocked.Add(ref _nanoseconds, spent);
                    Interlocked.Add(ref _allocatedBytes, GC.GetAllocatedBytesForCurrentThread() - allocated);
                    if (argument is CompilationStartAnalysisContext)
                    {
                        Interlocked.Add(ref _startNanoseconds, spent);
                    }
                }
            };
        }

        private sealed class TimedAnalysisContext : AnalysisContext
        {
            private readonly AnalysisContext _context;
            private readonly CpuTimedAnalyzer _timer;

            public TimedAnalysisContext(AnalysisContext context, CpuTimedAnalyzer timer)
            {
                _context = context;
                _timer = timer;
            }

            public override void EnableConcurrentExecution() => _context.EnableConcurrentExecution();

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _context.ConfigureGeneratedCodeAnalysis(analysisMode);

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
                => _context.RegisterCompilationStartAction(_timer.Wrap<CompilationStartAnalysisContext>(start => action(new TimedCompilationStartContext(start, _timer))));

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _context.RegisterCompilationAction(_timer.Wrap(action));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _context.RegisterSemanticModelAction(_timer.Wrap(action));

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _context.RegisterSymbolAction(_timer.Wrap(action), symbolKinds);

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _context.RegisterCodeBlockAction(_timer.Wrap(action));

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _context.RegisterSyntaxTreeAction(_timer.Wrap(action));

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _context.RegisterAdditionalFileAction(_timer.Wrap(action));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
                => _context.RegisterSyntaxNodeAction(_timer.Wrap(action), syntaxKinds);

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _context.RegisterOperationAction(_timer.Wrap(action), operationKinds);

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Unsupported();

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _context.RegisterOperationBlockAction(_timer.Wrap(action));
        }

        private sealed class TimedCompilationStartContext : CompilationStartAnalysisContext
        {
            private readonly CompilationStartAnalysisContext _context;
            private readonly CpuTimedAnalyzer _timer;

            public TimedCompilationStartContext(CompilationStartAnalysisContext context, CpuTimedAnalyzer timer)
                : base(context.Compilation, context.Options, context.CancellationToken)
            {
                _context = context;
                _timer = timer;
            }

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _context.RegisterCompilationEndAction(_timer.Wrap(action));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _context.RegisterSemanticModelAction(_timer.Wrap(action));

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _context.RegisterSymbolAction(_timer.Wrap(action), symbolKinds);

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _context.RegisterCodeBlockAction(_timer.Wrap(action));

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _context.RegisterSyntaxTreeAction(_timer.Wrap(action));

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _context.RegisterAdditionalFileAction(_timer.Wrap(action));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
                => _context.RegisterSyntaxNodeAction(_timer.Wrap(action), syntaxKinds);

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _context.RegisterOperationAction(_timer.Wrap(action), operationKinds);

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Unsupported();

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _context.RegisterOperationBlockAction(_timer.Wrap(action));
        }

        private static NotSupportedException Unsupported() => new NotSupportedException("The bench's CPU timer does not wrap block-start actions; PortLint registers none.");
    }
}
