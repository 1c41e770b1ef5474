using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Classification;

/// <summary>Counts the <see cref="DocumentSignals"/> of a document from its rows of text. Pure and thread-safe.</summary>
public sealed class DocumentSignalExtractor
{
    /// <summary>The signals of <paramref name="pages"/>.</summary>
    public DocumentSignals Extract(IReadOnlyList<PageLines> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var rowsByPage = pages.Select(p => (p.Number, Rows: p.RowTexts())).ToList();
        var cover = rowsByPage.FirstOrDefault(p => p.Rows.Any(CharCounts.HasLetter));
        var coverText = cover.Rows is null ? string.Empty : string.Join('\n', cover.Rows);
        var rows = rowsByPage.SelectMany(p => p.Rows).ToList();
        var text = string.Join('\n', rows);

        return new DocumentSignals
        {
            PageCount = pages.Count,
            TextCharacters = CharCounts.LettersOrDigits(text),
            ImageCount = pages.Sum(p => p.Page.ImageCount),
            CoverPage = cover.Rows is null ? 0 : cover.Number,
            CoverNamesKompass = SignalPatterns.Kompass().IsMatch(coverText),
            CoverSaysAnalysis = SignalPatterns.AnalysisOf().IsMatch(coverText),
            CoverSaysMemo = SignalPatterns.Memo().IsMatch(coverText),
            CoverSaysEvaluationPlan = SignalPatterns.EvaluationPlan().IsMatch(coverText),
            CoverSaysFeedback = SignalPatterns.Feedback().IsMatch(coverText),
            CoverNamesRegionkompassen = SignalPatterns.Regionkompass().IsMatch(coverText),
            KompassMentions = SignalPatterns.Kompass().Count(text),
            AreaSections = SignalPatterns.AreaSection().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Count(),
            SummaryAreas = rows.Select(r => SignalPatterns.SummaryRow().Match(r)).Where(m => m.Success)
                .Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Count(),
            ScoreRows = rows.Count(r => SignalPatterns.ScoreTriple().IsMatch(r)),
            SectionScores = SignalPatterns.SectionScore().Count(text),
            HasTotal = rows.Any(r => SignalPatterns.Total().IsMatch(r)),
            HasScoreOverview = SignalPatterns.ScoreOverview().IsMatch(text),
        };
    }
}
