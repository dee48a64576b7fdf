using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using PortLint.Analyzers;
using PortLint.Options;

namespace PortLint.Flow
{
    /// <summary>
    /// One compilation's <see cref="FlowSummary"/> for one set of options, built by the callbacks that ask for it together. Each
    /// caller takes files nobody has taken and runs their level 1 (<see cref="FlowSummaryBuilder.LevelOne"/>), so a file's
    /// analysis that needs the summary while another callback builds it shares the work instead of blocking (the driver times a
    /// blocked callback as the analyzer's, and concurrent analysis would otherwise pay the build once more per waiting thread);
    /// the caller that finds every file done finishes the summary (<see cref="FlowSummaryBuilder.Finish"/>) while the others
    /// wait for it. A cancelled caller gives back the file it was on and keeps the files it finished (they are pure functions of
    /// the compilation and the options); a cancelled finish keeps nothing, and the next caller finishes again.
    /// </summary>
    internal sealed class FlowSlot
    {
        /// <summary>How long a waiting caller sleeps before it looks at its cancellation token again.</summary>
        private const int WaitMilliseconds = 50;

        private readonly object _gate = new object();
        private readonly ImmutableArray<SyntaxTree> _trees;
        private readonly FileLevelOne?[] _files;
        private readonly ConcurrentQueue<int> _givenBack = new ConcurrentQueue<int>();
        private int _next;
        private int _done;
        private FlowSummary? _summary;

        public FlowSlot(Compilation compilation)
        {
            _trees = compilation.SyntaxTrees.ToImmutableArray();
            _files = new FileLevelOne?[_trees.Length];
        }

        public FlowSummary Get(BindingSiteAnalysis analysis, Compilation compilation, PortLintOptions options, CancellationToken cancellationToken)
        {
            while (true)
            {
                var summary = Volatile.Read(ref _summary);
                if (summary != null)
                {
                    return summary;
                }

                while (TryTake(out var file))
                {
                    Run(file, analysis, compilation, options, cancellationToken);
                }

                lock (_gate)
                {
                    if (_summary != null)
                    {
                        return _summary;
                    }

                    if (Volatile.Read(ref _done) == _trees.Length)
                    {
                        summary = FlowSummaryBuilder.Finish(analysis, compilation, options, _trees, _files!, cancellationToken);
                        Volatile.Write(ref _summary, summary);
                        // The summary holds what it needs of the files' results.
                        Array.Clear(_files, 0, _files.Length);
                        return summary;
                    }

                    if (_givenBack.IsEmpty)
                    {
                        // Other callers hold the last files: woken when they finish or give one back.
                        Monitor.Wait(_gate, WaitMilliseconds);
                    }
                }

                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        private bool TryTake(out int file)
        {
            if (_givenBack.TryDequeue(out file))
            {
                return true;
            }

            if (Volatile.Read(ref _next) >= _trees.Length)
            {
                return false;
            }

            file = Interlocked.Increment(ref _next) - 1;
            return file < _trees.Length;
        }

        private void Run(int file, BindingSiteAnalysis analysis, Compilation compilation, PortLintOptions options, CancellationToken cancellationToken)
        {
            FileLevelOne result;
            try
            {
                result = FlowSummaryBuilder.LevelOne(analysis, compilation, _trees[file], options, cancellationToken);
            }
            catch
            {
                _givenBack.Enqueue(file);
                Wake();
                throw;
            }

            Volatile.Write(ref _files[file], result);
            if (Interlocked.Increment(ref _done) == _trees.Length)
            {
                Wake();
            }
        }

        private void Wake()
        {
            lock (_gate)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }
}
