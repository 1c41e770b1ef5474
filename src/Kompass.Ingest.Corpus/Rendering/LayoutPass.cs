using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// One layout pass of a report. A layout is run more than once (see <see cref="LayoutPasses"/>):
/// a contents page or a "4 (16)" header drawn before the body needs to know where things landed,
/// which only the previous pass can tell. Every pass gets a fresh random source from the same
/// seed, so all passes make the same choices.
/// </summary>
public sealed class LayoutPass : IDisposable
{
    private readonly IReadOnlyDictionary<string, int> _previousAnchors;
    private readonly Dictionary<string, int> _anchors = new(StringComparer.Ordinal);
    private readonly int _previousPageCount;

    internal LayoutPass(int seed, PageSize size, IReadOnlyDictionary<string, int> previousAnchors, int previousPageCount)
    {
        Random = new Random(seed);
        Canvas = new PdfCanvas(size.Width, size.Height);
        _previousAnchors = previousAnchors;
        _previousPageCount = previousPageCount;
    }

    /// <summary>The random source of this pass; draws the same sequence in every pass.</summary>
    public Random Random { get; }

    /// <summary>The canvas of this pass.</summary>
    public PdfCanvas Canvas { get; }

    /// <summary>Where this pass put the cited values.</summary>
    public PageMap Map { get; } = new();

    /// <summary>The page count of the previous pass; 0 in the first.</summary>
    public int PreviousPageCount
    {
        get
        {
            ReadPrevious = true;
            return _previousPageCount;
        }
    }

    /// <summary>Whether the layout asked for anything of the previous pass; a layout that did not is final after one pass.</summary>
    public bool ReadPrevious { get; private set; }

    /// <summary>The anchors this pass recorded.</summary>
    public IReadOnlyDictionary<string, int> Anchors => _anchors;

    /// <summary>Records that <paramref name="key"/> (a section) starts on <paramref name="page"/>.</summary>
    public void Anchor(string key, int page) => _anchors.TryAdd(key, page);

    /// <summary>The page the previous pass recorded for <paramref name="key"/>; 0 when unknown (first pass).</summary>
    public int PageOf(string key)
    {
        ReadPrevious = true;
        return _previousAnchors.TryGetValue(key, out var page) ? page : 0;
    }

    /// <inheritdoc />
    public void Dispose() => Canvas.Dispose();
}
