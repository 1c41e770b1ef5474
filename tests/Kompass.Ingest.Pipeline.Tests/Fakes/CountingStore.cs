using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Domain.Review;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Tests.Fakes;

/// <summary>A real store that counts the one-document look-ups (<see cref="Find"/>) made through it.</summary>
internal sealed class CountingStore(IDocumentStore inner) : IDocumentStore
{
    public int Finds { get; private set; }

    public StoredDocument? Find(string sha256)
    {
        Finds++;
        return inner.Find(sha256);
    }

    public IReadOnlyList<StoredDocument> Documents() => inner.Documents();

    public ReportExtraction? Extraction(string sha256, string extractorVersion) => inner.Extraction(sha256, extractorVersion);

    public ReportExtraction? ExtractionScores(string sha256, string extractorVersion) => inner.ExtractionScores(sha256, extractorVersion);

    public IReadOnlyList<IngestRunRecord> Runs() => inner.Runs();

    public int StartRun(RunStart start) => inner.StartRun(start);

    public bool RecordSeen(string sha256, string path, int runId) => inner.RecordSeen(sha256, path, runId);

    public void MarkSeen(IReadOnlyCollection<string> sha256s, int runId) => inner.MarkSeen(sha256s, runId);

    public void Save(DocumentWrite write) => inner.Save(write);

    public void SaveAll(IReadOnlyList<DocumentWrite> writes) => inner.SaveAll(writes);

    public void FinishRun(IngestRunRecord run) => inner.FinishRun(run);

    public IReadOnlyList<Correction> Corrections(string sha256) => inner.Corrections(sha256);

    public IReadOnlyList<Correction> AllCorrections() => inner.AllCorrections();

    public IReadOnlyList<Flag> Flags(string sha256) => inner.Flags(sha256);

    public void ReplaceCrossDocumentFlags(IReadOnlyDictionary<string, IReadOnlyList<Flag>> flags) => inner.ReplaceCrossDocumentFlags(flags);

    public int AddCorrection(Correction correction) => inner.AddCorrection(correction);

    public IReadOnlyList<FlagDecision> FlagDecisions(string sha256) => inner.FlagDecisions(sha256);

    public IReadOnlyList<FlagDecision> AllFlagDecisions() => inner.AllFlagDecisions();

    public IReadOnlyDictionary<string, IReadOnlyList<Flag>> AllFlags() => inner.AllFlags();

    public IReadOnlyList<AreaScoreRow> AreaScores(int area) => inner.AreaScores(area);

    public IReadOnlyList<FindingRow> FindingsWithTermPrefix(string prefix) => inner.FindingsWithTermPrefix(prefix);

    public IReadOnlyList<FindingRow> FindingsWithTheme(string theme) => inner.FindingsWithTheme(theme);

    public IReadOnlyList<EvaluationRow> Evaluations(string? municipalityCode = null) => inner.Evaluations(municipalityCode);

    public int AddFlagDecision(FlagDecision decision) => inner.AddFlagDecision(decision);

    public void Dispose()
    {
        // The inner store belongs to the test.
    }
}
