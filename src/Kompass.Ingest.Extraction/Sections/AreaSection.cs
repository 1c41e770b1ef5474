namespace Kompass.Ingest.Extraction.Sections;

/// <summary>What one area section yields: its heading, score, sub-areas, strengths and improvements.</summary>
internal sealed record AreaSection(
    AreaHeading Heading,
    SectionScore? Score,
    IReadOnlyList<ListItem> Subheadings,
    IReadOnlyList<ListItem> Strengths,
    IReadOnlyList<ListItem> Improvements,
    int Labels)
{
    /// <summary>How much of a section was found (a score and each kind of block count one): of two headings for one area, the fuller section is the area's.</summary>
    public int Richness => (Score is null ? 0 : 1) + Labels;
}
