using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Kompass.Ingest.Layout;

/// <summary>
/// Reads a PDF with PdfPig into our page-layout model: per page the words (normalised text,
/// box in PdfPig's letter coordinates with the origin at the bottom-left, font without subset tag,
/// most common letter size rounded to 0.1 pt, weight), the ruling lines and the image count.
/// Opens leniently; each repair PdfPig reports and each page that fails becomes a warning. A file
/// that cannot be read at all gives <see cref="LayoutReadResult.Failed"/> with a one-line reason;
/// nothing here throws for bad input. A file built to exhaust or crash a reader (see
/// <see cref="ReadLimits"/>) is refused before PdfPig opens it. Thread-safe: one instance serves parallel documents.
/// </summary>
public sealed class PdfLayoutReader : ILayoutReader
{
    private readonly LayoutReaderOptions _options;
    private readonly PageReader _pageReader;

    /// <summary>Creates a reader with <paramref name="options"/> (defaults when null).</summary>
    public PdfLayoutReader(LayoutReaderOptions? options = null)
    {
        _options = options ?? new LayoutReaderOptions();
        _pageReader = new PageReader(_options);
    }

    /// <inheritdoc />
    public LayoutReadResult Read(byte[] pdf, CancellationToken cancellationToken)
    {
        Guard.NotNull(pdf);
        if (pdf.Length == 0)
        {
            return LayoutReadResult.Failed(FailureReasons.Empty);
        }

        if (FileSignature.NotPdfReason(pdf) is { } notPdf)
        {
            return LayoutReadResult.Failed(notPdf);
        }

        // Before PdfPig sees the file: what would overflow its stack or exhaust memory is refused here.
        if ((ObjectGraphCheck.Check(pdf) ?? StreamSizeCheck.Check(pdf)) is { } unsafeToRead)
        {
            return LayoutReadResult.Failed(unsafeToRead);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var log = new CollectingLog();
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(pdf, new ParsingOptions
            {
                UseLenientParsing = true,
                SkipMissingFonts = true,
                Logger = log,
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return LayoutReadResult.Failed(FailureReasons.FromException(e, pdf));
        }

        using (document)
        {
            return ReadPages(document, pdf, log, cancellationToken);
        }
    }

    private LayoutReadResult ReadPages(PdfDocument document, byte[] pdf, CollectingLog log, CancellationToken cancellationToken)
    {
        int count;
        try
        {
            count = document.NumberOfPages;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return LayoutReadResult.Failed(FailureReasons.FromException(e, pdf));
        }

        if (count == 0)
        {
            return LayoutReadResult.Failed(FailureReasons.NoPages);
        }

        if (count > ReadLimits.MaxPages)
        {
            return LayoutReadResult.Failed(FailureReasons.TooManyPages(count));
        }

        var weights = new FontWeights(document.Structure);
        var fontNames = new FontNameCache();
        var pages = new List<PageLayout>(count);
        var failures = new List<string>();
        for (var number = 1; number <= count; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                pages.Add(_pageReader.Read(document.GetPage(number), number, weights, fontNames));
            }
            catch (PdfDocumentEncryptedException)
            {
                return LayoutReadResult.Failed(FailureReasons.Encrypted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add($"page {number} could not be read: {CollectingLog.OneLine(e.Message)}");
            }
        }

        if (pages.Count == 0)
        {
            return LayoutReadResult.Failed(FailureReasons.Damaged($"none of its {count} pages could be read ({failures[0]})", pdf));
        }

        var warnings = new List<string>();
        if (_options.CheckCrossReferences)
        {
            warnings.AddRange(CrossReferenceCheck.Check(pdf));
        }

        warnings.AddRange(log.Messages);
        warnings.AddRange(failures);
        return LayoutReadResult.Succeeded(new DocumentLayout(pages, warnings, FromOcr: false) { Producer = ProducerOf(document) });
    }

    // A broken information dictionary must not cost the document: the producer is only a hint.
    private static string? ProducerOf(PdfDocument document)
    {
        try
        {
            return string.IsNullOrWhiteSpace(document.Information?.Producer) ? null : TextNormaliser.WithoutLoneSurrogates(document.Information.Producer.Trim());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }
}
