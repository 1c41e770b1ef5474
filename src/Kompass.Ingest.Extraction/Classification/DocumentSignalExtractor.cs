using System.Buffers;
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

        // The rows joined with line feeds, in a pooled buffer: the patterns read the document's
        // whole text as a span, and it is kept nowhere.
        var length = Math.Max(0, rows.Sum(r => r.Length) + rows.Count - 1);
        var buffer = ArrayPool<char>.Shared.Rent(length);
        try
        {
            var written = 0;
            for (var k = 0; k < rows.Count; k++)
            {
                if (k > 0)
                {
                    buffer[written++] = '\n';
                }

                rows[k].CopyTo(buffer.AsSpan(written));
                written += rows[k].Length;
            }

            return Signals(pages, rows, buffer.AsSpan(0, length), cover.Rows is null ? 0 : cover.Number, coverText);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static DocumentSignals Signals(IReadOnlyList<PageLines> pages, List<string> rows, ReadOnlySpan<char> text, int coverPage, string coverText)
    {
        return new DocumentSignals
        {
            PageCount = pages.Count,
            TextCharacters = CharCounts.LettersOrDigits(text),
            ImageCount = pages.Sum(p => p.Page.ImageCount),
            CoverPage = coverPage,
            CoverNamesKompass = SignalPatterns.Kompass().IsMatch(coverText),
            CoverSaysAnalysis = SignalPatterns.AnalysisOf().IsMatch(coverText),
            CoverSaysMemo = SignalPatterns.Memo().IsMatch(coverText),
            CoverSaysEvaluationPlan = SignalPatterns.EvaluationPlan().IsMatch(coverText),
            CoverSaysFeedback = SignalPatterns.Feedback().IsMatch(coverText),
            CoverNamesRegionkompassen = SignalPatterns.Regionkompass().IsMatch(coverText),
            KompassMentions = SignalPatterns.Kompass().Count(text),
            AreaSections = AreaNumbers(text),
            SummaryAreas = rows.Where(OpensWithAreaNumber).Select(r => SignalPatterns.SummaryRow().Match(r)).Where(m => m.Success)
                .Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Count(),
            ScoreRows = rows.Count(r => r.Contains('%', StringComparison.Ordinal) && SignalPatterns.ScoreTriple().IsMatch(r)),
            SectionScores = SignalPatterns.SectionScore().Count(text),
            HasTotal = rows.Any(r => SignalPatterns.Total().IsMatch(r)),
            HasScoreOverview = SignalPatterns.ScoreOverview().IsMatch(text),
        };
    }

    // How many distinct areas "Område N" mentions name: the number is each match's last character.
    internal static int AreaNumbers(ReadOnlySpan<char> text)
    {
        var numbers = new HashSet<char>();
        foreach (var match in SignalPatterns.AreaSection().EnumerateMatches(text))
        {
            numbers.Add(text[match.Index + match.Length - 1]);
        }

        return numbers.Count;
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
