using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// Runs a layout until the pages it refers to stop moving: the first pass learns where sections
/// land and how many pages there are, the next prints those numbers. Usually two passes; a
/// contents page that grows by a page needs a third; a layout that never asks (its page numbers
/// drawn by <see cref="Pdf.PdfCanvas.DecorateAllPages"/>) needs one.
/// </summary>
public static class LayoutPasses
{
    private const int MaxPasses = 4;

    /// <summary>Lays out with <paramref name="layout"/> and returns the final pass's bytes and page map.</summary>
    public static RenderedReport Render(Random random, PageSize size, Action<LayoutPass> layout)
    {
        Guard.NotNull(random);
        Guard.NotNull(layout);

        // One draw up front: every pass replays the same choices from this seed.
        var seed = random.Next();
        IReadOnlyDictionary<string, int> anchors = new Dictionary<string, int>();
        var pageCount = 0;
        for (var passNumber = 1; passNumber <= MaxPasses; passNumber++)
        {
            using var pass = new LayoutPass(seed, size, anchors, pageCount);
            layout(pass);
            var stable = !pass.ReadPrevious || (pass.Canvas.PageNumber == pageCount && SameAnchors(pass.Anchors, anchors));
            if (stable)
            {
                var bytes = pass.Canvas.Save();
                return new RenderedReport(bytes, pass.Canvas.PageNumber, pass.Map.AreaScorePages(), pass.Map.QuestionPages());
            }

            anchors = new Dictionary<string, int>(pass.Anchors, StringComparer.Ordinal);
            pageCount = pass.Canvas.PageNumber;
        }

        throw new KompassBugException($"layout did not settle after {MaxPasses} passes");
    }

    private static bool SameAnchors(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
        => a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var page) && page == kv.Value);
}
