using System.Globalization;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// Reads a summary table printed across the page: one column per area, headed by the area's
/// name (wrapped over lines, as narrow columns do), one row per series of numbers (the
/// municipality's scores, the national mean, an earlier evaluation) labelled at its left, the total
/// in a column of its own. The columns are where the first series prints its numbers; each word
/// above the series belongs to the column whose number stands nearest below it, so headings wider
/// than their numbers, left-aligned or centred, are read alike. The series are told apart by their
/// labels, as <see cref="SummaryColumnFinder"/> tells columns apart by their headings. Pure and
/// thread-safe.
/// </summary>
internal sealed class TransposedSummaryReader(SummaryAreaResolver areas, SummaryTableOptions options)
{
    /// <summary>The transposed summary table on one page's body lines, if there is one.</summary>
    public SummaryReading? Read(int page, IReadOnlyList<TextLine> lines, SummaryHints hints)
    {
        // Most pages have no band with as many scores as a series has numbers: they are let go
        // before their lines are grouped into bands.
        if (options.MinAreaRows > 0 && !AnyBandWithScores(lines, options.MinAreaRows))
        {
            return null;
        }

        // A band with fewer words, or fewer words that read as scores, than a series has numbers
        // (most of a page's bands: prose) is no series: it is passed over before its words are
        // gathered and sorted.
        var series = lines.GroupBy(l => l.Row).OrderBy(g => g.Key)
            .Where(g => g.Sum(l => l.Words.Count) >= options.MinAreaRows && HasScores(g, options.MinAreaRows))
            .Select(g => ReadSeries(g.SelectMany(l => l.Words).OrderBy(w => w.Box.Left).ToList()))
            .OfType<Series>()
            .ToList();
        if (series.Count == 0)
        {
            return null;
        }

        // The first series and those printed close below it with numbers under its columns.
        var first = series[0];
        var em = first.Numbers.Max(n => n.FontSize);
        var anchors = first.Numbers.Select(n => n.Box.CentreX).ToList();
        var block = series.TakeWhile((s, i) => i == 0 || series[i - 1].Top - s.Top <= options.MaxRowGapEm * em).ToList();
        var headings = Headings(lines, first, anchors, em);
        var labels = headings.Select(h => string.Join(' ', h.Select(w => w.Text))).ToList();
        var numbers = areas.Resolve(labels, hints.Revision);
        var columns = new Dictionary<int, int>();
        for (var c = 0; c < anchors.Count; c++)
        {
            if (numbers[c] is { } area)
            {
                columns.TryAdd(area, c);
            }
        }

        if (columns.Count < options.MinAreaRows)
        {
            return null;
        }

        var roles = block
            .Select(s => new SummaryColumn(0, 0, s.Label, SummaryColumnFinder.RoleOf(s.Label, s.Numbers.Select(n => Value(n)).OfType<decimal>().ToList(), options)))
            .ToList();
        var (score, mean, doubts) = SummaryColumnFinder.Choose(roles, hints);
        if (score is null)
        {
            return null;
        }

        var scoreSeries = block[score.Value];
        var meanSeries = mean is { } m ? block[m] : null;
        var total = Enumerable.Range(0, anchors.Count).FirstOrDefault(c => numbers[c] is null && SummaryTableFinder.IsTotalLabel(labels[c], options), -1);
        var readings = columns.ToDictionary(
            pair => pair.Key,
            pair => new SummaryAreaReading(
                page,
                Cell(scoreSeries, anchors[pair.Value], em),
                meanSeries is null ? null : Cell(meanSeries, anchors[pair.Value], em),
                labels[pair.Value],
                RawHeading(headings[pair.Value]),
                BoundingBox.UnionOf(headings[pair.Value].Select(w => w.Box))));
        return new SummaryReading(
            page,
            readings,
            total < 0 ? null : Cell(scoreSeries, anchors[total], em),
            total < 0 || meanSeries is null ? null : Cell(meanSeries, anchors[total], em),
            meanSeries is not null,
            doubts.Select(d => string.Create(CultureInfo.InvariantCulture, $"summary table on page {page} (areas as columns): {d}")).ToList());
    }

    // A band of words read as a series: its label (the words at its left, a year printed with the
    // name included: it stands a space away, not a column gap) and the numbers after it.
    private Series? ReadSeries(List<Word> words)
    {
        var firstNumber = 0;
        while (firstNumber < words.Count
               && (Value(words[firstNumber]) is null || (firstNumber > 0 && words[firstNumber].Box.Left - words[firstNumber - 1].Box.Right < words[firstNumber].FontSize)))
        {
            firstNumber++;
        }

        var numbers = words.Skip(firstNumber).ToList();
        if (numbers.Count < options.MinAreaRows || numbers.Any(n => Value(n) is null))
        {
            return null;
        }

        var label = string.Join(' ', words.Take(firstNumber).Select(w => w.Text));
        return new Series(label, numbers, words.Max(w => w.Box.Top));
    }

    // True when the band holds at least `count` words that read as scores: every number of a
    // series is one.
    private static bool HasScores(IEnumerable<TextLine> band, int count)
    {
        var scores = 0;
        foreach (var line in band)
        {
            for (var i = 0; i < line.Words.Count && scores < count; i++)
            {
                scores += ScoreText.IsScore(line.Words[i].Text) ? 1 : 0;
            }
        }

        return scores >= count;
    }

    // True when the words of some band (the lines of one row) include at least `count` that read
    // as scores; the scores are counted line by line, and a band only kept once a line has one.
    internal static bool AnyBandWithScores(IReadOnlyList<TextLine> lines, int count)
    {
        Dictionary<int, int>? scoresByRow = null;
        foreach (var line in lines)
        {
            var scores = 0;
            foreach (var word in line.Words)
            {
                scores += ScoreText.IsScore(word.Text) ? 1 : 0;
            }

            if (scores == 0)
            {
                continue;
            }

            scoresByRow ??= [];
            scoresByRow.TryGetValue(line.Row, out var before);
            if (before + scores >= count)
            {
                return true;
            }

            scoresByRow[line.Row] = before + scores;
        }

        return false;
    }

    // The words above the first series, nearest column first: stacked lines are taken upwards
    // while they follow each other closely (a gap of more than two lines ends the heading).
    private static List<List<Word>> Headings(IReadOnlyList<TextLine> lines, Series first, List<double> anchors, double em)
    {
        var above = lines.Where(l => l.Box.Bottom > first.Top).OrderBy(l => l.Box.Bottom).ToList();
        var taken = new List<TextLine>();
        var bottom = first.Top;
        foreach (var line in above)
        {
            if (line.Box.Bottom - bottom > 2 * Math.Max(em, line.FontSize))
            {
                break;
            }

            taken.Add(line);
            bottom = Math.Max(bottom, line.Box.Top);
        }

        var left = first.Numbers[0].Box.Left - (anchors.Count > 1 ? (anchors[1] - anchors[0]) / 2 : em);
        var headings = anchors.Select(_ => new List<Word>()).ToList();
        foreach (var word in taken.SelectMany(l => l.Words).Where(w => w.Box.Right >= left).OrderByDescending(w => w.Box.Top).ThenBy(w => w.Box.Left))
        {
            var nearest = Enumerable.Range(0, anchors.Count).MinBy(c => Math.Abs(anchors[c] - word.Box.CentreX));
            headings[nearest].Add(word);
        }

        return headings;
    }

    private static SummaryCell? Cell(Series series, double anchor, double em)
        => series.Numbers.Where(n => Math.Abs(n.Box.CentreX - anchor) <= 2 * em).MinBy(n => Math.Abs(n.Box.CentreX - anchor)) is { } word
            ? new SummaryCell(Value(word), word.Text, word.Box)
            : null;

    private static string RawHeading(List<Word> words)
        => string.Join('\n', words.GroupBy(w => Math.Round(w.Box.Top)).Select(g => string.Join(' ', g.Select(w => w.Text))));

    private static decimal? Value(Word word) => ScoreText.TryParse(word.Text, out var value) ? value : null;

    private sealed record Series(string Label, IReadOnlyList<Word> Numbers, double Top);
}
