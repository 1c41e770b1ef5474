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
            SummaryAreas = rows.Where(OpensWithAreaNumber).Select(r => SignalPatterns.SummaryRow().Match(r)).Where(m => m.Success)
                .Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Count(),
            ScoreRows = rows.Count(r => r.Contains('%', StringComparison.Ordinal) && SignalPatterns.ScoreTriple().IsMatch(r)),
            SectionScores = SignalPatterns.SectionScore().Count(text),
            HasTotal = rows.Any(r => SignalPatterns.Total().IsMatch(r)),
            HasScoreOverview = SignalPatterns.ScoreOverview().IsMatch(text),
        };
    }

    // Every row of the document is matched against the summary-row and score patterns, and few
    // rows are either: a summary row opens (after white space, which \s and char.IsWhiteSpace
    // both read) with its area number 1–8 and a period, and a score triple ends in "%". Rows
    // that cannot match are let go without a call into the regex.
    internal static bool OpensWithAreaNumber(string row)
    {
        var i = 0;
        while (i < row.Length && char.IsWhiteSpace(row[i]))
        {
            i++;
        }

        return i + 1 < row.Length && row[i] is >= '1' and <= '8' && row[i + 1] == '.';
    }
}
