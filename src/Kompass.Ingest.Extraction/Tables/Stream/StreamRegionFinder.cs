using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>
/// Finds blocks of a page that may be tables: runs of lines with cells side by side whose gaps line
/// up with the block's column channels, plus the wrapped lines between them that stay inside one
/// column. A line that crosses a channel (running text), a gap wider than
/// <see cref="StreamTableOptions.TableBreakGap"/>, or a single-column line after much more
/// whitespace than the block has shown between its own lines (a heading or paragraph after the
/// table) ends the block. Whether a block really is a table
/// is decided later, from its rows and its confidence.
/// </summary>
internal static class StreamRegionFinder
{
    /// <summary>Candidate blocks of <paramref name="lines"/> (top to bottom), each a run of consecutive lines.</summary>
    public static IReadOnlyList<IReadOnlyList<TextLine>> Find(IReadOnlyList<TextLine> lines, double em, StreamTableOptions options)
    {
        var regions = new List<IReadOnlyList<TextLine>>();
        var taken = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsMultiChunk)
            {
                continue;
            }

            var members = Grow(lines, i, em, options);
            var leading = Leading(lines, taken, members, em, options);
            members.InsertRange(0, leading);
            regions.Add(members.Select(m => lines[m]).ToList());
            i = members[^1];
            taken = i + 1;
        }

        return regions;
    }

    private static List<int> Grow(IReadOnlyList<TextLine> lines, int start, double em, StreamTableOptions options)
    {
        var committed = new List<int> { start };
        var pending = new List<int>();

        // The chunk edges of the lines of committed and pending, grown with them, so that each line
        // tried is measured against the block without gathering and sorting the block's edges again.
        var block = ChunkEdges.Of([lines[start]]);
        var grid = Grid(block, em, options);
        var widestGap = 0.0;
        for (var j = start + 1; j < lines.Count; j++)
        {
            var previous = pending.Count > 0 ? pending[^1] : committed[^1];
            var gap = lines[previous].GapTo(lines[j]);
            // A single-column line after twice the widest whitespace the block has shown (once it has
            // shown some) is no wrapped line but a heading or paragraph; row padding stays well below that.
            var unusual = committed.Count > 1 && !lines[j].IsMultiChunk && gap > (2 * widestGap) + (options.RowGap * em);
            if (gap > options.TableBreakGap * em || unusual)
            {
                break;
            }

            if (lines[j].IsMultiChunk)
            {
                block.Add(lines[j]);
                var widened = Grid(block, em, options);
                if (widened.Channels.Count < Math.Max(1, options.MinColumns - 1) || !Aligns(lines[j], widened))
                {
                    break;
                }

                var joined = committed.Count;
                committed.AddRange(pending);
                committed.Add(j);
                pending.Clear();
                grid = widened;
                widestGap = Math.Max(widestGap, WidestGap(lines, committed, joined));
            }
            else if (pending.Count < options.MaxWrappedLines && FitsInColumn(lines[j], grid))
            {
                pending.Add(j);
                block.Add(lines[j]);
            }
            else
            {
                break;
            }
        }

        committed.AddRange(Trailing(lines, committed, pending, em, options));
        return committed;
    }

    // The widest gap between members, looking only at the gaps above members from index `from` on:
    // the block grows line by line, and the gaps among its earlier members are in the running maximum already.
    private static double WidestGap(IReadOnlyList<TextLine> lines, List<int> members, int from)
    {
        var widest = 0.0;
        for (var k = Math.Max(1, from); k < members.Count; k++)
        {
            widest = Math.Max(widest, lines[members[k - 1]].GapTo(lines[members[k]]));
        }

        return widest;
    }

    /// <summary>Wrapped lines after the last table line belong to its last row only when they are as tight as the table's own lines.</summary>
    private static IEnumerable<int> Trailing(IReadOnlyList<TextLine> lines, List<int> committed, List<int> pending, double em, StreamTableOptions options)
    {
        var limit = RowCues.Leading(committed.Select(c => lines[c]).ToList()) + (options.RowGap * em);
        var previous = committed[^1];
        foreach (var line in pending)
        {
            if (lines[previous].GapTo(lines[line]) > limit)
            {
                yield break;
            }

            yield return line;
            previous = line;
        }
    }

    /// <summary>
    /// Single-column lines just above the block (the top of a first row whose numbers are centred),
    /// no further from it than the block's own lines are from each other (a row's last line run on
    /// from the page before is a row gap away), not set in bold (a heading above the table), and not
    /// the last line of a paragraph (a line right above that crosses the columns).
    /// </summary>
    private static List<int> Leading(IReadOnlyList<TextLine> lines, int taken, List<int> members, double em, StreamTableOptions options)
    {
        var block = members.Select(m => lines[m]).ToList();
        var grid = Grid(block, em, options);
        var limit = Enumerable.Range(1, Math.Max(0, block.Count - 1)).Select(k => block[k - 1].GapTo(block[k])).DefaultIfEmpty(0).Max()
            + (options.AlignmentTolerance * em);
        var leading = new List<int>();
        for (var k = members[0] - 1; k >= taken && leading.Count < options.MaxWrappedLines; k--)
        {
            var below = leading.Count > 0 ? leading[^1] : members[0];
            if (lines[k].IsMultiChunk || !FitsInColumn(lines[k], grid) || lines[k].GapTo(lines[below]) > limit || lines[k].Words.All(w => w.IsBold))
            {
                break;
            }

            if (k > 0 && !FitsInColumn(lines[k - 1], grid) && lines[k - 1].GapTo(lines[k]) <= limit)
            {
                break;
            }

            leading.Add(k);
        }

        leading.Reverse();
        return leading;
    }

    private static ColumnGrid Grid(IReadOnlyList<TextLine> block, double em, StreamTableOptions options)
        => ColumnChannelFinder.Find(block, options.MinChannelWidth * em, options.SpanningLineShare);

    private static ColumnGrid Grid(ChunkEdges block, double em, StreamTableOptions options)
        => ColumnChannelFinder.Find(block, options.MinChannelWidth * em, options.SpanningLineShare);

    /// <summary>True when one of the line's own gaps between chunks lies on a channel of the grid.</summary>
    private static bool Aligns(TextLine line, ColumnGrid grid)
    {
        // A plain loop: this runs for every line a block grows by, where the closures were garbage.
        for (var k = 1; k < line.Chunks.Count; k++)
        {
            if (grid.HasChannelTouching(line.Chunks[k - 1].Box.Right, line.Chunks[k].Box.Left))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the line reaches into the content of at most one column. Channels measured on a
    /// few lines are wide, so the line is compared with the columns' content, not the channels' middles.
    /// </summary>
    private static bool FitsInColumn(TextLine line, ColumnGrid grid)
    {
        var reached = 0;
        foreach (var band in grid.Bands)
        {
            if (line.Box.Left < band.Right && line.Box.Right > band.Left && ++reached > 1)
            {
                return false;
            }
        }

        return true;
    }
}
