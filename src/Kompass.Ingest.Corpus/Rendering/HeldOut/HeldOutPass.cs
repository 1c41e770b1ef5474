using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering.HeldOut;

/// <summary>
/// One layout pass of <see cref="HeldOutAnalysisRenderer"/>. The contents page is drawn before
/// the chapters it lists, so a pass prints the pages the previous pass recorded; every pass
/// replays the same random choices from one seed. Also records where the cited values landed.
/// </summary>
internal sealed class HeldOutPass : IDisposable
{
    private readonly IReadOnlyDictionary<string, int> _previousAnchors;
    private readonly Dictionary<string, int> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _summaryPages = [];
    private readonly Dictionary<int, int> _sectionPages = [];
    private readonly Dictionary<string, int> _questionPages = new(StringComparer.Ordinal);

    public HeldOutPass(int seed, IReadOnlyDictionary<string, int> previousAnchors, int previousPageCount)
    {
        Random = new Random(seed);
        Canvas = new PdfCanvas();
        _previousAnchors = previousAnchors;
        PreviousPageCount = previousPageCount;
    }

    public Random Random { get; }

    public PdfCanvas Canvas { get; }

    public int PreviousPageCount { get; }

    public IReadOnlyDictionary<string, int> Anchors => _anchors;

    /// <summary>Records that section <paramref name="key"/> starts on <paramref name="page"/>.</summary>
    public void Anchor(string key, int page) => _anchors.TryAdd(key, page);

    /// <summary>The page the previous pass recorded for <paramref name="key"/>; null in the first pass.</summary>
    public int? PageOf(string key) => _previousAnchors.TryGetValue(key, out var page) ? page : null;

    public void SummaryScore(int area, int page) => _summaryPages.TryAdd(area, page);

    public void SectionScore(int area, int page) => _sectionPages.TryAdd(area, page);

    public void Question(string id, int page) => _questionPages.TryAdd(id, page);

    /// <summary>Saves the document; an area's score page is the summary table's, else its section's.</summary>
    public RenderedReport Finish()
    {
        var areaPages = new Dictionary<int, int>(_sectionPages);
        foreach (var (area, page) in _summaryPages)
        {
            areaPages[area] = page;
        }

        var pageCount = Canvas.PageNumber;
        return new RenderedReport(Canvas.Save(), pageCount, areaPages, new Dictionary<string, int>(_questionPages, StringComparer.Ordinal));
    }

    public void Dispose() => Canvas.Dispose();
}
