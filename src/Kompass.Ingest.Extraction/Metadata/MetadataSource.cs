using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Furniture;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// What the metadata parts read, built once per document: the furniture, the cover page split
/// into the title's lines and the lines below it (furniture left out), and the body as one
/// running text without furniture. Immutable.
/// </summary>
public sealed class MetadataSource
{
    // Title lines lie inside the title's box; PdfPig boxes and ours differ by rounding only.
    private const double BoxSlack = 0.5;

    private MetadataSource(ExtractionContext context, Sourced<string>? title, FurnitureResult furniture)
    {
        Context = context;
        Title = title;
        Furniture = furniture;
        var coverNumber = title?.Source.Page ?? context.Pages.FirstOrDefault(p => p.Lines.Count > 0)?.Number;
        Cover = context.Pages.FirstOrDefault(p => p.Number == coverNumber);
        CoverLines = Cover is null ? [] : furniture.BodyLines(Cover);
        TitleLines = title?.Source.Box is { } box
            ? CoverLines.Where(l => Inside(l.Box, box) && title.Source.RawText.Contains(l.Text, StringComparison.Ordinal)).ToList()
            : [];
        var titleBottom = TitleLines.Count > 0 ? TitleLines.Min(l => l.Box.Bottom) : double.MaxValue;
        LinesBelowTitle = CoverLines.Where(l => !TitleLines.Contains(l) && l.Box.Top <= titleBottom + BoxSlack).ToList();
        Body = TextStream.Of(context.Pages.SelectMany(furniture.BodyLines));
    }

    /// <summary>The extraction context.</summary>
    public ExtractionContext Context { get; }

    /// <summary>The document type the classifier decided.</summary>
    public DocumentType Type => Context.Classification.Type;

    /// <summary>The title as the title extractor read it, if any.</summary>
    public Sourced<string>? Title { get; }

    /// <summary>Headers, footers and page numbers.</summary>
    public FurnitureResult Furniture { get; }

    /// <summary>The page the title stands on (else the first page with text); null for a document without text.</summary>
    public PageLines? Cover { get; }

    /// <summary>The cover's lines without furniture, in reading order.</summary>
    public IReadOnlyList<TextLine> CoverLines { get; }

    /// <summary>The cover lines the title was read from.</summary>
    public IReadOnlyList<TextLine> TitleLines { get; }

    /// <summary>The cover lines below the title (all cover lines when there is no title), in reading order.</summary>
    public IReadOnlyList<TextLine> LinesBelowTitle { get; }

    /// <summary>Every page's lines without furniture, as one running text.</summary>
    public TextStream Body { get; }

    /// <summary>Builds the source of one document; <paramref name="draft"/> supplies the title.</summary>
    public static MetadataSource Of(ExtractionContext context, ReportExtraction draft)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        return new MetadataSource(context, draft.Title, context.Furniture);
    }

    private static bool Inside(BoundingBox line, BoundingBox title)
        => line.Left >= title.Left - BoxSlack && line.Right <= title.Right + BoxSlack
           && line.Bottom >= title.Bottom - BoxSlack && line.Top <= title.Top + BoxSlack;
}
