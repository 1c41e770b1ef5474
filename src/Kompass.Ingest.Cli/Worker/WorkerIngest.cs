using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Pipeline;

namespace Kompass.Ingest.Cli.Worker;

/// <summary>
/// One ingest pass of the worker, the same ingest that <c>kompass ingest</c> runs. The store is
/// open only for the pass and closed after it, so that <c>kompass serve</c> and <c>kompass correct</c>
/// can use it between passes.
/// </summary>
public static class WorkerIngest
{
    /// <summary>
    /// Opens the store <paramref name="db"/>, ingests <paramref name="archive"/> into it and closes
    /// it. A busy or unusable store is a <see cref="Domain.Guards.UserActionableException"/>; on
    /// cancellation the runner stops between documents and the summary says so.
    /// </summary>
    /// <remarks>The one place that composes a pass: how the runner gets its store changes here only.</remarks>
    public static IngestSummary RunPass(string archive, string db, TimeProvider time, IProgress<IngestProgress> progress, CancellationToken cancellationToken)
    {
        using var store = PipelineFactory.OpenStore(db);
        return PipelineFactory.CreateIngestRunner(store, time).Run(archive, progress, cancellationToken);
    }
}
