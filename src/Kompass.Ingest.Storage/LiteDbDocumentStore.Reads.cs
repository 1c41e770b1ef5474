using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Storage.Bson;
using LiteDB;

namespace Kompass.Ingest.Storage;

/// <summary>The read side of <see cref="LiteDbDocumentStore"/>.</summary>
public sealed partial class LiteDbDocumentStore
{
    /// <inheritdoc />
    public StoredDocument? Find(string sha256)
        => _documents.FindById(sha256) is { } doc ? FromBson<StoredDocument>(doc) : null;

    /// <inheritdoc />
    public IReadOnlyList<StoredDocument> Documents()
        => _documents.FindAll()
            .Select(FromBson<StoredDocument>)
            .OrderBy(d => d.FirstPath, StringComparer.Ordinal)
            .ThenBy(d => d.Sha256, StringComparer.Ordinal)
            .ToList();

    /// <inheritdoc />
    public ReportExtraction? Extraction(string sha256, string extractorVersion)
        => _extractions.FindById(StoredExtraction.KeyOf(sha256, extractorVersion)) is { } doc
            ? FromBson<StoredExtraction>(doc).Extraction
            : null;

    /// <inheritdoc />
    public ReportExtraction? ExtractionScores(string sha256, string extractorVersion)
        => _extractions.FindById(StoredExtraction.KeyOf(sha256, extractorVersion)) is { } doc
            ? StoredExtractionBson.Scores(doc)
            : null;

    /// <inheritdoc />
    public IReadOnlyList<Flag> Flags(string sha256)
        => _flags.Find(Filters.Equal("sha256", sha256))
            .OrderBy(d => d["scope"].AsString == FlagBson.DocumentScope ? 0 : 1).ThenBy(d => d["index"].AsInt32)
            .Select(FlagBson.Read)
            .ToList();

    /// <inheritdoc />
    public IReadOnlyDictionary<string, IReadOnlyList<Flag>> AllFlags()
        => _flags.FindAll()
            .GroupBy(d => d["sha256"].AsString, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<Flag>)g.OrderBy(d => d["scope"].AsString == FlagBson.DocumentScope ? 0 : 1).ThenBy(d => d["index"].AsInt32).Select(FlagBson.Read).ToList(),
                StringComparer.Ordinal);

    /// <inheritdoc />
    public IReadOnlyList<AreaScoreRow> AreaScores(int area)
        => _areaScores.Find(Filters.Equal("area", area))
            .Select(AreaScoreBson.Read)
            .OrderBy(r => r.Year ?? 0).ThenBy(r => r.Sha256, StringComparer.Ordinal)
            .ToList();

    /// <inheritdoc />
    public IReadOnlyList<EvaluationRow> Evaluations(string? municipalityCode = null)
        => (municipalityCode is null ? _evaluations.FindAll() : _evaluations.Find(Filters.Equal("municipalityCode", municipalityCode)))
            .Select(EvaluationBson.Read)
            .ToList();

    /// <inheritdoc />
    public IReadOnlyList<FindingRow> FindingsWithTermPrefix(string prefix)
    {
        Domain.Guards.Guard.That(prefix.Length > 0, "a search term is not empty");

        if (_legacyFindings is not null || _legacyTermsIndex)
        {
            // An older store opened read-only: through its multikey index over the terms.
            var withPrefix = BsonExpression.Create($"{LegacyTermsExpression} ANY LIKE @0", new BsonValue(prefix + "%"));
            return _legacyFindings is not null
                ? _legacyFindings.Find(withPrefix).Select(FindingBson.Read).ToList()
                : _findingSets.Find(withPrefix)
                    .DistinctBy(set => set["_id"].AsString, StringComparer.Ordinal) // a row whose terms match twice is read once
                    .SelectMany(set => FindingSetBson.ItemsWithTermPrefix(set, prefix))
                    .ToList();
        }

        // Every document's terms row is read; only the documents with a matching item have their
        // finding set read, and of those the matching items are kept.
        return _findingTerms.FindAll()
            .Where(row => FindingTermsBson.HasTermWithPrefix(row, prefix))
            .Select(row => _findingSets.FindById(FindingTermsBson.Sha256(row)))
            .OfType<BsonDocument>()
            .SelectMany(set => FindingSetBson.ItemsWithTermPrefix(set, prefix))
            .ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<FindingRow> FindingsWithTheme(string theme)
    {
        Domain.Guards.Guard.That(theme.Length > 0, "a theme is not empty");
        return _legacyFindings is { } legacy
            ? legacy.Find(Filters.Equal("theme", new BsonValue(theme))).Select(FindingBson.Read).ToList()
            : _findingSets.Find(BsonExpression.Create($"{ThemesExpression} ANY = @0", new BsonValue(theme)))
                .DistinctBy(set => set["_id"].AsString, StringComparer.Ordinal)
                .SelectMany(set => FindingSetBson.ItemsWithTheme(set, theme))
                .ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<IngestRunRecord> Runs()
        => _runs.FindAll().Select(FromBson<IngestRunRecord>).OrderBy(r => r.Id).ToList();

    /// <summary>Every stored extraction of one document, oldest first (all extractor versions).</summary>
    public IReadOnlyList<StoredExtraction> ExtractionHistory(string sha256)
        => _extractions.Find(Filters.Equal("sha256", sha256))
            .Select(FromBson<StoredExtraction>)
            .OrderBy(e => e.ExtractedAt)
            .ToList();
}
