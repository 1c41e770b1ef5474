using System.Globalization;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Export;

/// <summary>
/// Turns one stored document into the contract's document object, field for field as
/// <c>shared/spec/export-v1.md</c> defines it: contract names for types and revisions, areas in
/// number order with the summary score first, pages of the values exported, every text with its
/// white space collapsed. Pure and thread-safe.
/// </summary>
public sealed class ExportDocumentMapper
{
    /// <summary>Maps one document.</summary>
    public ExportDocument Map(ExportSource source)
    {
        Guard.NotNull(source);
        var e = source.Extraction;
        return new ExportDocument
        {
            Sha256 = source.Sha256,
            Path = source.Path.Replace('\\', '/'),
            DocumentType = ContractNames.Of(e.Type),
            Error = e.Type == DocumentType.Unreadable ? ContractText.CollapseToNull(e.Error) ?? "unreadable: no reason was recorded" : null,
            Title = ContractText.CollapseToNull(e.Title?.Value),
            FrameworkVersion = e.Framework?.ToName(),
            Municipality = e.Municipality is { } m ? Municipality(m) : null,
            Year = e.Year?.Value,
            Month = e.Month?.Value,
            ReportDate = e.ReportDate?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Evaluators = Texts(e.Evaluators),
            EvaluationRound = e.EvaluationRound?.Value,
            Ocr = e.Ocr,
            Total = e.Total?.Value,
            NationalMeanTotal = e.NationalMeanTotal?.Value,
            Areas = e.Areas.OrderBy(a => a.Number).Select(Area).ToList(),
            Flags = source.Flags.Select(Flag).ToList(),
        };
    }

    private static ExportMunicipality? Municipality(Municipality m)
        => ContractText.CollapseToNull(m.Name) is { } name ? new ExportMunicipality(name, m.Code?.Value, ContractNames.Of(m.Kind)) : null;

    private static ExportArea Area(AreaExtraction area)
    {
        // The contract's score is the summary table's, else the section's: never the question
        // table's total row, which only validation compares.
        var score = area.SummaryScore ?? area.SectionScore;
        return new ExportArea
        {
            Number = area.Number,
            Name = ContractText.CollapseToNull(area.Name?.Value),
            Score = score?.Value,
            NationalMean = area.NationalMean?.Value,
            Page = score is null ? null : Page(score.Source),
            Subheadings = Texts(area.Subheadings),
            Strengths = Texts(area.Strengths),
            Improvements = Texts(area.Improvements),
            Questions = area.Questions.Select(Question).ToList(),
        };
    }

    private static ExportQuestion Question(QuestionRow row) => new()
    {
        Id = ContractText.Collapse(row.Id.Value) ?? string.Empty,
        Text = ContractText.Collapse(row.Text.Value) ?? string.Empty,
        Score = row.Score?.Value,
        Max = row.Max?.Value,
        Percent = row.Percent?.Value,
        Page = Page(row.Id.Source),
    };

    private static ExportFlag Flag(Flag flag) => new(
        flag.Code,
        ContractNames.Of(flag.Severity),
        flag.Area,
        flag.Question,
        ContractText.Collapse(flag.Message) ?? string.Empty,
        ContractNames.Of(flag.Status));

    // Page 0 is the provenance of a derived value (Provenance.Derived): it has no page to cite.
    private static int? Page(Provenance source) => source.Page > 0 ? source.Page : null;

    private static List<string> Texts(IEnumerable<Sourced<string>> items)
        => items.Select(i => ContractText.CollapseToNull(i.Value)).OfType<string>().ToList();
}
