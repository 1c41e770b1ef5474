using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Metadata;
using Kompass.Ingest.Extraction.Metadata.Dates;

namespace Kompass.Ingest.Extraction.Furniture;

/// <summary>
/// Finds page furniture by repetition, not by coordinates: among the few outermost rows of each
/// page, a line is a running header or footer when its text with digits and month names masked
/// recurs at about the same distance from the page edge on most pages (the cover may lack it), in
/// a font no larger than the body's on most of them; a line is a page number when the number it
/// prints runs with the physical page number (a constant offset) on most pages. Pure and thread-safe.
/// </summary>
public sealed partial class PageFurnitureDetector
{
    private static readonly string ExtractorName = ExtractionVersion.Of(nameof(PageFurnitureDetector));

    private readonly FurnitureOptions _options;
    private readonly LineSignature _signature;
    private readonly SwedishDateParser _dates;

    /// <summary>Builds the detector; the vocabulary supplies the month names masked and read in dates.</summary>
    public PageFurnitureDetector(FurnitureOptions? options = null, MetadataOptions? vocabulary = null)
    {
        _options = options ?? new FurnitureOptions();
        _signature = new LineSignature(vocabulary);
        _dates = new SwedishDateParser(vocabulary);
    }

    /// <summary>The furniture of a document's pages.</summary>
    public FurnitureResult Detect(IReadOnlyList<PageLines> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var textPages = pages.Where(p => p.Lines.Count > 0).ToList();
        if (textPages.Count < _options.MinPages)
        {
            return FurnitureResult.None;
        }

        var minPages = Math.Max(_options.MinPages, (int)Math.Ceiling(_options.MinPageShare * textPages.Count));
        // Each page's rows are grouped once: the pruning below walks them again after every change.
        var rows = textPages.ToDictionary(p => p.Number, RowsOf);
        var signatures = new Dictionary<string, string>(StringComparer.Ordinal);
        var candidates = textPages.SelectMany(p => Candidates(p, rows[p.Number], signatures)).ToList();
        var found = new Dictionary<TextLine, FurnitureLine>(ReferenceEqualityComparer.Instance);
        var groups = new Dictionary<TextLine, string>(ReferenceEqualityComparer.Instance);
        var numbering = FindPageNumbers(candidates, minPages, found, groups);
        FindRunningText(candidates, minPages, BodySize(textPages), found, groups);
        Prune(textPages, rows, found, groups, minPages);
        if (numbering is not null && !groups.Values.Contains(PageNumberGroup))
        {
            numbering = null;
        }

        var lines = found.Values.OrderBy(l => l.Line.Page).ThenBy(l => l.Line.Row).ThenBy(l => l.Line.Box.Left).ToList();
        return new FurnitureResult(lines, DatesIn(lines), numbering);
    }

    // A page's lines by row, rows top to bottom, each row's lines in the page's order: what
    // grouping by row and ordering the groups gives, in one sort of (row, index) keys.
    internal static List<List<TextLine>> RowsOf(PageLines page)
    {
        var lines = page.Lines;
        var keys = new (int Row, int Index)[lines.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (lines[i].Row, i);
        }

        Array.Sort(keys);
        var rows = new List<List<TextLine>>();
        for (var k = 0; k < keys.Length; k++)
        {
            if (k == 0 || keys[k].Row != keys[k - 1].Row)
            {
                rows.Add([]);
            }

            rows[^1].Add(lines[keys[k].Index]);
        }

        return rows;
    }

    // The lines of the page's band rows. A running header or footer prints the same text on most
    // pages: each distinct text's signature is made once, in `signatures`.
    private IEnumerable<BandCandidate> Candidates(PageLines page, List<List<TextLine>> rows, Dictionary<string, string> signatures)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var inTop = i < _options.BandRows;
            var inBottom = i >= rows.Count - _options.BandRows;
            if (!inTop && !inBottom)
            {
                continue;
            }

            foreach (var line in rows[i])
            {
                var fromTop = page.Page.Height - line.Box.Top;
                var fromBottom = line.Box.Bottom;

                // On a page of few rows a row is in both bands: it belongs to the nearer edge.
                var band = inTop && (!inBottom || fromTop <= fromBottom) ? FurnitureBand.Top : FurnitureBand.Bottom;
                var offset = band == FurnitureBand.Top ? fromTop : fromBottom;
                if (!signatures.TryGetValue(line.Text, out var signature))
                {
                    signature = _signature.Of(line.Text);
                    signatures.Add(line.Text, signature);
                }

                yield return new BandCandidate(page, line, band, offset, signature);
            }
        }
    }

    private static PageNumberPattern? FindPageNumbers(List<BandCandidate> candidates, int minPages, Dictionary<TextLine, FurnitureLine> found, Dictionary<TextLine, string> groups)
    {
        // A footer repeats its text where the number does not change ("Sveriges Kommuner och
        // Regioner"): each distinct text is read once.
        var read = new Dictionary<string, PageNumberReading?>(StringComparer.Ordinal);
        PageNumberReading? ReadingOf(string text)
        {
            if (!read.TryGetValue(text, out var reading))
            {
                reading = PageNumberParser.Read(text);
                read.Add(text, reading);
            }

            return reading;
        }

        var readings = candidates
            .Select(c => (Candidate: c, Reading: ReadingOf(c.Line.Text)))
            .Where(x => x.Reading is not null)
            .Select(x => (x.Candidate, Reading: x.Reading!))
            .ToList();

        // The numbering is the (band, style, offset) most pages agree on: printed − physical page
        // number is constant, which a table's stray numbers and dates never are.
        var best = readings
            .GroupBy(x => (x.Candidate.Band, x.Reading.Style, Offset: x.Reading.Number - x.Candidate.Page.Number))
            .Select(g => (g.Key, Members: g.ToList(), Pages: g.Select(x => x.Candidate.Page.Number).Distinct().Count()))
            .Where(g => g.Pages >= minPages)
            .OrderByDescending(g => g.Pages).ThenBy(g => Math.Abs(g.Key.Offset))
            .FirstOrDefault();
        if (best.Members is null)
        {
            return null;
        }

        foreach (var (candidate, reading) in best.Members)
        {
            var kind = reading.IsWholeLine ? FurnitureKind.PageNumber : FurnitureKind.RunningText;
            found[candidate.Line] = new FurnitureLine(candidate.Line, candidate.Band, kind);
            groups[candidate.Line] = PageNumberGroup;
        }

        var totals = best.Members.Select(m => m.Reading.Total).Where(t => t is not null).GroupBy(t => t)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        return new PageNumberPattern(best.Key.Style, best.Key.Band, best.Key.Offset, totals, best.Pages);
    }

    private void FindRunningText(List<BandCandidate> candidates, int minPages, double bodySize, Dictionary<TextLine, FurnitureLine> found, Dictionary<TextLine, string> groups)
    {
        var oversized = new List<List<BandCandidate>>();
        var measuredLarge = new List<BandCandidate>();
        bool IsLarge(BandCandidate member) => member.Line.FontSize > bodySize + _options.MaxSizeAboveBodyPt;
        var (pages, anchors) = (new HashSet<int>(), new HashSet<(double Offset, double FontSize)>());
        foreach (var group in candidates.Where(c => !found.ContainsKey(c.Line)).GroupBy(c => (c.Band, c.Signature)))
        {
            var members = group.ToList();
            if (!LineSignature.HasLetter(group.Key.Signature) && !members.Any(m => _dates.FindAll(m.Line.Text).Count > 0))
            {
                continue;
            }

            var placed = Placed(members, pages, anchors);
            if (Pages(placed) < minPages)
            {
                continue;
            }

            // The size the line is printed in on most pages decides: one page's OCR can measure a
            // header large (a shadow over its words), and that must not make it content everywhere.
            if (Median(placed.Select(m => m.Line.FontSize)) > bodySize + _options.MaxSizeAboveBodyPt)
            {
                oversized.Add(placed);
                continue;
            }

            Add([.. placed.Where(m => !IsLarge(m))], found, groups);
            measuredLarge.AddRange(placed.Where(IsLarge));
        }

        // A member of such a line measured larger on its own page is furniture where its row holds
        // other furniture (the header's date beside it); a cover title alone on its row that
        // repeats the header's words stays content.
        Add([.. measuredLarge.Where(m => m.Page.Lines.Any(l => l.Row == m.Line.Row && !ReferenceEquals(l, m.Line)
                && (found.ContainsKey(l) || measuredLarge.Any(o => ReferenceEquals(o.Line, l)))))], found, groups);

        // A larger repeated word ("PM" in a memo's header) is furniture where it shares its row
        // with furniture on enough pages; a repeated heading stands in a row of its own.
        foreach (var placed in oversized)
        {
            var inFurnitureRows = placed.Where(m => m.Page.Lines.Any(l => l.Row == m.Line.Row && found.ContainsKey(l))).ToList();
            if (Pages(inFurnitureRows) >= minPages)
            {
                Add(inFurnitureRows, found, groups);
            }
        }
    }

    // The members that stand where most of them stand: anchored on each member in turn, the first
    // anchor whose neighbours span most pages wins. The pages are counted in one set reused for
    // every anchor, and the neighbours gathered for the winner only: this ran for every group of
    // repeated lines, each anchor's list built and all of them sorted. An anchor at the offset and
    // in the size of an earlier one has the same neighbours, so cannot win, and is passed over: a
    // header stands at one offset on most pages.
    // `pages` and `anchors` are sets for the work, emptied here, shared by every group.
    private List<BandCandidate> Placed(List<BandCandidate> members, HashSet<int> pages, HashSet<(double Offset, double FontSize)> anchors)
    {
        anchors.Clear();
        var (best, bestPages) = (0, -1);
        for (var a = 0; a < members.Count; a++)
        {
            if (!anchors.Add((members[a].Offset, members[a].Line.FontSize)))
            {
                continue;
            }

            pages.Clear();
            foreach (var member in members)
            {
                if (Near(member, members[a]))
                {
                    pages.Add(member.Page.Number);
                }
            }

            if (pages.Count > bestPages)
            {
                (best, bestPages) = (a, pages.Count);
            }
        }

        return [.. members.Where(m => Near(m, members[best]))];
    }

    private bool Near(BandCandidate member, BandCandidate anchor)
        => Math.Abs(member.Offset - anchor.Offset) <= _options.PositionToleranceEm * Math.Max(member.Line.FontSize, anchor.Line.FontSize);

    private static int Pages(List<BandCandidate> members) => members.Select(m => m.Page.Number).Distinct().Count();

    private static void Add(List<BandCandidate> members, Dictionary<TextLine, FurnitureLine> found, Dictionary<TextLine, string> groups)
    {
        foreach (var member in members)
        {
            found[member.Line] = new FurnitureLine(member.Line, member.Band, FurnitureKind.RunningText);
            groups[member.Line] = $"{member.Band}|{member.Signature}";
        }
    }

    // A running header or footer prints the same text on most pages: each distinct text is read
    // for dates once, and its mentions (immutable, placed by character) sourced on every line.
    private IReadOnlyList<Sourced<DateMention>> DatesIn(IReadOnlyList<FurnitureLine> lines)
    {
        var dates = new List<Sourced<DateMention>>();
        var read = new Dictionary<string, IReadOnlyList<DateMention>>(StringComparer.Ordinal);
        foreach (var line in lines.Select(l => l.Line))
        {
            if (!read.TryGetValue(line.Text, out var mentions))
            {
                mentions = _dates.FindAll(line.Text, includeBareYears: true);
                read.Add(line.Text, mentions);
            }

            foreach (var mention in mentions)
            {
                dates.Add(Sourced.Of(mention, LineSpan.ProvenanceOf(line, mention.Start, mention.Length, ExtractorName)));
            }
        }

        return dates;
    }

    // The font size most characters of the document are set in.
    private static double BodySize(IEnumerable<PageLines> pages)
        => BodyFontSize.Of(pages.SelectMany(p => p.Lines))!.Value;

    private sealed record BandCandidate(PageLines Page, TextLine Line, FurnitureBand Band, double Offset, string Signature);
}
