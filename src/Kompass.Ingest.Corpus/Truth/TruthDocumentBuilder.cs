using System.Globalization;
using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Corpus.Truth;

/// <summary>
/// Writes a scored report's truth from what it prints and where the renderer put it, field for
/// field as export-v1.md defines them. <c>sha256</c> and <c>path</c> are left empty: the generator
/// fills them from the bytes and the path it writes.
/// </summary>
public static class TruthDocumentBuilder
{
    /// <summary>The truth of <paramref name="report"/> rendered as <paramref name="rendered"/>.</summary>
    public static TruthDocument Build(PrintedReport report, RenderedReport rendered, IReadOnlyList<TruthFlag> flags, MunicipalityDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(directory);
        var municipality = report.Municipality;
        return new TruthDocument
        {
            Sha256 = string.Empty,
            Path = string.Empty,
            Family = report.Family,
            DocumentType = DocumentTypeNames.ToName(report.Type),
            Title = Collapse(report.Title),
            FrameworkVersion = report.Revision.ToName(),
            Municipality = new ExportMunicipality(
                municipality.ShortName,
                directory.CodeOf(municipality.ShortName, municipality.Kind),
                municipality.Kind == MunicipalityKind.Region ? "region" : "kommun"),
            Year = PrintedYears.EvaluationYear(report),
            Month = report.Month,
            ReportDate = report.ReportDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Evaluators = report.Evaluators.Select(e => Collapse(e.Name)).ToList(),
            EvaluationRound = report.Round,
            Ocr = false,
            Total = Normalise(report.Total),
            NationalMeanTotal = Normalise(report.NationalMeanTotal),
            Areas = report.Areas.OrderBy(a => a.Number).Select(a => Area(a, rendered)).ToList(),
            ExpectedFlags = flags.Select(f => f.ToExpected()).ToList(),
        };
    }

    /// <summary>Runs of white space collapsed to one space, trimmed.</summary>
    public static string Collapse(string text)
        => string.Join(' ', (text ?? throw new ArgumentNullException(nameof(text))).Split((char[])[' ', '\t', '\r', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A decimal without trailing zeros, so JSON reads "71", not "71.00".</summary>
    public static decimal? Normalise(decimal? value) => value / 1.000000000000000000000000000000000m;

    private static ExportArea Area(PrintedArea area, RenderedReport rendered) => new()
    {
        Number = area.Number,
        Name = Collapse(area.SectionName),
        Score = Normalise(area.SummaryScore ?? area.SectionScore),
        NationalMean = Normalise(area.NationalMean),
        Page = rendered.AreaScorePages.TryGetValue(area.Number, out var page) ? page : null,
        Subheadings = area.Subheadings.Select(Collapse).ToList(),
        Strengths = area.Strengths.Select(Collapse).ToList(),
        Improvements = area.Improvements.Select(Collapse).ToList(),
        Questions = area.Questions.Select(q => new ExportQuestion
        {
            Id = q.Id,
            Text = Collapse(q.Text),
            Score = Normalise(q.Score),
            Max = Normalise(q.Max),
            Percent = q.Percent,
            Page = rendered.QuestionPages.TryGetValue(q.Id, out var questionPage) ? questionPage : null,
        }).ToList(),
    };
}
