using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// Reads the words of one question-table zone into pieces (see <see cref="RowPiece"/>), by
/// geometry only: words are grouped into printed lines by position, never by their order in the
/// text layer; column roles come from the numbers (<see cref="ColumnRoleFinder"/>), rows from the
/// ids, gaps and ruling lines (<see cref="RowGrouper"/>). Pure.
/// </summary>
internal sealed class ZoneReader(QuestionTableOptions options)
{
    private readonly ColumnRoleFinder _roles = new(options);
    private readonly RowGrouper _rows = new(options);

    /// <summary>The pieces of the zone, top to bottom, and the column roles read from it (null when it has no ids of its own).</summary>
    public (IReadOnlyList<RowPiece> Pieces, ColumnRoles? Roles) Read(QuestionZone zone, int zoneIndex)
    {
        var words = zone.Page.Words.Where(w => !string.IsNullOrWhiteSpace(w.Text) && Inside(zone, w)).ToList();
        if (words.Count == 0)
        {
            return ([], null);
        }

        var em = QuestionEm.Of(words);
        var runs = WordRun.SplitAll(WordLine.Group(words, options.LineTolerance * em), zone.Page.Number, options.CellGap * em);
        var found = _roles.Find(runs, em);
        if ((found ?? zone.Inherited) is not { } roles)
        {
            return ([], null);
        }

        var lines = ByLine(runs).ConvertAll(line => Classify(line, roles));
        var pieces = new List<RowPiece>();
        var seenId = false;
        foreach (var row in _rows.Group(lines, Rules(zone, em), em))
        {
            foreach (var piece in PieceBuilder.Build(row, roles, options, zone.Page.Number, zoneIndex, pieces.Count, em))
            {
                // Pieces before the page's first id are carried over from the page before.
                var carried = zone.OpensPage && piece.Id is null && !seenId;
                pieces.Add(piece with { Index = pieces.Count, CarriedOver = carried });
                seenId |= piece.Id is not null;
            }
        }

        return (pieces, found);
    }

    // The runs of each printed line, top to bottom. Runs come line by line with rising row numbers,
    // so a line's runs are the ones in a row with its number: no grouping and ordering is needed.
    private static List<List<WordRun>> ByLine(List<WordRun> runs)
    {
        var lines = new List<List<WordRun>>();
        foreach (var run in runs)
        {
            if (lines.Count == 0 || lines[^1][0].Row != run.Row)
            {
                lines.Add([]);
            }

            lines[^1].Add(run);
        }

        return lines;
    }

    private ZoneLine Classify(List<WordRun> runs, ColumnRoles roles)
    {
        // One pass over the runs (every line of every zone): the text side's words and first run,
        // the number side, and on it the numbers a band holds and the labels.
        WordRun? firstText = null;
        var words = new List<Word>();
        var side = new List<WordRun>();
        var numbers = 0;
        var labels = 0;
        foreach (var run in runs)
        {
            if (roles.IsText(run))
            {
                firstText ??= run;
                words.AddRange(run.Words);
                continue;
            }

            side.Add(run);
            if (run.Number is null)
            {
                labels += run.IsPercentSign ? 0 : 1;
            }
            else if (InABand(run, roles))
            {
                numbers++;
            }
        }

        var kind = words.Count > 0 && firstText!.Box.Left <= roles.FlushLimit && QuestionIdText.IsId(words[0].Text)
            ? ZoneLineKind.Anchor
            : numbers == 0 && (labels > 0 || (QuestionIdText.TryParseHeading(Label(words), out _, out _) && words.All(w => w.IsBold)))
                ? ZoneLineKind.Heading
                : numbers > 0 && words.Count == 0
                    ? ZoneLineKind.Numbers
                    : numbers > 0 && IsTotalLabel(Label(words))
                        ? ZoneLineKind.Total
                        : ZoneLineKind.Text;
        return new ZoneLine(runs, words, side, kind);
    }

    private static bool InABand(WordRun run, ColumnRoles roles)
    {
        foreach (var band in roles.Bands)
        {
            if (band.Holds(run, roles.Slack))
            {
                return true;
            }
        }

        return false;
    }

    // The text side's words as a label, joined only for the lines that are no question (most are).
    private static string Label(List<Word> words) => WordList.Text(words).Trim().TrimEnd(':');

    private bool IsTotalLabel(string label)
        => !label.Any(char.IsLetter) || options.TotalLabels.Any(t => string.Equals(t, label, StringComparison.OrdinalIgnoreCase));

    /// <summary>Heights of the horizontal ruling lines that cross most of the zone.</summary>
    private static List<double> Rules(QuestionZone zone, double em)
    {
        var box = zone.Box;
        var ys = zone.Page.Lines
            .Where(l => l.IsHorizontal)
            .Select(l => (Y: (l.Y1 + l.Y2) / 2, Left: Math.Min(l.X1, l.X2), Right: Math.Max(l.X1, l.X2)))
            .Where(l => l.Y >= box.Bottom - em && l.Y <= box.Top + em && Math.Min(l.Right, box.Right) - Math.Max(l.Left, box.Left) >= box.Width / 2)
            .Select(l => l.Y)
            .OrderByDescending(y => y)
            .ToList();
        var merged = new List<double>();
        foreach (var y in ys)
        {
            if (merged.Count == 0 || merged[^1] - y > em / 4)
            {
                merged.Add(y);
            }
        }

        return merged;
    }

    private static bool Inside(QuestionZone zone, Word word)
        => word.Box.CentreX >= zone.Box.Left && word.Box.CentreX <= zone.Box.Right && word.Box.CentreY >= zone.Box.Bottom && word.Box.CentreY <= zone.Box.Top;
}
