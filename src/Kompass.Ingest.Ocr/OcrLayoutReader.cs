using System.Globalization;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Layout;
using Polly.CircuitBreaker;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Reads a PDF with the text-layer reader it wraps and, when the document is a scan (at least
/// half of its pages need OCR: see <see cref="OcrPageSelector"/>), renders those pages and has
/// them recognised, so that their words enter the same layout model as born-digital ones. A
/// document that needs no OCR is returned exactly as the inner reader read it; one that got OCR'd
/// text says so (<see cref="DocumentLayout.FromOcr"/>, and a warning per page); its body text shares
/// one size across its pages (<see cref="BodySizeSnap"/>). When OCR cannot be
/// done (the engine is missing, or failing and its breaker open) the document is
/// <see cref="LayoutReadResult.WaitingForOcr"/>: stored as unreadable with the reason and read
/// again once <see cref="IsAvailable"/>. Thread-safe: one reader serves parallel documents.
/// </summary>
public sealed class OcrLayoutReader : ILayoutReader, IOcrAvailability
{
    /// <summary>The reason a scan is not read while the engine is missing.</summary>
    public const string NotAvailableReason = "OCR is not available: install tesseract-ocr and tesseract-ocr-swe";

    private readonly ILayoutReader _inner;
    private readonly PageRecogniser _pages;
    private readonly ITextRecogniser _engine;
    private readonly OcrPageSelector _selector;
    private readonly TimeSpan _pageTimeout;

    /// <summary>Wraps <paramref name="inner"/>; rendering, recognition and caching as given.</summary>
    public OcrLayoutReader(ILayoutReader inner, IPageRenderer renderer, ITextRecogniser engine, OcrOptions options, OcrWordCorrector? corrector = null)
    {
        _inner = Guard.NotNull(inner);
        _engine = Guard.NotNull(engine);
        Guard.NotNull(options);
        _selector = new OcrPageSelector(options);
        _pageTimeout = options.PageTimeout;
        _pages = new PageRecogniser(Guard.NotNull(renderer), engine, new OcrResultCache(options.CacheFolder), options, corrector ?? OcrWordCorrector.None);
    }

    /// <inheritdoc />
    public bool IsAvailable => _engine.IsAvailable;

    /// <inheritdoc />
    public LayoutReadResult Read(byte[] pdf, CancellationToken cancellationToken) => Read(pdf, cancellationToken, allowMore: null);

    /// <inheritdoc />
    /// <remarks>Each page sent to OCR is allowed twice <see cref="OcrOptions.PageTimeout"/>: rendering and recognising.</remarks>
    public LayoutReadResult Read(byte[] pdf, CancellationToken cancellationToken, Action<TimeSpan>? allowMore)
    {
        var read = _inner.Read(pdf, cancellationToken);
        if (read.Layout is not { } layout)
        {
            return read;
        }

        if (PagesOfAScan(layout.Pages) is not { } needs)
        {
            return read;
        }

        if (!_engine.IsAvailable)
        {
            return LayoutReadResult.WaitingForOcr(NotAvailableReason);
        }

        return Recognise(pdf, layout, needs, allowMore, cancellationToken);
    }

    // The pages that need OCR, by number, with the reason for each; null when the document is no
    // scan: a born-digital report with a picture page or two is read as it is. Judging a page reads
    // every character of its text layer, so the judging stops once the pages left could no longer
    // make half of the document: a born-digital report is judged on just over half of its pages.
    private Dictionary<int, string>? PagesOfAScan(IReadOnlyList<PageLayout> pages)
    {
        var needs = new Dictionary<int, string>();
        for (var judged = 0; judged < pages.Count; judged++)
        {
            var mostThatCanNeed = needs.Count + (pages.Count - judged);
            if (mostThatCanNeed * 2 < pages.Count)
            {
                return null;
            }

            if (_selector.Reason(pages[judged]) is { } reason)
            {
                needs.Add(pages[judged].Number, reason);
            }
        }

        return needs.Count == 0 || needs.Count * 2 < pages.Count ? null : needs;
    }

    private LayoutReadResult Recognise(byte[] pdf, DocumentLayout layout, Dictionary<int, string> needs, Action<TimeSpan>? allowMore, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("kompass-ocr-");
        try
        {
            var path = Path.Combine(folder.FullName, "document.pdf");
            File.WriteAllBytes(path, pdf);
            var pages = new List<PageLayout>(layout.Pages.Count);
            var warnings = new List<string>(layout.Warnings);
            var (recognised, failures) = (new HashSet<int>(), new List<string>());
            foreach (var page in layout.Pages)
            {
                if (!needs.TryGetValue(page.Number, out var why))
                {
                    pages.Add(page);
                    continue;
                }

                allowMore?.Invoke(2 * _pageTimeout);
                try
                {
                    var (words, notes) = _pages.Recognise(path, page, cancellationToken);
                    pages.Add(page with { Words = words });
                    warnings.Add(string.Create(CultureInfo.InvariantCulture, $"page {page.Number}: {why}; its {words.Count} words come from OCR"));
                    warnings.AddRange(notes);
                    recognised.Add(page.Number);
                }
                catch (Exception e) when (e is OcrEngineException or BrokenCircuitException)
                {
                    var reason = e is BrokenCircuitException ? "the OCR engine failed repeatedly and is paused" : e.Message;
                    failures.Add(string.Create(CultureInfo.InvariantCulture, $"page {page.Number}: OCR failed ({reason})"));
                    pages.Add(page);
                }
            }

            if (recognised.Count == 0)
            {
                return LayoutReadResult.WaitingForOcr($"OCR failed on every page that needs it ({failures[0]}); it is tried again on the next ingest");
            }

            warnings.AddRange(failures);
            return LayoutReadResult.Succeeded(new DocumentLayout(BodySizeSnap.Apply(pages, recognised), warnings, FromOcr: true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return LayoutReadResult.WaitingForOcr($"OCR could not use a temporary folder ({e.Message})");
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left behind is the system's to clean.
        }
    }
}
