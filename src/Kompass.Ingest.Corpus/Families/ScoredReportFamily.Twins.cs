using System.Globalization;
using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Families;

/// <summary>The second copy of a duplicated report: the same scores re-dated, or a revised version with one score changed.</summary>
public sealed partial class ScoredReportFamily
{
    private static (PrintedReport Twin, string Note) AgreeingTwin(ReportDraft draft, Random random)
    {
        var facts = draft.Facts;
        var date = (facts.ReportDate ?? facts.VisitDate.AddDays(30)).AddDays(random.Between(3, 21));
        var twin = draft with { Facts = facts with { ReportDate = date } };
        return (twin.Print(), string.Create(CultureInfo.InvariantCulture, $"same scores, report date {date:yyyy-MM-dd}"));
    }

    // A revised version: one question's unrounded value moved by 2–4 points, everything reprinted
    // from the sheet so the twin is itself consistent and differs in the row, the area and the total.
    private static (PrintedReport Twin, string Note) DifferingTwin(ReportDraft draft, Random random)
    {
        var sheet = draft.Sheet;
        var area = random.Pick(sheet.Areas);
        var question = random.Pick(area.Questions);
        var max = question.Question.Max;
        var step = (decimal)random.Between(2, 4);
        var value = question.Value + step <= max ? question.Value + step : Math.Max(0, question.Value - step);
        var questions = area.Questions.Select(q => q == question ? q with { Value = value } : q).ToList();
        var areas = sheet.Areas.Select(a => a == area ? a with { Questions = questions } : a).ToList();
        var twin = draft with { Sheet = sheet with { Areas = areas } };
        var halves = draft.Facts.Prints.HalfPoints;
        return (twin.Print(), string.Create(
            CultureInfo.InvariantCulture,
            $"revised version, question {question.Question.Id} {ReportPrinter.QuestionScore(question.Value, halves)} → {ReportPrinter.QuestionScore(value, halves)}"));
    }
}
