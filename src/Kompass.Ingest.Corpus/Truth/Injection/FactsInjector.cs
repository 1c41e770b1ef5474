using System.Globalization;
using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Truth.Injection;

/// <summary>
/// Plants the inconsistencies that live in a report's facts (name, years, dates) before its title
/// is composed, so the cover and the body print the altered fact.
/// </summary>
public static class FactsInjector
{
    /// <summary>The altered facts and a line saying what changed; the facts unchanged and null for other kinds.</summary>
    public static (ReportFacts Facts, string? Note) Apply(InjectionKind kind, ReportFacts facts, OfficialMunicipality official, MunicipalityDirectory directory, Random random)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(random);
        switch (kind)
        {
            case InjectionKind.UnknownMunicipality:
                var unknown = MunicipalityNames.Unknown(official, directory, random);
                return (facts with { Municipality = unknown }, $"unknown-municipality: \"{unknown.PrintedName}\" printed for {official.Name}");

            case InjectionKind.TitleYearMismatch:
                var textYear = facts.Year + random.Sign();
                // Without printed visit days the text's year is the only other year the body states.
                return (facts with { TextYear = textYear, VisitStart = null, VisitEnd = null },
                    Invariant($"date-mismatch: title {facts.Year}, \"genomfördes i … {textYear}\""));

            case InjectionKind.ReportDateBeforeVisit:
                var start = facts.VisitStart ?? new DateOnly(facts.Year, facts.Month ?? 1, 1);
                var date = start.AddDays(-random.Between(5, 120));
                return (facts with { ReportDate = date }, Invariant($"date-mismatch: report date {date:yyyy-MM-dd} before the evaluation ({start:yyyy-MM-dd})"));

            default:
                return (facts, null);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
