namespace Kompass.Ingest.Extraction.Sections;

/// <summary>How strictly <see cref="AreaHeadingFinder"/> reads headings; the extractor falls back to the looser modes only when the stricter find no section.</summary>
internal enum HeadingMode
{
    /// <summary>Numbered headings ("Område 3 …", "3. …") set apart by weight or size.</summary>
    Styled,

    /// <summary>"Område 3 …" headings in any style (a heading told apart only by colour or spacing).</summary>
    AnyStyle,

    /// <summary>Headings that are only an area's name ("Politisk styrning och kontroll"), numbered from the catalog.</summary>
    NameOnly,
}
