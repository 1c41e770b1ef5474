using System.Globalization;
using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// The sentences a report builds from its facts: when the evaluation was carried out ("genomfördes
/// i februari 2017 och var kommunens första utvärdering …"), whom the evaluators met, and
/// captions. Only printed facts appear: a null month, round or interview count leaves its clause out.
/// </summary>
public static class ReportProse
{
    /// <summary>"Utvärderingen av Vallentuna kommun genomfördes i februari 2017 och var kommunens första utvärdering enligt Kommunkompassens kriterier."</summary>
    public static string EvaluationSentence(PrintedReport report, string subject = "kommunens")
    {
        var year = (report.TextYear ?? report.Year).ToString(CultureInfo.InvariantCulture);
        var when = report switch
        {
            // The span ends in the visit year; an injected text year replaces it, since
            // "genomfördes … YYYY" is what states the year.
            { VisitStart: { } start } => $"den {SwedishFormat.VisitSpan(start, report.VisitEnd)[..^4]}{year}",
            { Month: { } month } => $"i {SwedishFormat.MonthName(month)} {year}",
            _ => $"under {year}",
        };
        var round = report.Round is { } r
            ? $" och var {subject} {SwedishFormat.Ordinal(r)} utvärdering enligt Kommunkompassens kriterier"
            : " enligt Kommunkompassens kriterier";
        return $"Utvärderingen av {report.Municipality.PrintedName} genomfördes {when}{round}.";
    }

    /// <summary>Who was interviewed: "… genomfört intervjuer med ca 20 personer i organisationen." without a count when none is printed.</summary>
    public static string InterviewSentence(PrintedReport report, string place = "webbsida, intranät", string owner = "kommunens")
    {
        var whom = report.InterviewCount is { } count
            ? $"med ca {count.ToString(CultureInfo.InvariantCulture)} personer i organisationen"
            : "med personer på olika nivåer i organisationen";
        return $"Utvärderarna har studerat dokument, granskat {owner} {place} och genomfört intervjuer {whom}. "
               + "Bland de intervjuade fanns politiker, ledande tjänstemän, stödfunktioner och fackliga representanter.";
    }

    /// <summary>"Vallentuna kommun 2017 - 555 p", or without the total when none is printed.</summary>
    public static string ChartCaption(PrintedReport report)
        => report.Total is { } total
            ? $"{report.Municipality.PrintedName} {report.Year.ToString(CultureInfo.InvariantCulture)} - {SwedishFormat.Score(total)} p"
            : $"{report.Municipality.PrintedName} {report.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The column heading of the evaluated body in the summary table: "Vallentuna 2017".</summary>
    public static string OwnColumn(PrintedReport report, int year)
        => $"{report.Municipality.ShortName} {year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The evaluators as one line: "Lars Strid, SKL och Anna Marnell, Katrineholms kommun".</summary>
    public static string EvaluatorLine(IReadOnlyList<PrintedEvaluator> evaluators, Func<PrintedEvaluator, string> format, string lastJoin = " och ")
    {
        var parts = evaluators.Select(format).ToList();
        return parts.Count <= 1
            ? string.Concat(parts)
            : string.Join(", ", parts.Take(parts.Count - 1)) + lastJoin + parts[^1];
    }

    /// <summary>"Leif Eldås, SKL" or just the name.</summary>
    public static string NameCommaOrganisation(PrintedEvaluator evaluator)
        => evaluator.Organisation is { Length: > 0 } org ? $"{evaluator.Name}, {org}" : evaluator.Name;

    /// <summary>The score printed for an area's section, null when none is printed.</summary>
    public static string? SectionScore(PrintedArea area) => area.SectionScore is { } s ? SwedishFormat.Score(s) : null;
}
