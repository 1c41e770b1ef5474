using System.Globalization;
using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Content.Lexicon;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Truth.Injection;

/// <summary>
/// Plants the inconsistencies that live in a printed report's numbers and lists: one value or one
/// list altered, as a typo or a lost row would. Returns null as the note when the report offers
/// nothing to alter for that kind (the report then stays clean).
/// </summary>
public static partial class PrintedInjector
{
    /// <summary>The altered report and a line saying what changed.</summary>
    public static (PrintedReport Report, string? Note) Apply(InjectionKind kind, PrintedReport report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(random);
        return kind switch
        {
            InjectionKind.PercentMismatch => PercentMismatch(report, random),
            InjectionKind.ScoreAboveMax => ScoreAboveMax(report, random),
            InjectionKind.PercentAbove100 => PercentAbove100(report, random),
            InjectionKind.AreaScoreAbove100 => AreaScoreAbove100(report, random),
            InjectionKind.QuestionSumMismatch => QuestionSumMismatch(report, random),
            InjectionKind.AreaMaxMismatch => AreaMaxMismatch(report, random),
            InjectionKind.SummarySectionMismatch => SummarySectionMismatch(report, random),
            InjectionKind.TotalMismatchSmall => TotalOff(report, random.Sign() * random.Between(1, 4)),
            InjectionKind.TotalMismatchLarge => TotalOff(report, random.Sign() * random.Between(6, 40)),
            InjectionKind.MissingArea => MissingArea(report, random),
            InjectionKind.MissingQuestion => MissingQuestion(report, random),
            InjectionKind.FindingMisplaced => FindingMisplaced(report, random),
            _ => (report, null),
        };
    }

    private static (PrintedReport, string?) TotalOff(PrintedReport report, int delta)
    {
        if (report.Total is not { } total || total + delta < 0)
        {
            return (report, null);
        }

        return (report with { Total = total + delta }, Note($"total-mismatch: TOTALT printed as {total + delta} instead of {total}"));
    }

    private static (PrintedReport, string?) MissingArea(PrintedReport report, Random random)
    {
        var area = random.Pick(report.Areas);
        if (report.Type == DocumentType.KommunKompassenAnalysis && area.Questions.Count > 0)
        {
            var without = area with { Questions = [], TableTotal = null, TableTotalMax = null };
            return (Replace(report, without), Note($"missing-area: the question table of area {area.Number} left out"));
        }

        // Without tables, the area is left out altogether (its summary row, slide or section),
        // and the total is that of the areas printed, so the missing area is the only evidence.
        var areas = report.Areas.Where(a => a.Number != area.Number).ToList();
        var total = report.Total - (area.SummaryScore ?? area.SectionScore);
        var meanTotal = report.NationalMeanTotal - area.NationalMean;
        return (report with { Areas = areas, Total = total, NationalMeanTotal = meanTotal }, Note($"missing-area: area {area.Number} left out of the report"));
    }

    private static (PrintedReport, string?) FindingMisplaced(PrintedReport report, Random random)
    {
        var sources = report.Areas.Where(a => a.Strengths.Count >= 2 || a.Improvements.Count >= 2).ToList();
        if (sources.Count == 0)
        {
            return (report, null);
        }

        var source = random.Pick(sources);
        var hosts = report.Areas.Where(a => a.Number != source.Number && a.Strengths.Count + a.Improvements.Count > 0).ToList();
        if (hosts.Count == 0)
        {
            return (report, null);
        }

        var host = random.Pick(hosts);
        var strength = source.Strengths.Count >= 2 && (source.Improvements.Count < 2 || random.Chance(0.6));
        var items = (strength ? source.Strengths : source.Improvements).ToList();
        var telling = Telling(report.Revision, source.Number, items);
        var item = telling[random.Next(telling.Count)];
        items.Remove(item);
        var hostItems = (strength ? host.Strengths : host.Improvements).ToList();
        hostItems.Insert(random.Next(hostItems.Count + 1), item);
        var newSource = strength ? source with { Strengths = items } : source with { Improvements = items };
        var newHost = (strength ? host with { Strengths = hostItems } : host with { Improvements = hostItems }) with { ForeignFindings = [item] };
        return (Replace(Replace(report, newSource), newHost), Note($"finding-misplaced: \"{item}\" moved from area {source.Number} to area {host.Number}"));
    }

    // The items that name a term of their area: moved, they read as another area's to anyone. An
    // item made of the frames every area shares ("Det finns en strategi för att …, och den följs
    // upp årligen") with one activity in it may not, and a missed flag there measures nothing.
    // One draw whatever the list, so the choice changes no later draw.
    private static List<string> Telling(FrameworkRevision revision, int area, List<string> items)
    {
        var terms = Lexicons.For(TopicMap.For(revision, area)).Terms;
        var telling = items.Where(i => terms.Any(t => i.Contains(t.Text, StringComparison.OrdinalIgnoreCase))).ToList();
        return telling.Count > 0 ? telling : items;
    }

    private static PrintedReport Replace(PrintedReport report, PrintedArea area)
        => report with { Areas = report.Areas.Select(a => a.Number == area.Number ? area : a).ToList() };

    private static string Note(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
