using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Truth.Rules;

/// <summary>
/// <c>date-mismatch</c>: the year in the title differs from the year in "genomfördes i … YYYY",
/// or the report date lies before the evaluation (the first printed visit day, else the 1st of the
/// printed month, else 1 January of the evaluation year).
/// </summary>
public sealed class DateMismatchRule : IReportRule
{
    /// <inheritdoc />
    public IEnumerable<TruthFlag> Check(PrintedReport report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var titleYear = PrintedYears.TitleYear(report.Title);
        if (titleYear is { } title && report.TextYear is { } text && title != text)
        {
            yield return Flag($"title says {title}, text says the evaluation was carried out in {text}");
        }

        var year = PrintedYears.EvaluationYear(report);
        var start = report.VisitStart ?? new DateOnly(year, report.Month ?? 1, 1);
        if (report.ReportDate is { } date && date < start)
        {
            yield return Flag($"report date {date:yyyy-MM-dd} is before the evaluation ({start:yyyy-MM-dd})");
        }
    }

    private static TruthFlag Flag(FormattableString message)
        => new(FlagCodes.DateMismatch, FlagSeverity.Warning, null, null, message.ToString(CultureInfo.InvariantCulture));
}
