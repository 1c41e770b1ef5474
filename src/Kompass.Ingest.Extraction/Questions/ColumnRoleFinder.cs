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
        var questionRows = runs.Where(r => r.Box.Left <= flushLimit && QuestionIdText.TryParse(r.Words[0].Text, out _, out _)).Select(r => r.Row).ToHashSet();
        var numbers = runs.Where(r => r.Number is not null && r.Box.Left > flushLimit && questionRows.Contains(r.Row)).ToList();
        var rowsWithNumbers = numbers.Select(r => r.Row).Distinct().Count();
        var bands = Bands(numbers, runs, slack, em)
            .Where(b => b.Rows >= Math.Min(MinBandRows, rowsWithNumbers))
            .ToList();
        if (bands.Count == 0 || !runs.Any(r => r.Box.Right < bands[0].Left - slack && r.Text.Any(char.IsLetterOrDigit)))
        {
            return null;
        }

        var percent = bands.Where(b => b.Percents > 0 && b.Percents * 2 >= b.Rows).Select(b => (int?)bands.IndexOf(b)).LastOrDefault()
            ?? PercentByRatio(bands, numbers, slack);
        var rest = Enumerable.Range(0, bands.Count).Where(i => i != percent).Select(i => bands[i]).ToList();
        var score = rest.Count > 0 ? rest[0] : null;
        var max = rest.Count > 1 ? rest[1] : null;
        if (score is not null && max is not null && Exceeds(numbers, score, max, slack))
        {
            (score, max) = (max, score);
        }

        return new ColumnRoles(flushLimit, score, max, percent is int p ? bands[p] : null, slack);
    }

    /// <summary>The export contract's rounding rule: |s − p·m/100| ≤ 0.5 + 0.005·m (with the options' tolerances).</summary>
    public static bool PercentAgrees(decimal score, decimal max, decimal percent, QuestionTableOptions options)
        => (double)Math.Abs(score - (percent * max / 100m)) <= options.PercentAbsoluteTolerance + (options.PercentRelativeTolerance * (double)max);

    private static List<NumericBand> Bands(List<WordRun> numbers, IReadOnlyList<WordRun> runs, double slack, double em)
    {
        var clusters = new List<List<WordRun>>();
        foreach (var run in numbers.OrderBy(r => r.Box.Left))
        {
            if (clusters.Count > 0 && run.Box.Left <= clusters[^1].Max(r => r.Box.Right) + slack)
            {
                clusters[^1].Add(run);
            }
            else
            {
                clusters.Add([run]);
            }
        }

        return clusters.Select(c => new NumericBand(
            c.Min(r => r.Box.Left),
            c.Max(r => r.Box.Right),
            c.Select(r => r.Row).Distinct().Count(),
            c.Count(r => r.Number!.Value.IsPercent || SignBeside(r, runs, em)))).ToList();
    }

    /// <summary>True when a lone "%" follows the number on its line (a percent sign printed as a column of its own).</summary>
    private static bool SignBeside(WordRun number, IReadOnlyList<WordRun> runs, double em)
        => runs.Any(r => r.Row == number.Row && PrintedNumberParser.IsPercentSign(r.Text)
            && Math.Abs(r.Box.CentreY - number.Box.CentreY) <= em / 2 && r.Box.Left > number.Box.Right && r.Box.Left - number.Box.Right <= 3 * em);

    private int? PercentByRatio(List<NumericBand> bands, List<WordRun> numbers, double slack)
    {
        if (bands.Count < 3)
        {
            return null;
        }

        int? best = null;
        var bestShare = options.PercentAgreementShare;
        for (var candidate = 0; candidate < bands.Count; candidate++)
        {
            var others = Enumerable.Range(0, bands.Count).Where(i => i != candidate).Take(2).ToList();
            var rows = numbers.Select(r => r.Row).Distinct()
                .Select(row => (S: Value(numbers, row, bands[others[0]], slack), M: Value(numbers, row, bands[others[1]], slack), P: Value(numbers, row, bands[candidate], slack)))
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
    private static bool Exceeds(List<WordRun> numbers, NumericBand left, NumericBand right, double slack)
    {
        var above = 0;
        var below = 0;
        foreach (var row in numbers.Select(r => r.Row).Distinct())
        {
            if (Value(numbers, row, left, slack) is decimal a && Value(numbers, row, right, slack) is decimal b)
            {
                above += a > b ? 1 : 0;
                below += a < b ? 1 : 0;
            }
        }

        return above > below;
    }

    private static decimal? Value(List<WordRun> numbers, int row, NumericBand band, double slack)
        => numbers.FirstOrDefault(r => r.Row == row && band.Holds(r, slack))?.Number?.Value;
}
