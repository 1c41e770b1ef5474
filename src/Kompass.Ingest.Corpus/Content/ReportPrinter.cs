using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// Turns a <see cref="ReportDraft"/> into the values a report prints: each question score is
/// its unrounded value rounded half away from zero (printed as is on half-point reports), each
/// percent is computed from the unrounded value (so 9.75 of 15 prints as 10 and 65 %), each area
/// score is the rounded sum of the unrounded values, and the total is the sum of the printed area
/// scores. A clean report is therefore consistent under every rule of the export contract.
/// </summary>
public static class ReportPrinter
{
    /// <summary>Prints <paramref name="draft"/>.</summary>
    public static PrintedReport Print(ReportDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var facts = draft.Facts;
        var prints = facts.Prints;
        var areas = draft.Texts.OrderBy(t => t.Number).Select(t => Area(t, draft.Sheet.Area(t.Number), prints)).ToList();
        var total = areas.Sum(a => a.SummaryScore ?? 0);
        var meanTotal = areas.Sum(a => a.NationalMean ?? 0);

        return new PrintedReport
        {
            Family = draft.Profile.Family,
            Type = draft.Profile.Type,
            Revision = draft.Profile.Revision,
            QuestionSet = draft.QuestionSet.Name,
            Title = draft.Title,
            Municipality = facts.Municipality,
            Year = facts.Year,
            TextYear = facts.TextYear,
            Month = facts.Month,
            VisitStart = facts.VisitStart,
            VisitEnd = facts.VisitEnd,
            ReportDate = facts.ReportDate,
            Evaluators = facts.Evaluators,
            Round = facts.Round,
            InterviewCount = facts.InterviewCount,
            Total = prints.Summary ? total : null,
            NationalMeanTotal = prints.Summary ? meanTotal : null,
            Areas = areas,
            PreviousEvaluations = prints.Summary ? draft.Sheet.Previous : [],
        };
    }

    /// <summary>The printed score of an unrounded question value.</summary>
    public static decimal QuestionScore(decimal value, bool halfPoints) => halfPoints ? value : ScoreMath.RoundAway(value);

    /// <summary>The printed score of an area: its rounded sum (exact on half-point reports, which may print ",5").</summary>
    public static decimal AreaScore(AreaSheet sheet, bool halfPoints)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return halfPoints ? sheet.Sum : ScoreMath.RoundAway(sheet.Sum);
    }

    private static PrintedArea Area(AreaTexts texts, AreaSheet sheet, PrintOptions prints)
    {
        var score = AreaScore(sheet, prints.HalfPoints);
        var table = prints.QuestionTables;
        return new PrintedArea
        {
            Number = texts.Number,
            SectionName = texts.Names.Section,
            SummaryName = texts.Names.Summary,
            TableName = texts.Names.Table,
            SummaryScore = prints.Summary ? score : null,
            NationalMean = prints.Summary ? sheet.NationalMean : null,
            SectionScore = prints.SectionScores ? score : null,
            TableTotal = table && prints.TableTotal ? score : null,
            TableTotalMax = table && prints.TableTotal ? 100 : null,
            Subheadings = texts.Subheadings,
            General = texts.General,
            Strengths = texts.Strengths,
            Improvements = texts.Improvements,
            ForeignFindings = texts.ForeignFindings,
            Questions = table
                ? sheet.Questions.Select(q => new PrintedQuestion(
                    q.Question.Id,
                    q.Question.Text,
                    QuestionScore(q.Value, prints.HalfPoints),
                    q.Question.Max,
                    prints.Percent ? ScoreMath.Percent(q.Value, q.Question.Max) : null)).ToList()
                : [],
        };
    }
}
