using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Domain.Review;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Analysis;

/// <summary>
/// Reads the store's compact score rows (<see cref="EvaluationRow"/>) for analysts' queries and
/// makes them effective: a document with corrections in force is read whole, corrected
/// (<see cref="ExtractionCorrector"/>) and its row rebuilt; every row gets its open warning and
/// error flags, with the review statuses of <see cref="FlagReview"/>. Most documents have no
/// corrections, so a query over thousands of them reads only the rows, the flags and the
/// reviewers' records, once each.
/// </summary>
public sealed class EvaluationSource(IDocumentReader store, FlagReview flagReview)
{
    private readonly IDocumentReader _store = Guard.NotNull(store);
    private readonly FlagReview _flagReview = Guard.NotNull(flagReview);

    /// <summary>The effective evaluations of the whole store, or of one municipality (official code).</summary>
    public IReadOnlyList<EffectiveEvaluation> Load(string? municipalityCode = null)
        => Effective(_store.Evaluations(municipalityCode), area: null);

    /// <summary>
    /// The effective evaluations of the whole store with only area <paramref name="area"/> in each
    /// row: read through the area index's small rows, for queries about one area across the store.
    /// </summary>
    public IReadOnlyList<EffectiveEvaluation> LoadArea(int area)
        => Effective(
            _store.AreaScores(area).Select(r => new EvaluationRow
            {
                Sha256 = r.Sha256,
                Type = r.Type ?? DocumentType.Unreadable,
                MunicipalityCode = r.MunicipalityCode,
                MunicipalityName = r.MunicipalityName,
                Year = r.Year,
                Framework = r.Framework,
                Areas = [new EvaluationArea(r.Area, r.Name, r.Score, r.Page, r.NationalMean)],
            }).ToList(),
            area);

    private List<EffectiveEvaluation> Effective(IReadOnlyList<EvaluationRow> rows, int? area)
    {
        var corrections = _store.AllCorrections().ToLookup(c => c.Sha256, StringComparer.Ordinal);
        var decisions = _store.AllFlagDecisions().ToLookup(d => d.Sha256, StringComparer.Ordinal);
        var flags = _store.AllFlags();
        var evaluations = new List<EffectiveEvaluation>(rows.Count);
        foreach (var row in rows)
        {
            var documentCorrections = corrections[row.Sha256].ToList();
            ReportExtraction? extraction = null;
            ReportExtraction Extraction() => extraction ??= Read(row.Sha256);
            var effective = CorrectionsInForce.Of(documentCorrections).Count == 0
                ? row
                : EvaluationRow.From(row.Sha256, ExtractionCorrector.Apply(Extraction(), documentCorrections)) ?? row;
            if (area is { } only)
            {
                effective = effective with { Areas = effective.Areas.Where(a => a.Number == only).ToList() };
            }

            var open = _flagReview.Of(row.Sha256, Extraction, flags.GetValueOrDefault(row.Sha256) ?? [], documentCorrections, decisions[row.Sha256].ToList())
                .Where(f => f.Status == FlagStatus.Open && f.Flag.Severity >= FlagSeverity.Warning)
                .Select(f => f.Flag)
                .ToList();
            evaluations.Add(new EffectiveEvaluation(effective, open));
        }

        return evaluations;
    }

    private ReportExtraction Read(string sha256)
    {
        var document = _store.Find(sha256) ?? throw new KompassBugException($"evaluation row of unknown document {sha256}");
        return _store.Extraction(sha256, document.ExtractorVersion)
            ?? throw new KompassBugException($"document {sha256} has no extraction for {document.ExtractorVersion}");
    }
}
