using System.Globalization;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Normalisation;
using Kompass.Ingest.Extraction.Summary;

namespace Kompass.Ingest.Extraction.Sections;

/// <summary>
/// The area-section part of a report: for each section headed "Område N name" (or "N. name"; where
/// a report has no such heading, "Område N" in any style, then headings that are only an area's name),
/// sets the area's <see cref="AreaExtraction.Name"/> as printed in the heading, its
/// <see cref="AreaExtraction.SectionScore"/> ("Poäng"), <see cref="AreaExtraction.Subheadings"/>
/// ("Rubriker"), <see cref="AreaExtraction.Strengths"/> and <see cref="AreaExtraction.Improvements"/>,
/// each with the page, box and raw text it was read from. A section runs from its heading to the
/// next area heading or the next heading at least as large, and bold when it is bold (a chapter); a heading counts only when
/// its section holds a score or a labelled block, which rules out contents entries and
/// question-table captions. Two consecutive sections of one area (a continued slide) are one; of
/// two apart, the fuller is kept. A heading whose name reads as another area of the framework is
/// noted as a warning. Page furniture between the pages of a section is left out. Applies to
/// scored documents only. Pure and thread-safe.
/// </summary>
public sealed class AreaSectionExtractor : IReportPartExtractor
{
    private static readonly string ExtractorName = ExtractionVersion.Of(nameof(AreaSectionExtractor));

    private readonly AreaSectionOptions _options;
    private readonly AreaNameMatcher _matcher;
    private readonly SectionLabels _labels;
    private readonly AreaHeadingFinder _headings;
    private readonly AreaSectionReader _reader;

    /// <summary>
    /// Creates the part over the framework catalogs (every revision the archive may hold; parsed by
    /// the caller), with <paramref name="options"/> (defaults when null).
    /// </summary>
    public AreaSectionExtractor(IReadOnlyList<FrameworkCatalog> catalogs, AreaSectionOptions? options = null)
    {
        Guard.NotNull(catalogs);
        _options = options ?? new AreaSectionOptions();
        _matcher = new AreaNameMatcher(catalogs, _options.MinNameSimilarity);
        _labels = new SectionLabels(_options);
        _headings = new AreaHeadingFinder(_matcher, _labels, _options);
        _reader = new AreaSectionReader(_labels, _options);
    }

    /// <inheritdoc />
    public ReportExtraction Extract(ExtractionContext context, ReportExtraction draft)
    {
        Guard.NotNull(context);
        Guard.NotNull(draft);
        if (!_options.ScoredTypes.Contains(context.Classification.Type))
        {
            return draft;
        }

        var body = BodyText.Build(context.Pages, context.Furniture, l => _labels.KindOf(l) is not null);
        var chosen = Choose(Sections(body, HeadingMode.Styled, draft.Framework));
        if (chosen.Count == 0)
        {
            chosen = Choose(Sections(body, HeadingMode.AnyStyle, draft.Framework));
        }

        if (chosen.Count == 0)
        {
            var revisions = draft.Framework is { } known ? [known] : _matcher.Revisions;
            chosen = revisions.Select(r => Choose(Sections(body, HeadingMode.NameOnly, r))).MaxBy(c => c.Count) ?? [];
        }

        if (chosen.Count == 0)
        {
            return draft;
        }

        var warnings = NameWarnings(chosen, draft.Framework ?? BestRevision(chosen));
        return AreaMerger.Apply(draft, chosen.Select(s => (s.Heading.Number, Change(s))), warnings);
    }

    // The sections the headings of one mode open: a candidate counts when its section (up to the
    // next candidate) holds a score or a labelled block; each counted heading's section then runs
    // to the next counted heading.
    private List<AreaSection> Sections(BodyText body, HeadingMode mode, FrameworkRevision? revision)
    {
        var candidates = _headings.Find(body, mode, revision);
        var accepted = new List<(int Index, AreaSection Section)>();
        for (var k = 0; k < candidates.Count; k++)
        {
            var section = _reader.Read(candidates[k], SectionLines(body, candidates[k], LimitOf(body, candidates, k + 1)), body);
            if (section.Richness > 0)
            {
                accepted.Add((k, section));
            }
        }

        // Where the next counted heading is the next candidate, the section read to test the
        // candidate already runs to it: only a section that skips uncounted candidates is read again.
        var sections = new List<AreaSection>(accepted.Count);
        for (var a = 0; a < accepted.Count; a++)
        {
            var (k, section) = accepted[a];
            var next = a + 1 < accepted.Count ? accepted[a + 1].Index : candidates.Count;
            sections.Add(next == k + 1 ? section : _reader.Read(candidates[k], SectionLines(body, candidates[k], LimitOf(body, candidates, next)), body));
        }

        return sections;
    }

    // Where a section ends: at the first line of candidate `next`, or at the end of the body.
    private static int LimitOf(BodyText body, List<AreaHeading> candidates, int next)
        => next < candidates.Count ? candidates[next].First : body.Lines.Count;

    // The lines after the heading up to `limit` (the next heading), cut at a chapter heading.
    private List<TextLine> SectionLines(BodyText body, AreaHeading heading, int limit)
    {
        var lines = new List<TextLine>();
        for (var j = heading.First + 1; j < limit; j++)
        {
            var line = body.Lines[j];
            if (heading.Lines.Contains(line))
            {
                continue;
            }

            if (j > heading.Last && IsChapter(line, heading, body))
            {
                break;
            }

            lines.Add(line);
        }

        return lines;
    }

    // A chapter heading is set apart at least as the area heading is: as large, and bold when the
    // area heading is bold. Without the weight, a line a point larger than the body ends a bold
    // heading's section: on a scan, a speck beside a one-word subheading ("Valfrihet") makes its
    // measured size 15 pt against the 12 pt bold heading, and the section lost its lists.
    // Asked of every line of every section read: the style, which rules out most lines, is
    // looked at before the letters are counted.
    private bool IsChapter(TextLine line, AreaHeading heading, BodyText body)
        => _headings.IsHeadingStyled(line, body)
           && line.FontSize >= heading.FontSize * _options.ChapterSizeRatio
           && (line.IsBold || !heading.Lines.Any(l => l.IsBold))
           && CharCounts.Letters(line.Text) >= 3
           && _labels.KindOf(line) is null;

    // One section per area: consecutive sections of one area are joined (a continued page or
    // slide); of sections apart, the fullest (then the first) is kept.
    private static List<AreaSection> Choose(List<AreaSection> sections)
    {
        var joined = new List<AreaSection>();
        foreach (var section in sections)
        {
            if (joined.Count > 0 && joined[^1].Heading.Number == section.Heading.Number)
            {
                var previous = joined[^1];
                joined[^1] = previous with
                {
                    Score = previous.Score ?? section.Score,
                    Subheadings = previous.Subheadings.Concat(section.Subheadings).ToList(),
                    Strengths = previous.Strengths.Concat(section.Strengths).ToList(),
                    Improvements = previous.Improvements.Concat(section.Improvements).ToList(),
                    Labels = Math.Max(previous.Labels, section.Labels),
                };
                continue;
            }

            joined.Add(section);
        }

        return joined.GroupBy(s => s.Heading.Number)
            .Select(g => g.OrderByDescending(s => s.Richness).First())
            .OrderBy(s => s.Heading.Number)
            .ToList();
    }

    private FrameworkRevision? BestRevision(List<AreaSection> sections)
        => _matcher.Revisions
            .Select(r => (Revision: r, Hits: sections.Count(s => _matcher.Match(s.Heading.Name, r)?.Number == s.Heading.Number)))
            .OrderByDescending(x => x.Hits)
            .Where(x => x.Hits > 0)
            .Select(x => (FrameworkRevision?)x.Revision)
            .FirstOrDefault();

    private List<string> NameWarnings(List<AreaSection> sections, FrameworkRevision? revision)
    {
        var warnings = new List<string>();
        if (revision is not { } known)
        {
            return warnings;
        }

        foreach (var section in sections)
        {
            if (_matcher.Match(section.Heading.Name, known) is { } match && match.Number != section.Heading.Number)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"area heading {section.Heading.Number} '{section.Heading.Name}' (page {section.Heading.Lines[0].Page}) reads like area {match.Number} ('{match.CatalogName}') of the {known.ToName()} framework"));
            }
        }

        return warnings;
    }

    private static Func<AreaExtraction, AreaExtraction> Change(AreaSection section)
        => area => area with
        {
            Name = Sourced.Of(section.Heading.Name, ProvenanceOf(section.Heading.Lines)),
            SectionScore = section.Score is { } s ? Sourced.Of(s.Value, new Provenance(s.Page, s.Box, s.Raw, ExtractorName)) : area.SectionScore,
            Subheadings = Items(section.Subheadings),
            Strengths = Items(section.Strengths),
            Improvements = Items(section.Improvements),
        };

    private static List<Sourced<string>> Items(IReadOnlyList<ListItem> items)
        => items.Select(i => Sourced.Of(i.Text, ProvenanceOf(i.Lines))).ToList();

    // The page of the first line, the box of the lines on that page, the lines' text one per line.
    private static Provenance ProvenanceOf(IReadOnlyList<TextLine> lines)
    {
        var page = lines[0].Page;
        return new Provenance(page, BoundingBox.UnionOf(lines.Where(l => l.Page == page).Select(l => l.Box)), string.Join('\n', lines.Select(l => l.Text)), ExtractorName);
    }
}
