using System.Globalization;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// Finds summary tables on one page by structure: a run of rows whose labels start at one left
/// edge, each naming an area and followed by numbers; the numbers' columns are the x-ranges where
/// most area rows have a number, so chart values and axis ticks that share a row (they stand at
/// their own x positions) fall out. The headings above the columns tell the evaluations and the
/// national mean apart; a row labelled as a total closes the table. Pure and thread-safe.
/// </summary>
internal sealed class SummaryTableFinder(AreaNameMatcher matcher, SummaryTableOptions options)
{
    private readonly SummaryTableOptions _options = options;
    private readonly SummaryAreaResolver _areas = new(matcher);

    // The total labels normalised once: every row of every page is asked whether it is a total.
    private readonly HashSet<string> _totalLabels = options.TotalLabels.Select(AreaNameText.Normalise).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every candidate table on the page, top to bottom; the hints tell the current evaluation's column.</summary>
    public List<SummaryTable> Find(int page, IReadOnlyList<TextLine> lines, SummaryHints hints)
    {
        var rows = SummaryRowReader.Read(lines, SummaryAreaResolver.StartsWithNumber);
        var totals = TotalRows(rows);
        var tables = new List<SummaryTable>();
        foreach (var run in Runs(rows, totals))
        {
            if (Assemble(page, run, rows, totals, lines, hints) is { } table)
            {
                tables.Add(table);
            }
        }

        return tables;
    }

    // Labelled rows with numbers, aligned on the label's left edge and close one below the other.
    // An area row has a number an area score can be (0–100): a heading row of years ("Område |
    // 2019 | Snitt") is none. A total row ends a run.
    private IEnumerable<List<SummaryRow>> Runs(List<SummaryRow> rows, HashSet<SummaryRow> totals)
    {
        var run = new List<SummaryRow>();
        foreach (var row in rows.Where(r => r.HasLabel && r.Cells.Count > 0 && (totals.Contains(r) || r.Cells.Any(c => c.Value is <= 100))))
        {
            if (run.Count > 0)
            {
                var em = run[0].FontSize;
                var previous = run[^1];
                var aligned = Math.Abs(row.Left - run[0].Left) <= _options.LabelAlignEm * em;
                var close = previous.LabelLines[0].Box.Bottom - row.LabelLines[0].Box.Bottom <= _options.MaxRowGapEm * em;
                if (!aligned || !close || totals.Contains(previous))
                {
                    yield return run;
                    run = [];
                }
            }

            run.Add(row);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private SummaryTable? Assemble(int page, List<SummaryRow> run, List<SummaryRow> rows, HashSet<SummaryRow> totals, IReadOnlyList<TextLine> lines, SummaryHints hints)
    {
        var body = run.Where(r => !totals.Contains(r)).ToList();

        // Each area is a body row of its own, so a run of fewer rows (most runs: a line of text
        // with a number in it) cannot make a table; naming its rows, every label against every
        // revision's area names, would be the costliest part of finding none.
        if (body.Count < _options.MinPartRows)
        {
            return null;
        }

        var numbers = _areas.Resolve(body, hints.Revision);
        var areas = new Dictionary<int, SummaryRow>();
        var warnings = new List<string>();
        for (var i = 0; i < body.Count; i++)
        {
            if (numbers[i] is not { } number)
            {
                continue;
            }

            if (!areas.TryAdd(number, body[i]))
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"summary table on page {page}: area {number} printed twice; the first row is kept"));
            }
        }

        if (areas.Count < _options.MinPartRows)
        {
            return null;
        }

        var em = Median(areas.Values.Select(r => r.FontSize));
        var areaRows = areas.Values.ToList();
        var total = TotalRow(run, rows, totals, areaRows, em);
        var columns = SummaryColumnFinder.Find(areaRows, lines, em, _options);
        if (columns.Count == 0)
        {
            return null;
        }

        var (score, mean, doubts) = SummaryColumnFinder.Choose(columns, hints);
        if (score is null)
        {
            return null;
        }

        warnings.AddRange(doubts.Select(d => string.Create(CultureInfo.InvariantCulture, $"summary table on page {page}: {d}")));
        return new SummaryTable(page, areas, total, columns, score.Value, mean, warnings);
    }

    private SummaryRow? TotalRow(List<SummaryRow> run, List<SummaryRow> rows, HashSet<SummaryRow> totals, List<SummaryRow> areaRows, double em)
    {
        var lowest = areaRows.Min(r => r.Box.Bottom);
        return run.Where(totals.Contains).FirstOrDefault()
               ?? rows.Where(r => totals.Contains(r) && r.Box.Top <= lowest + (0.5 * em) && lowest - r.Box.Top <= _options.TotalReachEm * em)
                   .OrderByDescending(r => r.Box.Top)
                   .FirstOrDefault();
    }

    // The rows with numbers labelled as a total, each label built and normalised once: the runs,
    // the tables and their total rows all ask of the same rows.
    private HashSet<SummaryRow> TotalRows(List<SummaryRow> rows)
    {
        var totals = new HashSet<SummaryRow>(ReferenceEqualityComparer.Instance);
        foreach (var row in rows)
        {
            if (row.Cells.Count > 0 && _totalLabels.Contains(AreaNameText.Normalise(row.Label)))
            {
                totals.Add(row);
            }
        }

        return totals;
    }

    /// <summary>True when <paramref name="label"/> is one of the total row's labels ("TOTALT", "Summa:").</summary>
    public static bool IsTotalLabel(string label, SummaryTableOptions options)
    {
        var normalised = AreaNameText.Normalise(label);
        return options.TotalLabels.Any(t => string.Equals(AreaNameText.Normalise(t), normalised, StringComparison.Ordinal));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 1 : Math.Max(1, sorted[sorted.Count / 2]);
    }
}
