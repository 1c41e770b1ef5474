using Kompass.Ingest.Domain.Layout;
using Polly;
using Polly.CircuitBreaker;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// One page through OCR: render it, look its image up in the cache (by SHA-256), else have the
/// engine recognise it behind a circuit breaker, and convert the words to our model with the
/// structural corrections applied. The breaker is shared by every document this instance reads:
/// after <see cref="OcrOptions.BreakerFailures"/> failed pages it stops calling the engine for
/// <see cref="OcrOptions.BreakerPause"/>, so a broken engine costs one failure per page, not
/// a time-out per page. Thread-safe.
/// </summary>
internal sealed class PageRecogniser
{
    private readonly IPageRenderer _renderer;
    private readonly ITextRecogniser _engine;
    private readonly OcrResultCache _cache;
    private readonly OcrOptions _options;
    private readonly OcrWordCorrector _corrector;
    private readonly ResiliencePipeline _breaker;
    private readonly NumberRereader _numbers;

    public PageRecogniser(IPageRenderer renderer, ITextRecogniser engine, OcrResultCache cache, OcrOptions options, OcrWordCorrector corrector, TimeProvider? time = null)
    {
        (_renderer, _engine, _cache, _options, _corrector) = (renderer, engine, cache, options, corrector);
        _numbers = new NumberRereader(engine, cache);
        _breaker = new ResiliencePipelineBuilder { TimeProvider = time ?? TimeProvider.System }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                // Every page in the window failed, and at least this many: a page that is merely
                // hard (one time-out among successes) never stops OCR for the others.
                FailureRatio = 1.0,
                MinimumThroughput = options.BreakerFailures,
                SamplingDuration = TimeSpan.FromMinutes(10),
                BreakDuration = options.BreakerPause,
                ShouldHandle = new PredicateBuilder().Handle<OcrEngineException>(),
            })
            .Build();
    }

    /// <summary>
    /// The page's words from OCR, and notes on the number words read again alone (<see cref="NumberRereader"/>);
    /// throws <see cref="OcrEngineException"/> or <see cref="BrokenCircuitException"/>.
    /// </summary>
    public (IReadOnlyList<Word> Words, IReadOnlyList<string> Notes) Recognise(string pdfPath, PageLayout page, CancellationToken cancellationToken)
    {
        var signature = _engine.Signature ?? throw new OcrEngineException(OcrLayoutReader.NotAvailableReason);

        // One breaker call per page, rendering and recognition together: a page either came
        // through or failed, so that pages failing in a row open the breaker.
        var (size, tsv, png, key) = _breaker.Execute(token => Read(pdfPath, page, signature, token), cancellationToken);

        // Outside the breaker: a failed re-read leaves its word as read, it does not fail the page.
        var (recognised, notes) = _numbers.Reread(TesseractTsv.Parse(tsv), png, key, page.Number, Path.GetDirectoryName(pdfPath)!, cancellationToken);
        var words = OcrWordConverter.Convert(recognised, size.Width, size.Height, page.Width, page.Height, GreyImage.Decode(png));
        return (_corrector.Correct(words), notes);
    }

    private ((int Width, int Height) Size, string Tsv, byte[] Png, string Key) Read(string pdfPath, PageLayout page, string signature, CancellationToken cancellationToken)
    {
        var png = _renderer.Render(pdfPath, page.Number, _options.Dpi, cancellationToken);
        var size = PngSize.Of(png) ?? throw new OcrEngineException("the page renderer did not write a PNG image");
        var key = OcrResultCache.Key(png, signature);
        if (_cache.Find(key) is { } cached)
        {
            return (size, cached, png, key);
        }

        var image = Path.Combine(Path.GetDirectoryName(pdfPath)!, key + ".png");
        File.WriteAllBytes(image, png);
        var tsv = _engine.Recognise(image, cancellationToken);
        _cache.Keep(key, tsv);
        return (size, tsv, png, key);
    }
}
