using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Truth.Injection;

/// <summary>The injections that alter question rows and area scores.</summary>
public static partial class PrintedInjector
{
    private static (PrintedReport, string?) PercentMismatch(PrintedReport report, Random random)
    {
        if (PickRow(report, random, r => r.Percent is not null && r.Max >= 10) is not var (area, row) || row.Percent is not { } percent)
        {
            return (report, null);
        }

        var delta = random.Between(12, 25);
        var changed = percent + delta <= 100 && (percent - delta < 0 || random.Chance(0.5)) ? percent + delta : percent - delta;
        return (ReplaceRow(report, area, row with { Percent = changed }), Note($"percent-mismatch: row {row.Id} {row.Score}/{row.Max} printed at {changed} % instead of {percent} %"));
    }

    private static (PrintedReport, string?) ScoreAboveMax(PrintedReport report, Random random)
    {
        if (PickRow(report, random, _ => true) is not var (area, row))
        {
            return (report, null);
        }

        var score = row.Max + random.Between(1, 4);
        return (ReplaceRow(report, area, row with { Score = score }), Note($"score-out-of-range: row {row.Id} printed {score} of max {row.Max} (was {row.Score})"));
    }

    private static (PrintedReport, string?) PercentAbove100(PrintedReport report, Random random)
    {
        if ((PickRow(report, random, r => r.Percent is >= 85) ?? PickRow(report, random, r => r.Percent is not null)) is not var (area, row))
        {
            return (report, null);
        }

        var percent = random.Between(101, 130);
        return (ReplaceRow(report, area, row with { Percent = percent }), Note($"score-out-of-range: row {row.Id} printed at {percent} % (was {row.Percent} %)"));
    }

    private static (PrintedReport, string?) AreaScoreAbove100(PrintedReport report, Random random)
    {
        var candidates = report.Areas.Where(a => a.SummaryScore is not null).ToList();
        if (candidates.Count == 0)
        {
            return (report, null);
        }

        // A "1" typed in front of the summary score.
        var area = random.Pick(candidates);
        var score = area.SummaryScore!.Value + 100;
        return (Replace(report, area with { SummaryScore = score }), Note($"score-out-of-range: area {area.Number} summary score printed as {score} (was {area.SummaryScore})"));
    }

    private static (PrintedReport, string?) QuestionSumMismatch(PrintedReport report, Random random)
    {
        var candidates = report.Areas.Where(a => a.Questions.Count > 0 && (a.TableTotal ?? a.SectionScore) is not null).ToList();
        if (candidates.Count == 0)
        {
            return (report, null);
        }

        // Far enough that no rounding of the rows explains it: half a point per row plus a margin.
        var area = random.Pick(candidates);
        var old = (area.TableTotal ?? area.SectionScore)!.Value;
        var size = ((area.Questions.Count + 1) / 2) + random.Between(2, 5);
        var delta = old + size <= 100 && (old - size < 0 || random.Chance(0.5)) ? size : -size;
        var altered = area with
        {
            SummaryScore = area.SummaryScore + delta,
            SectionScore = area.SectionScore + delta,
            TableTotal = area.TableTotal + delta,
        };
        var withArea = Replace(report, altered);
        return (withArea with { Total = report.Total + delta }, Note($"question-sum-mismatch: area {area.Number} printed as {old + delta} everywhere, its rows add up to about {old}"));
    }

    private static (PrintedReport, string?) AreaMaxMismatch(PrintedReport report, Random random)
    {
        if (PickRow(report, random, r => r.Max >= 10) is not var (area, row))
        {
            return (report, null);
        }

        var max = row.Max + (random.Chance(0.5) ? 5 : -5);
        var percent = row.Percent is null ? (int?)null : ScoreMath.Percent(Math.Min(row.Score, max), max);
        var altered = row with { Max = max, Score = Math.Min(row.Score, max), Percent = percent };
        return (ReplaceRow(report, area, altered), Note($"area-max-mismatch: row {row.Id} max printed as {max} (was {row.Max}), area maxima add up to {area.Questions.Sum(q => q.Max) - row.Max + max}"));
    }

    private static (PrintedReport, string?) SummarySectionMismatch(PrintedReport report, Random random)
    {
        var candidates = report.Areas.Where(a => a.SummaryScore is not null && a.SectionScore is not null).ToList();
        if (candidates.Count == 0)
        {
            return (report, null);
        }

        var area = random.Pick(candidates);
        var summary = area.SummaryScore!.Value;
        var delta = random.Between(1, 6);
        var section = summary + delta <= 100 && (summary - delta < 0 || random.Chance(0.5)) ? summary + delta : summary - delta;
        return (Replace(report, area with { SectionScore = section }), Note($"summary-section-mismatch: area {area.Number} summary {summary}, section {section}"));
    }

    private static (PrintedReport, string?) MissingQuestion(PrintedReport report, Random random)
    {
        var candidates = report.Areas.Where(a => a.Questions.Count >= 3).ToList();
        if (candidates.Count == 0)
        {
            return (report, null);
        }

        var area = random.Pick(candidates);
        var row = area.Questions[random.Between(1, area.Questions.Count - 1)];
        var rows = area.Questions.Where(q => q != row).ToList();
        return (Replace(report, area with { Questions = rows }), Note($"missing-question: row {row.Id} left out of area {area.Number}'s table"));
    }

    private static (PrintedArea Area, PrintedQuestion Row)? PickRow(PrintedReport report, Random random, Func<PrintedQuestion, bool> fits)
    {
        var rows = report.Areas.SelectMany(a => a.Questions.Where(fits).Select(q => (a, q))).ToList();
        return rows.Count == 0 ? null : random.Pick(rows);
    }

    private static PrintedReport ReplaceRow(PrintedReport report, PrintedArea area, PrintedQuestion row)
        => Replace(report, area with { Questions = area.Questions.Select(q => q.Id == row.Id ? row : q).ToList() });
}
