using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Sections;

/// <summary>
/// Reads one area section from its lines: the score first (its label, number and unit are then no
/// block's lines; a bullet set apart from its text is joined to it), then the labelled blocks, then
/// the items of the blocks that carry lists. Pure.
/// </summary>
internal sealed class AreaSectionReader(SectionLabels labels, AreaSectionOptions options)
{
    private readonly SectionScoreReader _score = new(labels, options);
    private readonly SectionBlockSplitter _blocks = new(labels, options);
    private readonly ListItemSplitter _items = new(options);

    /// <summary>The section opened by <paramref name="heading"/>, made of <paramref name="lines"/>.</summary>
    public AreaSection Read(AreaHeading heading, IReadOnlyList<TextLine> lines, BodyText body)
    {
        var score = _score.Read(lines);
        var taken = new HashSet<TextLine>(score?.Lines ?? [], ReferenceEqualityComparer.Instance);
        var rest = JoinMarkers(lines.Where(l => !taken.Contains(l)).ToList());
        var blocks = _blocks.Split(rest, body);
        List<ListItem> Items(SectionLabelKind kind) => blocks.Where(b => b.Kind == kind).SelectMany(b => _items.Split(b, body)).ToList();
        return new AreaSection(
            heading,
            score,
            Items(SectionLabelKind.Subheadings),
            Items(SectionLabelKind.Strengths),
            Items(SectionLabelKind.Improvements),
            blocks.Select(b => b.Kind).Where(k => k != SectionLabelKind.General).Distinct().Count());
    }

    // A bullet or enumerator printed apart from its text (a wide gap makes them two lines, and a
    // bullet glyph set lower or smaller than the text may even fall into a band of its own) is
    // joined to the text line beside it: the nearest line starting to its right, within a few ems,
    // whose height takes in the marker's middle.
    private static List<TextLine> JoinMarkers(List<TextLine> lines)
    {
        var joined = new Dictionary<TextLine, TextLine>(ReferenceEqualityComparer.Instance);
        var markers = new HashSet<TextLine>(ReferenceEqualityComparer.Instance);
        foreach (var marker in lines.Where(l => l.Words.Count == 1 && ListMarker.IsMarkerOnly(l.Text)))
        {
            var em = marker.FontSize;
            var text = lines
                .Where(l => l.Page == marker.Page && !ReferenceEquals(l, marker) && !joined.ContainsKey(l)
                            && l.Box.Left >= marker.Box.Right && l.Box.Left - marker.Box.Right <= 4 * em
                            && marker.Box.CentreY >= l.Box.Bottom - (0.3 * em) && marker.Box.CentreY <= l.Box.Top + (0.3 * em))
                .OrderBy(l => l.Box.Left - marker.Box.Right)
                .FirstOrDefault();
            if (text is not null)
            {
                joined[text] = new TextLine(text.Page, text.Row, marker.Words.Concat(text.Words).ToList(), marker.Box.Union(text.Box), text.FontSize, text.IsBold);
                markers.Add(marker);
            }
        }

        return lines.Where(l => !markers.Contains(l)).Select(l => joined.TryGetValue(l, out var j) ? j : l).ToList();
    }
}
