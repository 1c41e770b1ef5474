using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Extraction.Tables.Lattice;

/// <summary>
/// Turns a page's ruling lines into clean horizontal and vertical segments: slanted and very short
/// strokes are dropped, and strokes on one line (a border drawn cell by cell, a double border) are
/// joined when they touch or nearly touch.
/// </summary>
internal static class RulingNormaliser
{
    /// <summary>The joined horizontal and vertical segments of <paramref name="lines"/>.</summary>
    public static (IReadOnlyList<Segment> Horizontal, IReadOnlyList<Segment> Vertical) Normalise(
        IEnumerable<RulingLine> lines, LatticeTableOptions options)
    {
        var tolerance = options.LineJoinTolerance;
        var horizontal = new List<Segment>();
        var vertical = new List<Segment>();
        foreach (var line in lines)
        {
            var (dx, dy) = (Math.Abs(line.X2 - line.X1), Math.Abs(line.Y2 - line.Y1));
            if (dy <= tolerance && dx >= options.MinLineLength)
            {
                horizontal.Add(new Segment(true, (line.Y1 + line.Y2) / 2, Math.Min(line.X1, line.X2), Math.Max(line.X1, line.X2)));
            }
            else if (dx <= tolerance && dy >= options.MinLineLength)
            {
                vertical.Add(new Segment(false, (line.X1 + line.X2) / 2, Math.Min(line.Y1, line.Y2), Math.Max(line.Y1, line.Y2)));
            }
        }

        return (Join(horizontal, tolerance), Join(vertical, tolerance));
    }

    private static List<Segment> Join(List<Segment> segments, double tolerance)
    {
        var joined = new List<Segment>();
        foreach (var track in Tracks(segments, tolerance))
        {
            var position = track.Average(s => s.Position);
            Segment? current = null;
            foreach (var segment in track.OrderBy(s => s.From))
            {
                if (current is not null && segment.From <= current.To + tolerance)
                {
                    current = current with { To = Math.Max(current.To, segment.To) };
                    continue;
                }

                if (current is not null)
                {
                    joined.Add(current);
                }

                current = segment with { Position = position };
            }

            joined.Add(current!);
        }

        return joined;
    }

    /// <summary>Segments grouped by position: each group's neighbouring positions are within <paramref name="tolerance"/>.</summary>
    private static IEnumerable<List<Segment>> Tracks(List<Segment> segments, double tolerance)
    {
        var track = new List<Segment>();
        foreach (var segment in segments.OrderBy(s => s.Position))
        {
            if (track.Count > 0 && segment.Position - track[^1].Position > tolerance)
            {
                yield return track;
                track = [];
            }

            track.Add(segment);
        }

        if (track.Count > 0)
        {
            yield return track;
        }
    }
}
