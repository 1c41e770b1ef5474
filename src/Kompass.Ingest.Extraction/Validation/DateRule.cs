using System.Globalization;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// <c>date-mismatch</c>: the evaluation year in the title differs from the one stated in the text
/// ("genomfördes i … YYYY"), or the report's date lies before its evaluation (the first printed
/// visit day, else the 1st of the printed month, else 1 January of the year). Not for the PM
/// memo, which is written before the visit. One flag per document, naming every disagreement.
/// Pure and thread-safe.
/// </summary>
public sealed class DateRule(ValidationOptions options) : IDocumentRule
{
    /// <inheritdoc />
    public IEnumerable<Flag> Check(ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        if (extraction.Type == DocumentType.Unreadable || options.UndatedTypes.Contains(extraction.Type))
        {
            yield break;
        }

        var findings = new List<(string Text, Provenance[] Evidence)>();
        if (extraction.TitleYear is { } title && extraction.TextYear is { } text && title.Value != text.Value)
        {
            findings.Add((
                string.Create(CultureInfo.InvariantCulture, $"the title says {title.Value}{FlagText.Page(title.Source)}, the text says {text.Value}{FlagText.Page(text.Source)}"),
                [title.Source, text.Source]));
        }

        if (extraction.ReportDate is { } date && EvaluationStart(extraction) is { } start && date.Value < start.Date)
        {
            findings.Add((
                string.Create(CultureInfo.InvariantCulture, $"the report is dated {date.Value:yyyy-MM-dd}{FlagText.Page(date.Source)}, before the evaluation ({start.Printed}{FlagText.Page(start.Source)})"),
                [date.Source, start.Source]));
        }

        if (findings.Count > 0)
        {
            yield return new Flag(
                FlagCodes.DateMismatch,
                FlagSeverity.Warning,
                null,
                null,
                string.Join("; ", findings.Select(f => f.Text)),
                [.. findings.SelectMany(f => f.Evidence)]);
        }
    }

    private static (DateOnly Date, string Printed, Provenance Source)? EvaluationStart(ReportExtraction extraction)
    {
        if (extraction.FirstVisitDay is { } day)
        {
            return (day.Value, day.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.Source);
        }

        if (extraction.Year is not { } year || year.Value is < 1 or > 9999)
        {
            return null;
        }

        return extraction.Month is { } month && month.Value is >= 1 and <= 12
            ? (new DateOnly(year.Value, month.Value, 1), string.Create(CultureInfo.InvariantCulture, $"{year.Value}-{month.Value:00}"), month.Source)
            : (new DateOnly(year.Value, 1, 1), year.Value.ToString(CultureInfo.InvariantCulture), year.Source);
    }
}
