namespace Kompass.Ingest.Corpus.Model;

/// <summary>
/// A laid-out report: the PDF bytes and the pages on which the renderer placed each value the
/// truth cites (area score: summary table, else section; question row).
/// </summary>
public sealed record RenderedReport(
    byte[] Bytes,
    int PageCount,
    IReadOnlyDictionary<int, int> AreaScorePages,
    IReadOnlyDictionary<string, int> QuestionPages);
