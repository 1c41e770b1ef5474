namespace Kompass.Ingest.Layout;

/// <summary>
/// How far <see cref="PdfLayoutReader"/> goes before it refuses a file as too large or too deeply
/// built to read safely. A KommunKompassen report has at most a few hundred pages, content streams
/// of well under a megabyte and a page tree a few levels deep; each limit is orders of magnitude
/// above that, and far below what exhausts the process (a "PDF bomb", or a crafted object graph).
/// </summary>
internal static class ReadLimits
{
    /// <summary>
    /// Pages read per document. Every page becomes words in memory; 5,000 pages of dense text stay
    /// within a few hundred MB, and no report comes near it (the largest bundles have ~400).
    /// </summary>
    public const int MaxPages = 5_000;

    /// <summary>
    /// Bytes one compressed (Flate) stream may unpack to: 256 MB. PdfPig unpacks a content stream
    /// whole and then parses it, taking several times its size; a scanned page as a Flate image at
    /// 600 dpi is ~100 MB unpacked, a page's text well under 1 MB.
    /// </summary>
    public const long MaxInflatedStream = 256L << 20;

    /// <summary>Bytes all compressed streams of one document together may unpack to: 1 GB.</summary>
    public const long MaxInflatedTotal = 1L << 30;

    /// <summary>
    /// Objects whose whole body is a reference to another object, followed one after the other.
    /// PdfPig resolves such a chain by recursion, so a long chain or a loop overflows the stack,
    /// which ends the process rather than failing one file. Writers never chain more than one or two.
    /// </summary>
    public const int MaxReferenceChain = 64;

    /// <summary>
    /// Levels of /Parent links (the page tree, outlines, form fields) from any object to its root.
    /// PdfPig walks the page tree by recursion; real trees are under 10 levels deep.
    /// </summary>
    public const int MaxTreeDepth = 256;
}
