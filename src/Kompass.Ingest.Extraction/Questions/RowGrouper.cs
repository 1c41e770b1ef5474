namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// Groups the lines of a question-table zone into rows, whatever order the text layer lists them
/// in. Where ruling lines separate every two ids, the rules bound the rows. Otherwise each id line
/// anchors a row and the text lines between two ids are split at the widest gap between them (rows
/// are further apart than wrapped lines); where the gaps are even, and for the lines above the first
/// id or below the last, the table's own habit decides: ids on the first line of their row (text
/// hangs below), on the last (text stands above) or centred (text on both sides). Lines of numbers
/// alone join the row they sit beside; heading and total lines are rows of their own. Pure.
/// </summary>
internal sealed class RowGrouper(QuestionTableOptions options)
{
    /// <summary>The rows of <paramref name="lines"/> (top to bottom), top to bottom.</summary>
    public IReadOnlyList<IReadOnlyList<ZoneLine>> Group(IReadOnlyList<ZoneLine> lines, IReadOnlyList<double> rules, double em)
    {
        var owner = Enumerable.Range(0, lines.Count).ToArray();
        var anchors = Enumerable.Range(0, lines.Count).Where(i => lines[i].IsAnchor).ToList();
        if (!ByRules(lines, anchors, rules, owner))
        {
            ByAnchors(lines, anchors, em, owner);
            DetachSecondValues(lines, owner);
            AttachNumbers(lines, owner, options.LineTolerance * em);
        }

        return Enumerable.Range(0, lines.Count)
            .GroupBy(i => owner[i])
            .Select(g => (IReadOnlyList<ZoneLine>)g.Select(i => lines[i]).ToList())
            .OrderByDescending(g => g.Max(l => l.Box.Top))
            .ToList();
    }

    /// <summary>Rows between ruling lines, when a rule lies between every two ids.</summary>
    private static bool ByRules(IReadOnlyList<ZoneLine> lines, List<int> anchors, IReadOnlyList<double> rules, int[] owner)
    {
        int Band(double y) => rules.Count(r => r > y);
        if (rules.Count < 2 || anchors.Count < 2 || anchors.Zip(anchors.Skip(1)).Any(p => Band(lines[p.First].CentreY) == Band(lines[p.Second].CentreY)))
        {
            return false;
        }

        var first = new Dictionary<int, int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind is ZoneLineKind.Heading or ZoneLineKind.Total)
            {
                continue;
            }

            var band = Band(lines[i].CentreY);
            owner[i] = first.TryGetValue(band, out var o) ? o : first[band] = i;
        }

        return true;
    }

    private void ByAnchors(IReadOnlyList<ZoneLine> lines, List<int> anchors, double em, int[] owner)
    {
        var runs = TextRuns(lines);
        var habit = HabitOf(lines, runs, anchors, em);
        foreach (var run in runs)
        {
            var above = run.Before is int b && lines[b].IsAnchor ? b : (int?)null;
            var below = run.After is int a && lines[a].IsAnchor ? a : (int?)null;
            for (var k = 0; k < run.Lines.Count; k++)
            {
                owner[run.Lines[k]] = Owner(lines, run, k, above, below, habit, em) ?? run.Lines[0];
            }
        }
    }

    private int? Owner(IReadOnlyList<ZoneLine> lines, TextRun run, int k, int? above, int? below, Habit habit, double em)
    {
        if (above is int up && below is int down)
        {
            if (WidestGap(lines, up, run.Lines, down, em) is int split)
            {
                return k < split ? up : down;
            }

            return habit switch
            {
                Habit.Top => up,
                Habit.Bottom => down,
                _ => Nearest(lines, run, k, up, down, em),
            };
        }

        if (above is int only && habit != Habit.Bottom)
        {
            return only;
        }

        return below is int next && habit != Habit.Top ? next : null;
    }

    /// <summary>
    /// The id nearer to the line. A line exactly between two centred ids (rows set without extra
    /// space) opens the lower question when the line above it ends a sentence.
    /// </summary>
    private int Nearest(IReadOnlyList<ZoneLine> lines, TextRun run, int k, int up, int down, double em)
    {
        var y = lines[run.Lines[k]].CentreY;
        var (toUp, toDown) = (Math.Abs(lines[up].CentreY - y), Math.Abs(lines[down].CentreY - y));
        if (Math.Abs(toUp - toDown) > options.RowGapContrast * em)
        {
            return toUp < toDown ? up : down;
        }

        var above = k == 0 ? lines[up] : lines[run.Lines[k - 1]];
        var end = above.TextWords.Count > 0 ? above.TextWords[^1].Text.TrimEnd() : string.Empty;
        return end.EndsWith('?') || end.EndsWith('.') ? down : up;
    }

    /// <summary>
    /// Where the widest gap in anchor, lines, anchor falls: the number of lines above it; null when
    /// it is not clearly wider than the others.
    /// </summary>
    private int? WidestGap(IReadOnlyList<ZoneLine> lines, int up, List<int> run, int down, double em)
    {
        var items = run.Prepend(up).Append(down).ToList();
        var gaps = Enumerable.Range(0, items.Count - 1).Select(g => lines[items[g]].Box.Bottom - lines[items[g + 1]].Box.Top).ToList();
        var widest = Enumerable.Range(0, gaps.Count).MaxBy(g => gaps[g]);
        var second = gaps.Where((_, g) => g != widest).DefaultIfEmpty(double.MinValue).Max();
        return gaps[widest] - second >= options.RowGapContrast * em ? widest : null;
    }

    /// <summary>The table's habit, voted by the clear splits between two ids; without votes, ids on text lines hang their text below.</summary>
    private Habit HabitOf(IReadOnlyList<ZoneLine> lines, List<TextRun> runs, List<int> anchors, double em)
    {
        var votes = new Dictionary<Habit, int>();
        foreach (var run in runs.Where(r => r.Before is int b && lines[b].IsAnchor && r.After is int a && lines[a].IsAnchor))
        {
            if (WidestGap(lines, run.Before!.Value, run.Lines, run.After!.Value, em) is int split)
            {
                var vote = split == 0 ? Habit.Bottom : split == run.Lines.Count ? Habit.Top : Habit.Centre;
                votes[vote] = votes.GetValueOrDefault(vote) + 1;
            }
        }

        if (votes.Count > 0)
        {
            return votes.MaxBy(v => v.Value).Key;
        }

        return anchors.All(a => lines[a].TextWords.Count > 1) ? Habit.Top : Habit.Centre;
    }

    /// <summary>Runs of consecutive text lines (lines of numbers alone do not break a run), with the anchor or barrier before and after.</summary>
    private static List<TextRun> TextRuns(IReadOnlyList<ZoneLine> lines)
    {
        var runs = new List<TextRun>();
        int? before = null;
        var current = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            switch (lines[i].Kind)
            {
                case ZoneLineKind.Text:
                    current.Add(i);
                    break;
                case ZoneLineKind.Numbers:
                    break;
                default:
                    if (current.Count > 0)
                    {
                        runs.Add(new TextRun(before, current, i));
                    }

                    current = [];
                    before = i;
                    break;
            }
        }

        if (current.Count > 0)
        {
            runs.Add(new TextRun(before, current, null));
        }

        return runs;
    }

    /// <summary>
    /// A row has one value per column, so a text line with numbers where its row already has some
    /// (a total row with a label of its own words, a question whose id was lost) is a row of its
    /// own, and takes along the lines below it that its former row held: they hang below it, not
    /// below the id further up ("mål?" wrapped from a question whose id a scan lost).
    /// </summary>
    private static void DetachSecondValues(IReadOnlyList<ZoneLine> lines, int[] owner)
    {
        var valued = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind is not (ZoneLineKind.Anchor or ZoneLineKind.Text) || !lines[i].NumberSide.Any(r => r.Number is not null))
            {
                continue;
            }

            var former = owner[i];
            if (valued.Add(former))
            {
                continue;
            }

            owner[i] = i;
            for (var j = i + 1; j < lines.Count && former < i; j++)
            {
                if (owner[j] == former && lines[j].Kind == ZoneLineKind.Text && !lines[j].NumberSide.Any(r => r.Number is not null))
                {
                    owner[j] = i;
                }
            }
        }
    }

    /// <summary>A line of numbers alone joins the row whose lines it sits beside; else it is a row of its own (a total row).</summary>
    private static void AttachNumbers(IReadOnlyList<ZoneLine> lines, int[] owner, double tolerance)
    {
        var spans = Enumerable.Range(0, lines.Count)
            .Where(i => lines[i].Kind is ZoneLineKind.Anchor or ZoneLineKind.Text)
            .GroupBy(i => owner[i])
            .ToDictionary(g => g.Key, g => (Top: g.Max(i => lines[i].Box.Top), Bottom: g.Min(i => lines[i].Box.Bottom)));
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != ZoneLineKind.Numbers)
            {
                continue;
            }

            var y = lines[i].CentreY;
            var row = spans.Where(s => y <= s.Value.Top + tolerance && y >= s.Value.Bottom - tolerance).Select(s => (int?)s.Key).FirstOrDefault();
            owner[i] = row ?? i;
        }
    }

    private sealed record TextRun(int? Before, List<int> Lines, int? After);
}
