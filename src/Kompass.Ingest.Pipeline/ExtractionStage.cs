using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// Reads a PDF's layout and extracts the report from it. A file the reader refuses, and any
/// exception thrown by the reader or the extractor for this one file, becomes an
/// <see cref="DocumentType.Unreadable"/> extraction with a one-line reason, so one bad file never
/// stops a run. Cancellation is the one exception that passes through.
/// </summary>
/// <remarks>A <see cref="ISecondOpinion"/>, when given, reads each finished extraction and may add a note to it.</remarks>
public sealed class ExtractionStage(ILayoutReader reader, IReportExtractor extractor, ISecondOpinion? secondOpinion = null)
{
    /// <summary>Appended to <see cref="ExtractorVersion"/> for a document stored while it waits for OCR.</summary>
    public const string AwaitingOcrSuffix = "+awaiting-ocr";

    private readonly ILayoutReader _reader = Guard.NotNull(reader);
    private readonly IReportExtractor _extractor = Guard.NotNull(extractor);

    /// <summary>The extractor's version, stored with every extraction.</summary>
    public string ExtractorVersion => _extractor.Version;

    /// <summary>
    /// The version stored with a document that could not be read only because OCR was not available
    /// (<see cref="ExtractionResult.AwaitsOcr"/>). It is current while OCR stays unavailable, so such
    /// a document is not read again on every run, and stale as soon as OCR is available, so that the
    /// next ingest reads it again, as a new extractor version would.
    /// </summary>
    public string AwaitingOcrVersion => ExtractorVersion + AwaitingOcrSuffix;

    /// <summary>True when a document stored under <paramref name="storedVersion"/> needs no new extraction.</summary>
    public bool IsCurrent(string storedVersion)
        => storedVersion == ExtractorVersion
           || (storedVersion == AwaitingOcrVersion && !(_reader is IOcrAvailability ocr && ocr.IsAvailable));

    /// <summary>The version to store with <paramref name="result"/>.</summary>
    public string VersionFor(ExtractionResult result) => Guard.NotNull(result).AwaitsOcr ? AwaitingOcrVersion : ExtractorVersion;

    /// <summary>
    /// Reads and extracts one document; never throws for a strange file. <paramref name="allowMore"/>
    /// (when given) hears of the extra time each slow step of the reader is allowed (a page through OCR).
    /// </summary>
    public ExtractionResult Extract(byte[] pdf, string fileName, CancellationToken cancellationToken, Action<TimeSpan>? allowMore = null)
    {
        LayoutReadResult read;
        try
        {
            read = _reader.Read(pdf, cancellationToken, allowMore);
        }
        catch (Exception e) when (IsFileFailure(e, cancellationToken))
        {
            return Failed("reading the PDF failed", e);
        }

        if (read.Layout is not { } layout)
        {
            return new ExtractionResult(ReportExtraction.Unreadable(OneLine(read.Failure) ?? "the PDF could not be read"), 0) { AwaitsOcr = read.AwaitsOcr };
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var extraction = _extractor.Extract(layout, fileName);
            if (extraction.Type == DocumentType.Unreadable && OneLine(extraction.Error) is null)
            {
                extraction = extraction with { Error = "no report text could be recovered (the extractor gave no reason)" };
            }

            extraction = secondOpinion?.Review(extraction) ?? extraction;

            return new ExtractionResult(extraction, layout.Pages.Count);
        }
        catch (Exception e) when (IsFileFailure(e, cancellationToken))
        {
            return Failed("extraction failed", e);
        }
    }

    // Everything a stage throws for one file is that file's failure, except cancellation (the
    // run stops) and the failures of the process itself.
    private static bool IsFileFailure(Exception e, CancellationToken cancellationToken)
        => !(e is OperationCanceledException && cancellationToken.IsCancellationRequested)
           && e is not OutOfMemoryException and not StackOverflowException;

    private static ExtractionResult Failed(string stage, Exception e)
        => new(ReportExtraction.Unreadable($"{stage} ({e.GetType().Name}: {OneLine(e.Message) ?? "no message"}); this is a fault in kompass, please report it"), 0);

    private static string? OneLine(string? text)
        => string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
