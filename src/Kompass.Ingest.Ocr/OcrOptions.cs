using System.ComponentModel.DataAnnotations;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Settings of <see cref="OcrLayoutReader"/>: how page images are rendered and recognised, and how
/// a failing engine is treated. Plain data: the reader owns the behaviour.
/// </summary>
public sealed class OcrOptions
{
    /// <summary>Resolution the page is rendered at for the engine, in dots per inch. Default 200 (enough for 9 pt print; 300 costs twice the time).</summary>
    [Range(72, 600)]
    public int Dpi { get; init; } = 200;

    /// <summary>Tesseract's language (traineddata name). Default <c>swe</c>, whose alphabet has å, ä and ö.</summary>
    public string Language { get; init; } = "swe";

    /// <summary>
    /// Tesseract's page segmentation mode. Default 4 ("a single column of text of variable sizes"):
    /// it keeps a table row's label and its numbers in one line, where the automatic mode 3 reads a
    /// column of numbers as a block of its own.
    /// </summary>
    [Range(0, 13)]
    public int PageSegmentationMode { get; init; } = 4;

    /// <summary>Longest time one page may take to render or recognise before it is given up. Default 60 s.</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The tesseract executable (a name on the PATH or a full path). Default <c>tesseract</c>.</summary>
    public string TesseractPath { get; init; } = "tesseract";

    /// <summary>The pdftoppm executable (poppler-utils). Default <c>pdftoppm</c>.</summary>
    public string PdftoppmPath { get; init; } = "pdftoppm";

    /// <summary>
    /// Folder of cached recognitions, one file per rendered page image (by its SHA-256); null
    /// caches nothing. The composition root puts it beside the store file.
    /// </summary>
    public string? CacheFolder { get; init; }

    /// <summary>
    /// A page whose text layer has at least this share of implausible characters (symbols, private
    /// use, control and replacement characters) is read by OCR instead. Default 0.4.
    /// </summary>
    [Range(0.05, 1)]
    public double GarbageShare { get; init; } = 0.4;

    /// <summary>A text layer with fewer characters than this is never judged garbage (too little to tell). Default 40.</summary>
    [Range(1, 10_000)]
    public int MinCharactersToJudge { get; init; } = 40;

    /// <summary>Failed pages in a row (across documents) that open the circuit breaker. Default 3.</summary>
    [Range(2, 1000)]
    public int BreakerFailures { get; init; } = 3;

    /// <summary>How long the breaker stays open (no engine calls) before it tries again. Default 60 s.</summary>
    public TimeSpan BreakerPause { get; init; } = TimeSpan.FromSeconds(60);
}
