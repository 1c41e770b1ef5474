namespace Kompass.Ingest.Extraction.Questions;

/// <summary>The text lines of one question within a row, and the line holding its id (null when it has none).</summary>
internal sealed record Segment(IReadOnlyList<WordLine> Lines, WordLine? Anchor)
{
    /// <summary>The vertical centre of the lines; null without lines.</summary>
    public double? CentreY => Lines.Count == 0 ? null : (Lines.Min(l => l.Box.Bottom) + Lines.Max(l => l.Box.Top)) / 2;

    /// <summary>How far height <paramref name="y"/> lies outside the span of the lines (0 inside it).</summary>
    public double Distance(double y)
    {
        if (Lines.Count == 0)
        {
            return 0;
        }

        var top = Lines.Max(l => l.Box.Top);
        var bottom = Lines.Min(l => l.Box.Bottom);
        return y > top ? y - top : y < bottom ? bottom - y : 0;
    }
}
