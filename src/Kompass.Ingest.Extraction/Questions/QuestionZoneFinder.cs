using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Tables;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// Finds the zones of a page that hold question tables. The table engine's tables are the seeds: a
/// table whose lines open with question ids beside numeric bands is a candidate, and candidates
/// close above one another form one zone (several areas may share it). The zone then grows over the
/// lines right above and below it that fit the table's columns: text that stays left of the
/// numbers (wrapped lines the engine set apart), rows of numbers (a total row), and at the top the
/// column labels or a bold area heading, where it stops. A page that opens with numbers in the
/// columns of the previous page's last table gets a zone for them: that table's total row. Pure.
/// </summary>
internal sealed class QuestionZoneFinder(QuestionTableOptions options)
{
    private readonly ColumnRoleFinder _roles = new(options);

    /// <summary>The zones of <paramref name="page"/> top to bottom, and the roles of its last zone (for the next page).</summary>
    public (IReadOnlyList<QuestionZone> Zones, ColumnRoles? Last) Find(PageLayout page, IReadOnlyList<Table> tables, ColumnRoles? previous)
    {
        var words = Lines.WordList.WithText(page.Words);
        var em = QuestionEm.Of(words);
        var candidates = tables.Select(t => (t.Box, Roles: RolesOf(t, em))).Where(c => c.Roles is not null).OrderByDescending(c => c.Box.Top).ToList();
        if (candidates.Count == 0 && previous is null)
        {
            // Nothing to grow and nothing carried over: the page's lines are not needed.
            return ([], null);
        }

        var lines = WordLine.Group(words, options.LineTolerance * em).Select((l, i) => new PageLine(l, i, options.CellGap * em)).ToList();
        var zones = new List<QuestionZone>();
        if (previous is not null && Carried(lines, previous, candidates.Select(c => c.Box).ToList(), em) is { } carried)
        {
            zones.Add(new QuestionZone(page, carried, previous, true));
        }

        ColumnRoles? last = null;
        foreach (var cluster in Clusters(candidates, em))
        {
            var roles = cluster[0].Roles!;
            var box = cluster.Select(c => c.Box).Aggregate((a, b) => a.Union(b));
            var grown = Grow(box, lines, roles, em);
            zones.Add(new QuestionZone(page, grown, null, !lines.Exists(l => l.Centre > grown.Top)));
            last = cluster[^1].Roles;
        }

        return (zones.OrderByDescending(z => z.Box.Top).ToList(), last ?? (zones.Count > 0 ? previous : null));
    }

    private ColumnRoles? RolesOf(Table table, double em)
    {
        // Only rows that open with a question id give roles (see ColumnRoleFinder), so a table
        // without one has none: the engine finds many such blocks of text on a page, and grouping
        // each one's words into lines and runs was most of the time spent finding zones. The cells
        // are searched before their words are gathered, which most tables never need.
        if (!table.Cells.Any(c => c.Words.Any(QuestionIdText.IsId)))
        {
            return null;
        }

        var words = table.Cells.SelectMany(c => c.Words).ToList();

        var runs = WordRun.SplitAll(WordLine.Group(words, options.LineTolerance * em), 0, options.CellGap * em);
        return _roles.Find(runs, em);
    }

    private IEnumerable<List<(BoundingBox Box, ColumnRoles? Roles)>> Clusters(List<(BoundingBox Box, ColumnRoles? Roles)> candidates, double em)
    {
        var cluster = new List<(BoundingBox Box, ColumnRoles? Roles)>();
        foreach (var candidate in candidates)
        {
            if (cluster.Count > 0 && cluster.Min(c => c.Box.Bottom) - candidate.Box.Top > options.ZoneGap * em)
            {
                yield return cluster;
                cluster = [];
            }

            cluster.Add(candidate);
        }

        if (cluster.Count > 0)
        {
            yield return cluster;
        }
    }

    /// <summary>The box grown over the fitting lines above and below it.</summary>
    private BoundingBox Grow(BoundingBox box, List<PageLine> lines, ColumnRoles roles, double em)
    {
        var grown = box;
        foreach (var line in lines)
        {
            if (line.Centre >= box.Bottom && line.Centre <= box.Top)
            {
                grown = grown.Union(line.Box);
            }
        }

        foreach (var line in lines.Where(l => l.Centre > box.Top && Overlaps(l, box)).OrderBy(l => l.Centre))
        {
            var fit = Fit(line.Runs, roles);
            if (grown.Top < line.Box.Bottom - (options.ZoneExtension * em) || fit == LineFit.None)
            {
                break;
            }

            grown = grown.Union(line.Box);
            if (fit == LineFit.Heading)
            {
                break;
            }
        }

        foreach (var line in lines.Where(l => l.Centre < box.Bottom && Overlaps(l, box)).OrderByDescending(l => l.Centre))
        {
            var fit = Fit(line.Runs, roles);
            if (line.Box.Top < grown.Bottom - (options.ZoneExtension * em) || fit is LineFit.None or LineFit.Heading)
            {
                break;
            }

            grown = grown.Union(line.Box);
        }

        var slack = options.BandSlack * em;
        return new BoundingBox(grown.Left - slack, grown.Bottom - slack, grown.Right + slack, grown.Top + slack);
    }

    /// <summary>
    /// The first lines of a page when they are numbers in the previous table's bands, possibly under
    /// its repeated column labels (a total row carried over to the next page).
    /// </summary>
    private BoundingBox? Carried(List<PageLine> lines, ColumnRoles previous, List<BoundingBox> candidates, double em)
    {
        var firstCandidate = candidates.Count == 0 ? double.MinValue : candidates.Max(b => b.Top);
        var top = lines.OrderByDescending(l => l.Centre)
            .TakeWhile(l => l.Centre > firstCandidate && Fit(l.Runs, previous) is LineFit.Numbers or LineFit.Heading)
            .ToList();
        if (!top.Any(l => Fit(l.Runs, previous) == LineFit.Numbers))
        {
            return null;
        }

        var box = top.Select(l => l.Box).Aggregate((a, b) => a.Union(b));
        var slack = options.BandSlack * em;
        return new BoundingBox(box.Left - slack, box.Bottom - slack, box.Right + slack, box.Top + slack);
    }

    /// <summary>How a line outside the seed tables fits the table's columns.</summary>
    private static LineFit Fit(List<WordRun> line, ColumnRoles roles)
    {
        var right = line.Where(r => !roles.IsText(r)).ToList();
        var bands = roles.Bands;
        if (right.Count == 0 && Box(line).Right >= roles.NumbersLeft - roles.Slack)
        {
            return LineFit.None;
        }

        if (right.Count == 0)
        {
            var heading = QuestionIdText.TryParseHeading(string.Join(' ', line.Select(r => r.Text)), out _, out _) && line.All(r => r.Words.All(w => w.IsBold));
            return heading ? LineFit.Heading : LineFit.Text;
        }

        if (!right.All(r => bands.Any(b => b.Holds(r, roles.Slack)) || r.IsPercentSign))
        {
            return LineFit.None;
        }

        var numbers = right.Count(r => r.Number is not null);
        return numbers == right.Count(r => !r.IsPercentSign) ? LineFit.Numbers : numbers == 0 ? LineFit.Heading : LineFit.None;
    }

    private static BoundingBox Box(List<WordRun> line)
    {
        var box = line[0].Box;
        for (var i = 1; i < line.Count; i++)
        {
            box = box.Union(line[i].Box);
        }

        return box;
    }

    private static bool Overlaps(PageLine line, BoundingBox box) => line.Box.Left < box.Right && line.Box.Right > box.Left;

    /// <summary>
    /// A printed line of the page (number <paramref name="index"/> from the top), split into runs at
    /// gaps of <paramref name="gap"/> only when a zone asks how it fits: a zone grows over the few
    /// lines next to it, and most of a page's lines are only asked where they lie.
    /// </summary>
    private sealed class PageLine(WordLine line, int index, double gap)
    {
        private List<WordRun>? _runs;

        /// <summary>The line's runs, left to right.</summary>
        public List<WordRun> Runs => _runs ??= WordRun.Split(index, 0, line, gap);

        /// <summary>The line's box (its words' box, which is its runs' box).</summary>
        public BoundingBox Box => line.Box;

        /// <summary>The box's vertical centre.</summary>
        public double Centre => line.Box.CentreY;
    }


    private enum LineFit
    {
        None,
        Text,
        Numbers,
        Heading,
    }
}
