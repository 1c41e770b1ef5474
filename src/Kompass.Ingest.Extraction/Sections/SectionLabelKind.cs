namespace Kompass.Ingest.Extraction.Sections;

/// <summary>The blocks of an area section, as announced by their labels.</summary>
internal enum SectionLabelKind
{
    /// <summary>"Rubriker": the area's sub-areas, one per line.</summary>
    Subheadings,

    /// <summary>"ALLMÄNT": general text, read past.</summary>
    General,

    /// <summary>"STYRKOR".</summary>
    Strengths,

    /// <summary>"FÖRBÄTTRINGSOMRÅDEN".</summary>
    Improvements,

    /// <summary>"Poäng": the section's score (not a block: its number is read from the label's surroundings).</summary>
    Score,
}
