using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// The scores of the last extractions a run stored (at most <see cref="Capacity"/>), the values the
/// end-of-run duplicate check reads from the store (<c>IDocumentReader.ExtractionScores</c>). The
/// check takes a candidate from here when it can instead of reading back from the store what the
/// writer has just written: at the end of a run its single thread was all that worked, reading and
/// materialising each candidate's whole stored extraction. Only the newest are kept, so that a run
/// over thousands of documents holds a few MB at most. Used by the writer's thread and then the
/// check, one after the other: not thread-safe.
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
    /// The values the duplicate check compares and names, those the store's score read gives:
    /// type, municipality, year, total, each area's scores and each question row's id and score.
    /// Only the values: no text and no provenance is kept alive (a report's rows with theirs were
    /// some 100 KB, and 256 of them raised the peak of a 5,000-document ingest by a fifth).
    /// </summary>
    public static ReportExtraction ScoresOf(ReportExtraction extraction) => new()
    {
        Type = extraction.Type,
        Municipality = extraction.Municipality,
        Year = ValueOf(extraction.Year),
        Total = ValueOf(extraction.Total),
        Areas = [.. extraction.Areas.Select(a => new AreaExtraction
        {
            Number = a.Number,
            SummaryScore = ValueOf(a.SummaryScore),
            SectionScore = ValueOf(a.SectionScore),
            TableTotal = ValueOf(a.TableTotal),
            Questions = [.. a.Questions.Select(q => new QuestionRow(ValueOf(q.Id)!, NoText, ValueOf(q.Score), null, null))],
        })],
    };

    // What stands for the provenance of a kept value: the check never reads it.
    private static readonly Provenance Kept = Provenance.Derived("recent-scores");

    private static readonly Sourced<string> NoText = Sourced.Of(string.Empty, Kept);

    private static Sourced<T>? ValueOf<T>(Sourced<T>? sourced) => sourced is null ? null : Sourced.Of(sourced.Value, Kept);
}
