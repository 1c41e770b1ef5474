namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// Decides from the printed numbers, not from the column labels nor from the table engine's column
/// bands, which columns hold what. The numbers of the rows that open with a question id form bands
/// where they overlap horizontally; a band used by at least two rows is a numeric column. The percent band carries percent signs (on its numbers
/// or as a "%" beside them) or, without them, is the percentage of the two other bands in nearly
/// every row; of the rest, the max band is the one that is never below the score (printed order
/// decides a tie). Pure.
/// </summary>
internal sealed class ColumnRoleFinder(QuestionTableOptions options)
{
    private const int MinBandRows = 2;

    /// <summary>The roles in a table made of <paramref name="runs"/>; null when it has no numeric band or no text.</summary>
    public ColumnRoles? Find(IReadOnlyList<WordRun> runs, double em)
    {
        if (runs.Count == 0)
        {
            return null;
        }

        var flushLimit = runs.Min(r => r.Box.Left) + (options.FlushTolerance * em);
        var slack = options.BandSlack * em;
        // Only rows that open with an id shape the columns: a summary table the engine put in the
        // same block, or a heading, must not add columns of its own.
        var questionRows = runs.Where(r => r.Box.Left <= flushLimit && QuestionIdText.IsId(r.Words[0].Text)).Select(r => r.Row).ToHashSet();
        var numbers = runs.Where(r => r.Box.Left > flushLimit && questionRows.Contains(r.Row) && r.Number is not null).ToList();
        var rowsWithNumbers = numbers.Select(r => r.Row).Distinct().Count();
        var bands = Bands(numbers, runs, slack, em)
            .Where(b => b.Rows >= Math.Min(MinBandRows, rowsWithNumbers))
            .ToList();
        if (bands.Count == 0 || !runs.Any(r => r.Box.Right < bands[0].Left - slack && r.Text.Any(char.IsLetterOrDigit)))
        {
            return null;
        }

        var values = ValuesByRow(numbers, bands, slack);
        var percent = bands.Where(b => b.Percents > 0 && b.Percents * 2 >= b.Rows).Select(b => (int?)bands.IndexOf(b)).LastOrDefault()
            ?? PercentByRatio(values, bands.Count);
        var rest = Enumerable.Range(0, bands.Count).Where(i => i != percent).ToList();
        int? score = rest.Count > 0 ? rest[0] : null;
        int? max = rest.Count > 1 ? rest[1] : null;
        if (score is int s && max is int m && Exceeds(values, s, m))
        {
            (score, max) = (max, score);
        }

        return new ColumnRoles(flushLimit, BandAt(bands, score), BandAt(bands, max), BandAt(bands, percent), slack);
    }

    private static NumericBand? BandAt(List<NumericBand> bands, int? index) => index is int i ? bands[i] : null;

    /// <summary>
    /// Per row with numbers (in the order the numbers give them) and per band, the value of the
    /// row's first number the band holds; null where it holds none. Read once for every question
    /// of <see cref="PercentByRatio"/> and <see cref="Exceeds"/>, which ask it per row and band pair.
    /// </summary>
    private static List<decimal?[]> ValuesByRow(List<WordRun> numbers, List<NumericBand> bands, double slack)
    {
        var rows = new Dictionary<int, decimal?[]>();
        var values = new List<decimal?[]>();
        foreach (var run in numbers)
        {
            if (!rows.TryGetValue(run.Row, out var row))
            {
                row = new decimal?[bands.Count];
                rows.Add(run.Row, row);
                values.Add(row);
            }

            for (var b = 0; b < bands.Count; b++)
            {
                if (row[b] is null && bands[b].Holds(run, slack))
                {
                    row[b] = run.Number!.Value.Value;
                }
            }
        }

        return values;
    }

    /// <summary>The export contract's rounding rule: |s − p·m/100| ≤ 0.5 + 0.005·m (with the options' tolerances).</summary>
    public static bool PercentAgrees(decimal score, decimal max, decimal percent, QuestionTableOptions options)
        => (double)Math.Abs(score - (percent * max / 100m)) <= options.PercentAbsoluteTolerance + (options.PercentRelativeTolerance * (double)max);

    private static List<NumericBand> Bands(List<WordRun> numbers, IReadOnlyList<WordRun> runs, double slack, double em)
    {
        var clusters = new List<List<WordRun>>();

        // The last cluster's right edge, kept as runs join it rather than sought again for each run.
        var right = double.MinValue;
        foreach (var run in numbers.OrderBy(r => r.Box.Left))
        {
            if (clusters.Count > 0 && run.Box.Left <= right + slack)
            {
                clusters[^1].Add(run);
                right = Math.Max(right, run.Box.Right);
            }
            else
            {
                clusters.Add([run]);
                right = run.Box.Right;
            }
        }

        // The lone percent signs, found once for all numbers rather than among all runs per number.
        var signs = runs.Where(r => r.IsPercentSign).ToList();
        return clusters.ConvertAll(c => Band(c, signs, em));
    }

    /// <summary>
    /// The band of one cluster of numbers: their extent, how many rows they stand in, and how many
    /// carry a percent sign; the rows and signs counted in one pass, the rows in place (a cluster
    /// holds a number or two per row, and every table's and every zone's numbers are banded so).
    /// </summary>
    internal static NumericBand Band(List<WordRun> cluster, List<WordRun> signs, double em)
    {
        var rows = 0;
        var percents = 0;
        for (var i = 0; i < cluster.Count; i++)
        {
            rows += FirstOfItsRow(cluster, i) ? 1 : 0;
            percents += cluster[i].Number!.Value.IsPercent || SignBeside(cluster[i], signs, em) ? 1 : 0;
        }

        return new NumericBand(cluster.Min(r => r.Box.Left), cluster.Max(r => r.Box.Right), rows, percents);
    }

    // True when no run before `index` is in its row.
    private static bool FirstOfItsRow(List<WordRun> runs, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (runs[j].Row == runs[index].Row)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when one of the lone "%" <paramref name="signs"/> follows the number on its line (a percent sign printed as a column of its own).</summary>
    private static bool SignBeside(WordRun number, List<WordRun> signs, double em)
        => signs.Exists(r => r.Row == number.Row
            && Math.Abs(r.Box.CentreY - number.Box.CentreY) <= em / 2 && r.Box.Left > number.Box.Right && r.Box.Left - number.Box.Right <= 3 * em);

    private int? PercentByRatio(List<decimal?[]> values, int bandCount)
    {
        if (bandCount < 3)
        {
            return null;
        }

        int? best = null;
        var bestShare = options.PercentAgreementShare;
        for (var candidate = 0; candidate < bandCount; candidate++)
        {
            var others = Enumerable.Range(0, bandCount).Where(i => i != candidate).Take(2).ToList();
            var rows = values
                .Select(row => (S: row[others[0]], M: row[others[1]], P: row[candidate]))
                .Where(v => v.S is not null && v.M is not null && v.P is not null)
                .ToList();
            var share = rows.Count == 0 ? 0 : (double)rows.Count(v => PercentAgrees(v.S!.Value, v.M!.Value, v.P!.Value, options)) / rows.Count;
            if (share >= bestShare)
            {
                (best, bestShare) = (candidate, share);
            }
        }

        return best;
    }

    /// <summary>True when the left band is more often above the right one than below it (so the left one is the max).</summary>
    private static bool Exceeds(List<decimal?[]> values, int left, int right)
    {
        var above = 0;
        var below = 0;
        foreach (var row in values)
        {
            if (row[left] is decimal a && row[right] is decimal b)
            {
                above += a > b ? 1 : 0;
                below += a < b ? 1 : 0;
            }
        }

        return above > below;
    }
}
