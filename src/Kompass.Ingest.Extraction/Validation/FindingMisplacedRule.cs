using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// <c>finding-misplaced</c>: a strength or improvement reads as belonging to another area, so a
/// section boundary may have been missed. Each area gets a profile from the document and the
/// framework catalog of its revision (<see cref="AreaTermProfiles"/>: headings, questions and the
/// other findings), read as Swedish stems (<see cref="SwedishTermNormaliser"/>) weighted by how
/// specific they are to an area (<see cref="FindingEvidence"/>). A finding reads as another area
/// when it contains, word for word, a heading of that area (its name, a variant or a "Rubrik")
/// with at least <see cref="ValidationOptions.MisplacedMinHeadingWords"/> specific words, when
/// the heading's words that its own area's profile lacks weigh at least
/// <see cref="ValidationOptions.MisplacedMinMargin"/>, and when its own area has no heading in the
/// finding that weighs as much. A shared word or an incidental pair of words is not enough, and an
/// area without a profile is never flagged: a missed flag is cheaper than a false one. At most one
/// flag per area, for its strongest finding; the evidence is the finding's provenance. Only a
/// finding that contains a heading of another area is weighed, since no other can be flagged, and a
/// document without one gets no profiles (<see cref="HeadingMentions"/>). Pure and thread-safe.
/// </summary>
public sealed class FindingMisplacedRule(ValidationOptions options, IReadOnlyList<FrameworkCatalog> catalogs) : IDocumentRule
{
    private const int ShortenedLength = 60;

    /// <inheritdoc />
    public IEnumerable<Flag> Check(ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        if (extraction.Areas.All(a => a.Strengths.Count + a.Improvements.Count == 0))
        {
            return [];
        }

        var catalog = extraction.Framework is { } revision ? catalogs.FirstOrDefault(c => c.Revision == revision) : null;
        var mentioning = HeadingMentions.Findings(extraction, catalog, options.MisplacedMinHeadingWords);
        if (mentioning.Count == 0)
        {
            return [];
        }

        var profiles = AreaTermProfiles.Build(extraction, catalog);
        return profiles.Findings.Values.SelectMany(f => f)
            .Where(f => mentioning.Contains(f.Item))
            .Select(f => FindingEvidence.Read(profiles, f, options.MisplacedMinWordWeight))
            .Select(Misplaced)
            .OfType<Misplacement>()
            .GroupBy(m => m.Reading.Finding.Area)
            .Select(g => g.MaxBy(m => m.Margin)!)
            .OrderBy(m => m.Reading.Finding.Area)
            .Select(m => ToFlag(extraction, catalog, m));
    }

    private Misplacement? Misplaced(FindingReading reading)
    {
        if (!reading.Areas.TryGetValue(reading.Finding.Area, out var own))
        {
            return null;
        }

        return reading.Areas.Values
            .Where(e => e.Area != own.Area && e.Heading.Count >= options.MisplacedMinHeadingWords && e.HeadingWeight > own.HeadingWeight)
            .Select(e => new Misplacement(reading, e.Area, e.Heading.Where(w => !own.HeldWords.Contains(w)).Sum(w => reading.Weights[w])))
            .Where(m => m.Margin >= options.MisplacedMinMargin)
            .OrderByDescending(m => m.Margin)
            .ThenBy(m => m.Area)
            .FirstOrDefault();
    }

    private static Flag ToFlag(ReportExtraction extraction, FrameworkCatalog? catalog, Misplacement m)
    {
        var name = extraction.Areas.FirstOrDefault(a => a.Number == m.Area)?.Name?.Value ?? catalog?.Areas.FirstOrDefault(a => a.Number == m.Area)?.Name;
        var item = m.Reading.Finding.Item;
        var text = item.Value.Length <= ShortenedLength ? item.Value : item.Value[..ShortenedLength].TrimEnd() + "…";
        var message = $"{FlagText.Subject(m.Reading.Finding.Area)}: \"{text}\"{FlagText.Page(item.Source)} reads as {FlagText.Subject(m.Area)}"
            + (name is null ? string.Empty : $" ({name})");
        return new Flag(FlagCodes.FindingMisplaced, FlagSeverity.Info, m.Reading.Finding.Area, null, message, [item.Source]);
    }

    private sealed record Misplacement(FindingReading Reading, int Area, double Margin);
}
