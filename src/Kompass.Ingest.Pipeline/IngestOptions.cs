namespace Kompass.Ingest.Pipeline;

/// <summary>How an ingest run spends the machine: parallel documents and the time one may take.</summary>
public sealed record IngestOptions
{
    /// <summary>The most a document may take to read and extract, by default; see <see cref="DocumentTimeout"/>.</summary>
    public static TimeSpan DefaultDocumentTimeout { get; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Documents read and extracted at the same time (default: the core count). Storing is done by
    /// one writer, so this bounds the CPU work, not the store's.
    /// </summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The most one document may take to read and extract. Generous by default: a real 1,000-page
    /// report takes well under a minute here, while a PDF that makes the reader spin never ends.
    /// A document over it is stored as unreadable ("timed out after N s") and the run goes on.
    /// </summary>
    public TimeSpan DocumentTimeout { get; init; } = DefaultDocumentTimeout;

    /// <summary>The defaults.</summary>
    public static IngestOptions Default { get; } = new();

    /// <summary>The options checked: a person's mistake is a one-line error naming the flag.</summary>
    public IngestOptions Validated()
    {
        if (Workers is < 1 or > MaxWorkers)
        {
            throw new Domain.Guards.UserActionableException($"--workers must be between 1 and {MaxWorkers}, not {Workers}");
        }

        if (DocumentTimeout <= TimeSpan.Zero || DocumentTimeout > TimeSpan.FromHours(1))
        {
            throw new Domain.Guards.UserActionableException($"--timeout must be more than 0 and at most 3600 seconds, not {DocumentTimeout.TotalSeconds:0.###}");
        }

        return this;
    }

    /// <summary>More parallel documents than this only queue for the cores and hold memory.</summary>
    public const int MaxWorkers = 64;
}
