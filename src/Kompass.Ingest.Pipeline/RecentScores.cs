using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// The scores of the last extractions a run stored (at most <see cref="Capacity"/>), as the
/// end-of-run duplicate check reads them from the store (<c>IDocumentReader.ExtractionScores</c>):
/// type, municipality, year, total and each area's number, scores and question rows. The check
/// takes a candidate from here when it can instead of reading back from the store what the writer
/// has just written; at the end of a run its single thread was all that worked, reading and
/// materialising each candidate's whole stored extraction. Only the newest are kept, so that a run
/// over thousands of documents holds a few MB at most (a report's rows are some 20 KB). Used by the
/// writer's thread and then the check, one after the other: not thread-safe.
/// </summary>
internal sealed class RecentScores(int capacity)
{
    private readonly Dictionary<(string Sha256, string ExtractorVersion), ReportExtraction> _scores = [];

    // Oldest first; a document stored twice in one run (--reextract of a copy) is listed twice,
    // and the older listing evicts it early, which only means a read from the store.
    private readonly Queue<(string Sha256, string ExtractorVersion)> _order = new();

    /// <summary>How many documents' scores are kept.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>Keeps the scores of an extraction just stored under <paramref name="extractorVersion"/>.</summary>
    public void Add(string sha256, string extractorVersion, ReportExtraction extraction)
    {
        var key = (sha256, extractorVersion);
        _scores[key] = ScoresOf(extraction);
        _order.Enqueue(key);
        while (_order.Count > Capacity)
        {
            _scores.Remove(_order.Dequeue());
        }
    }

    /// <summary>The kept scores of a document's extraction by <paramref name="extractorVersion"/>, or null.</summary>
    public ReportExtraction? Find(string sha256, string extractorVersion)
        => _scores.GetValueOrDefault((sha256, extractorVersion));

    /// <summary>
    /// The part of <paramref name="extraction"/> the duplicate check compares, the same fields the
    /// store's score read fills; the texts are left out, so that they are not kept alive.
    /// </summary>
    public static ReportExtraction ScoresOf(ReportExtraction extraction) => new()
    {
        Type = extraction.Type,
        Municipality = extraction.Municipality,
        Year = extraction.Year,
        Total = extraction.Total,
        Areas = [.. extraction.Areas.Select(a => new AreaExtraction
        {
            Number = a.Number,
            SummaryScore = a.SummaryScore,
            SectionScore = a.SectionScore,
            TableTotal = a.TableTotal,
            Questions = a.Questions,
        })],
    };
}
