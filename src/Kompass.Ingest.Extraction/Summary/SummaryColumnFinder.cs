using System.Globalization;
using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// The columns of a summary table: numbers of the area rows grouped by horizontal overlap, kept
/// where most area rows have a number; each column's heading is the text printed above it; its
/// role comes from the heading's words (a mean, max points …) or, for a column of one repeated
/// value (max points printed on every row) or of evenly stepped values (a chart's axis), is
/// "ignored". Pure.
/// </summary>
internal static partial class SummaryColumnFinder
{
    /// <summary>The table's columns left to right, headings and roles set.</summary>
    public static List<SummaryColumn> Find(List<SummaryRow> areaRows, IReadOnlyList<TextLine> lines, double em, SummaryTableOptions options)
    {
        var slack = options.ColumnSlackEm * em;
        var clusters = new List<(double Left, double Right, HashSet<SummaryRow> Rows, List<SummaryCell> Cells)>();
        foreach (var (row, cell) in areaRows.SelectMany(r => r.Cells.Select(c => (r, c))).OrderBy(x => x.c.Box.Left))
        {
            var index = clusters.FindIndex(k => cell.Box.Left - slack <= k.Right + slack && cell.Box.Right + slack >= k.Left - slack);
            if (index < 0)
            {
                clusters.Add((cell.Box.Left, cell.Box.Right, [row], [cell]));
                continue;
            }

            var k = clusters[index];
            k.Rows.Add(row);
            k.Cells.Add(cell);
            clusters[index] = (Math.Min(k.Left, cell.Box.Left), Math.Max(k.Right, cell.Box.Right), k.Rows, k.Cells);
        }

        var top = areaRows.Max(r => r.Box.Top);
        var labelLeft = areaRows.Min(r => r.Left);
        var kept = clusters.Where(k => (double)k.Rows.Count / areaRows.Count >= options.MinColumnCoverage).OrderBy(k => k.Left).ToList();
        var headings = Headings(kept.Select(k => (k.Left, k.Right)).ToList(), lines, top, labelLeft, em, options);
        return kept
            .Select((k, i) =>
            {
                var values = k.Cells.OrderByDescending(c => c.Box.Top).Select(c => c.Value).OfType<decimal>().ToList();
                return new SummaryColumn(k.Left, k.Right, headings[i], RoleOf(headings[i], values, options));
            })
            .ToList();
    }

    /// <summary>
    /// The current evaluation's column and the national mean's. Of columns beside others, those
    /// headed by the municipality's name are the candidates. The current evaluation is the
    /// column headed with the report's year (when known); else, where earlier evaluations are
    /// headed by their years and one column by none ("Nacka 2004 | Poäng"), the unyeared one; else
    /// the latest year; else the rightmost score column. The mean is named by its heading, else
    /// taken by position (the rightmost of two or more unnamed columns), with a doubt noted.
    /// </summary>
    public static (int? Score, int? Mean, List<string> Doubts) Choose(List<SummaryColumn> columns, SummaryHints hints)
    {
        var doubts = new List<string>();
        var scores = Enumerable.Range(0, columns.Count).Where(i => columns[i].Role == SummaryColumnRole.Score).ToList();
        var means = Enumerable.Range(0, columns.Count).Where(i => columns[i].Role == SummaryColumnRole.Mean).ToList();
        int? mean = means.Count > 0 ? means.OrderBy(i => YearOf(columns[i].Heading) ?? 0).ThenBy(i => i).Last() : null;
        if (mean is null && scores.Count >= 2)
        {
            mean = scores[^1];
            scores.RemoveAt(scores.Count - 1);
            doubts.Add($"no column heading names the national mean; the rightmost column ('{columns[mean.Value].Heading}') is taken for it");
        }
        else if (mean is null)
        {
            doubts.Add("no national-mean column");
        }

        if (scores.Count == 0)
        {
            return (null, mean, doubts);
        }

        var score = Current(columns, scores, hints);
        if (scores.Count > 1)
        {
            doubts.Add($"{scores.Count} evaluation columns; '{columns[score].Heading}' is taken as the current one");
        }

        return (score, mean, doubts);
    }

    private static int Current(List<SummaryColumn> columns, List<int> scores, SummaryHints hints)
    {
        var years = scores.ToDictionary(i => i, i => YearOf(columns[i].Heading));
        var reportYear = hints.ReportYear;
        if (reportYear is { } year && scores.Where(i => years[i] == year).ToList() is [var exact, ..])
        {
            return exact;
        }

        // Beside other statistics ("Högsta", "Riket") the municipality's own column is headed by its
        // name; an earlier evaluation's column ("Österåker 2002") names it too, but with an earlier year.
        var current = scores.Where(i => reportYear is null || years[i] is null || years[i] >= reportYear).ToList();
        if (hints.Municipality is { Length: > 0 } name
            && current.Where(i => NamesMunicipality(columns[i].Heading, name)).ToList() is { Count: > 0 } named
            && named.Count < current.Count)
        {
            return named.OrderBy(i => years[i] ?? 0).ThenBy(i => i).Last();
        }

        var unyeared = scores.Where(i => years[i] is null).ToList();
        if (unyeared.Count > 0 && unyeared.Count < scores.Count && (reportYear is null || scores.All(i => years[i] is null || years[i] < reportYear)))
        {
            return unyeared[^1];
        }

        return scores.OrderBy(i => years[i] ?? 0).ThenBy(i => i).Last();
    }

    // The text above each column, within reach of the first area row, in lines that start right of
    // the label column (a caption or the label column's own heading starts at the table's left).
    // Word by word, each to the column nearest below it: headings printed close together
    // ("Falun 2004  Falun 2008") may form one line of text but belong to two columns.
    private static List<string> Headings(List<(double Left, double Right)> columns, IReadOnlyList<TextLine> lines, double top, double labelLeft, double em, SummaryTableOptions options)
    {
        var words = columns.Select(_ => new List<(TextLine Line, Word Word)>()).ToList();
        var zone = lines.Where(l => l.Box.Bottom >= top - (0.2 * em) && l.Box.Bottom <= top + (options.HeaderReachEm * em) && l.Box.Left > labelLeft + (2 * em));
        foreach (var line in zone)
        {
            foreach (var word in line.Words)
            {
                var nearest = Enumerable.Range(0, columns.Count)
                    .Where(c => word.Box.Right >= columns[c].Left - em && word.Box.Left <= columns[c].Right + em)
                    .OrderBy(c => Math.Abs(word.Box.CentreX - ((columns[c].Left + columns[c].Right) / 2)))
                    .FirstOrDefault(-1);
                if (nearest >= 0)
                {
                    words[nearest].Add((line, word));
                }
            }
        }

        return words
            .Select(w => string.Join(' ', w.OrderByDescending(x => x.Line.Box.Top).ThenBy(x => x.Word.Box.Left).Select(x => x.Word.Text)))
            .ToList();
    }

    /// <summary>
    /// What a series of numbers holds, from its heading ("Medelvärde" is the mean, "Max" or
    /// "Skillnad" neither), else from its values (page numbers that never go down, one repeated
    /// value or a constant step, like a chart's axis, are no scores); <paramref name="values"/> in
    /// printed order.
    /// </summary>
    public static SummaryColumnRole RoleOf(string heading, IReadOnlyList<decimal> values, SummaryTableOptions options)
    {
        var text = LowerCase.Swedish(heading);
        if (options.IgnoredHeadings.Any(h => text.Contains(LowerCase.Swedish(h), StringComparison.Ordinal)))
        {
            return SummaryColumnRole.Ignored;
        }

        if (options.MeanHeadings.Any(h => text.Contains(LowerCase.Swedish(h), StringComparison.Ordinal)))
        {
            return SummaryColumnRole.Mean;
        }

        // A contents page lists the areas with their page numbers, which never go down; five or
        // more area scores in non-decreasing order are too unlikely to be read that way.
        if (values.Count >= 5 && values.Zip(values.Skip(1)).All(p => p.Second >= p.First))
        {
            return SummaryColumnRole.Ignored;
        }

        return values.Count >= 3 && (values.Distinct().Count() == 1 || IsScale(values)) ? SummaryColumnRole.Ignored : SummaryColumnRole.Score;
    }

    // Values stepping by one constant amount (100, 80, 60, 40 …) are a chart's axis, not scores.
    private static bool IsScale(IReadOnlyList<decimal> values)
    {
        var step = values[1] - values[0];
        return step != 0 && values.Zip(values.Skip(1)).All(p => p.Second - p.First == step);
    }

    // The name as a word of its own or its start ("Falköpings kommun"), not inside another word.
    private static bool NamesMunicipality(string heading, string name)
        => Regex.IsMatch(heading, @"(?<!\p{L})" + Regex.Escape(name), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static int? YearOf(string heading)
    {
        var years = Year().Matches(heading).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        return years.Count == 0 ? null : years.Max();
    }

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
