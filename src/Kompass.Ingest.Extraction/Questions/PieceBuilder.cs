using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// Turns one row of a zone into pieces: normally one; a row holding several ids (a ruled row the
/// rules could not split) gives one per id, each number going to the question it sits beside. Pure.
/// </summary>
internal static class PieceBuilder
{
    /// <summary>The pieces of <paramref name="row"/>, top to bottom.</summary>
    public static IEnumerable<RowPiece> Build(IReadOnlyList<ZoneLine> row, ColumnRoles roles, QuestionTableOptions options, int page, int zone, int index, double em)
    {
        var lines = row.Where(l => l.TextWords.Count > 0).Select(l => new WordLine(l.TextWords)).OrderByDescending(l => l.Box.CentreY).ToList();
        var numbers = row.SelectMany(l => l.NumberSide).ToList();
        var segments = Segments(lines, row).ToList();
        foreach (var segment in segments)
        {
            // A row of one segment (nearly all) has every number near it.
            var near = segments.Count == 1 ? numbers : numbers.Where(r => Near(r, segment, segments, options.LineTolerance * em)).ToList();
            var piece = ToPiece(segment, near, roles, page, zone, index++);
            var labelled = near.Any(r => r.Number is null && !r.IsPercentSign);
            yield return piece with { Kind = KindOf(piece, row, labelled, options) };
        }
    }

    private static IEnumerable<Segment> Segments(List<WordLine> lines, IReadOnlyList<ZoneLine> row)
    {
        var anchorWords = row.Where(l => l.IsAnchor).Select(l => l.TextWords[0]).ToList();
        var anchors = Enumerable.Range(0, lines.Count).Where(i => anchorWords.Any(w => ReferenceEquals(w, lines[i].Words[0]))).ToList();
        if (anchors.Count <= 1)
        {
            yield return new Segment(lines, anchors.Count == 1 ? lines[anchors[0]] : null);
            yield break;
        }

        if (anchors.All(a => lines[a].Words.Count > 1))
        {
            // Ids on text baselines: each id opens its question; lines above the first one end the question before.
            if (anchors[0] > 0)
            {
                yield return new Segment(lines.Take(anchors[0]).ToList(), null);
            }

            for (var k = 0; k < anchors.Count; k++)
            {
                var end = k + 1 < anchors.Count ? anchors[k + 1] : lines.Count;
                yield return new Segment(lines.Skip(anchors[k]).Take(end - anchors[k]).ToList(), lines[anchors[k]]);
            }

            yield break;
        }

        // Ids alone on their line are centred on their rows: every line goes to the nearest id.
        var groups = anchors.ToDictionary(a => a, _ => new List<WordLine>());
        foreach (var line in lines)
        {
            groups[anchors.MinBy(a => Math.Abs(lines[a].Box.CentreY - line.Box.CentreY))].Add(line);
        }

        foreach (var anchor in anchors)
        {
            yield return new Segment(groups[anchor], lines[anchor]);
        }
    }

    private static RowPiece ToPiece(Segment segment, IReadOnlyList<WordRun> near, ColumnRoles roles, int page, int zone, int index)
    {
        PrintedId? id = null;
        if (segment.Anchor is { } anchor && QuestionIdText.TryParse(anchor.Words[0].Text, out var idText, out var area))
        {
            id = new PrintedId(anchor.Words[0], idText, area);
        }

        // The lines' words, the id's word left out (and a line left empty by it): only the line
        // holding the id is copied without it, the others are given as they are.
        var lines = new List<IReadOnlyList<Word>>(segment.Lines.Count);
        foreach (var line in segment.Lines)
        {
            var words = id is null ? line.Words : Without(line.Words, id.Word);
            if (id is null || words.Count > 0)
            {
                lines.Add(words);
            }
        }

        return new RowPiece(
            PieceKind.Continuation, zone, index, page, id, lines,
            NumberIn(near, roles.Score, segment, roles.Slack),
            NumberIn(near, roles.Max, segment, roles.Slack),
            NumberIn(near, roles.Percent, segment, roles.Slack));
    }

    /// <summary>The words without <paramref name="word"/> (the same object), in order: <paramref name="words"/> itself when it does not hold it.</summary>
    internal static IReadOnlyList<Word> Without(IReadOnlyList<Word> words, Word word)
    {
        var at = -1;
        for (var i = 0; i < words.Count && at < 0; i++)
        {
            at = ReferenceEquals(words[i], word) ? i : -1;
        }

        if (at < 0)
        {
            return words;
        }

        var kept = new List<Word>(words.Count - 1);
        foreach (var other in words)
        {
            if (!ReferenceEquals(other, word))
            {
                kept.Add(other);
            }
        }

        return kept;
    }

    private static PieceKind KindOf(RowPiece piece, IReadOnlyList<ZoneLine> row, bool labelled, QuestionTableOptions options)
    {
        if (piece.Id is not null)
        {
            return PieceKind.Question;
        }

        if (piece.HasNumbers)
        {
            var text = piece.Text.Trim().TrimEnd(':');
            return text.Length == 0 || !text.Any(char.IsLetter) || options.TotalLabels.Any(t => string.Equals(t, text, StringComparison.OrdinalIgnoreCase))
                ? PieceKind.Total
                : PieceKind.Values;
        }

        return labelled || row.Any(l => l.Kind == ZoneLineKind.Heading) ? PieceKind.Heading : PieceKind.Continuation;
    }

    /// <summary>Of the numbers in <paramref name="band"/> beside the segment, the one closest to its id (or its middle).</summary>
    private static NumberCell? NumberIn(IReadOnlyList<WordRun> near, NumericBand? band, Segment segment, double slack)
    {
        if (band is null)
        {
            return null;
        }

        // The first of the closest, in one pass over the runs (every piece asks this of every band).
        var target = segment.Anchor?.Box.CentreY ?? segment.CentreY;
        WordRun? best = null;
        var bestDistance = 0.0;
        foreach (var run in near)
        {
            if (run.Number is null || !band.Holds(run, slack))
            {
                continue;
            }

            // Without lines of its own the segment is measured from its first number.
            target ??= run.Box.CentreY;
            var distance = Math.Abs(run.Box.CentreY - target.Value);
            if (best is null || distance.CompareTo(bestDistance) < 0)
            {
                (best, bestDistance) = (run, distance);
            }
        }

        return best is null ? null : new NumberCell(best.Number!.Value, best.Text, best.Page, best.Box);
    }

    /// <summary>True when the run belongs beside the segment: within its lines' span, or no further from it than from the row's other segments.</summary>
    private static bool Near(WordRun run, Segment segment, IReadOnlyList<Segment> siblings, double tolerance)
        => segment.Lines.Count == 0 || siblings.Count == 1
            || segment.Distance(run.Box.CentreY) <= siblings.Where(s => s.Lines.Count > 0).Min(s => s.Distance(run.Box.CentreY)) + tolerance;
}
