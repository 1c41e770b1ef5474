using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Pipeline;

namespace Kompass.Ingest.Cli.Worker;

/// <summary>
/// One ingest pass of the worker, the same ingest that <c>kompass ingest</c> runs. The runner holds
/// the store only while it writes a batch, so that <c>kompass serve</c> and <c>kompass correct</c>
/// get their turns during a pass too.
/// </summary>
public static class WorkerIngest
{
    /// <summary>
    /// Ingests <paramref name="archive"/> into the store <paramref name="db"/> with
    /// <paramref name="workers"/> documents in parallel. A store busy past the wait, or unusable, is a <see cref="Domain.Guards.UserActionableException"/>; on
    /// cancellation the runner stops between documents and the summary says so.
    /// </summary>
    /// <remarks>The one place that composes a pass: how the runner gets its store changes here only.</remarks>
    public static IngestSummary RunPass(string archive, string db, int workers, TimeProvider time, IProgress<IngestProgress> progress, CancellationToken cancellationToken)
        => PipelineFactory.CreateIngestRunner(PipelineFactory.SharedStore(db), time, new IngestOptions { Workers = workers }, PipelineFactory.OcrCacheBeside(db))
            .Run(archive, progress, cancellationToken);
}
