namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>How a related document is laid out.</summary>
public enum RelatedLayout
{
    /// <summary>A4 upright, one text column.</summary>
    OneColumn,

    /// <summary>A4 upright, title across the page, body in two columns.</summary>
    TwoColumns,

    /// <summary>A4 landscape slides, one level-1 heading per slide.</summary>
    Slides,
}
