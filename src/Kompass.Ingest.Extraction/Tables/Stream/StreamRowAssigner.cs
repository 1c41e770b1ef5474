using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>
/// Groups the lines of a region into rows. Rows are vertical bands, so a row is a run of
/// consecutive lines; the question is only where one ends. A row ends where a cue forces it (see
/// <see cref="RowCues"/>) and wherever a numeric column would otherwise get a second value: values
/// do not wrap, so they anchor rows. When the break between two anchors is open (wrapped text
/// between them), the first column decides if it marks row starts; otherwise top-aligned numbers
/// keep the text below them, bottom-aligned numbers the text above them, and centred numbers take
/// as many lines below as the row has above.
/// </summary>
internal static class StreamRowAssigner
{
    /// <summary>The rows of <paramref name="region"/>, top to bottom, and how many of them are headings.</summary>
    public static (IReadOnlyList<RowSpan> Rows, int HeaderRows) Assign(StreamRegion region, IReadOnlyList<RulingLine> rules, StreamTableOptions options)
    {
        var (forced, keyCue, alignment) = RowCues.Gather(region, rules, options);
        var rows = new List<RowSpan>();
        var start = 0;
        var anchors = new Dictionary<int, int>();
        for (var i = 0; i < region.Lines.Count; i++)
        {
            if (i > start && forced[i])
            {
                rows.Add(new RowSpan(start, i));
                start = i;
                anchors.Clear();
            }
            else if (region.ValueColumns(i).Where(anchors.ContainsKey).Select(c => anchors[c]).DefaultIfEmpty(-1).Max() is var clash and >= 0)
            {
                var cut = keyCue ? i : alignment switch
                {
                    ValueAlignment.Centre => MirrorCut(region, start, clash, i),
                    ValueAlignment.Bottom => clash + 1,
                    _ => i,
                };
                rows.Add(new RowSpan(start, cut));
                start = cut;
                anchors = AnchorsOf(region, start, i);
            }

            foreach (var column in region.ValueColumns(i))
            {
                anchors[column] = i;
            }
        }

        rows.Add(new RowSpan(start, region.Lines.Count));
        var headerRows = rows.TakeWhile(r => Enumerable.Range(r.Start, r.End - r.Start).All(l => region.HeaderLines[l])).Count();
        return (rows, headerRows);
    }

    /// <summary>
    /// For numbers centred on their row: the row of the anchor at <paramref name="anchor"/> takes as
    /// many text lines below it as it has above it (from <paramref name="start"/>); the rest, up to
    /// <paramref name="next"/>, begins the next row.
    /// </summary>
    private static int MirrorCut(StreamRegion region, int start, int anchor, int next)
    {
        var above = Enumerable.Range(start, anchor - start).Count(region.HasText);
        var cut = anchor + 1;
        while (above > 0 && cut < next)
        {
            if (region.HasText(cut))
            {
                above--;
            }

            cut++;
        }

        return cut;
    }

    private static Dictionary<int, int> AnchorsOf(StreamRegion region, int from, int to)
    {
        var anchors = new Dictionary<int, int>();
        for (var line = from; line < to; line++)
        {
            foreach (var column in region.ValueColumns(line))
            {
                anchors[column] = line;
            }
        }

        return anchors;
    }
}
