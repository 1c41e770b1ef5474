using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering.HeldOut;

/// <summary>
/// The held-out analysis layout: a family kept apart from development so that extraction can be
/// measured on a surface it was never tuned to (issue 3). It lays a full KommunKompassen
/// analysis out with its own typography, list markers, table rulings and heading wordings, and
/// shares no drawing code with the other families. Deterministic for a given random state.
/// </summary>
public sealed class HeldOutAnalysisRenderer : IReportRenderer
{
    private const int MaxPasses = 4;

    /// <inheritdoc />
    public RenderedReport Render(PrintedReport report, Random random)
    {
        Guard.NotNull(report);
        Guard.NotNull(random);

        // One draw up front: every pass replays the same choices from this seed.
        var seed = random.Next();
        IReadOnlyDictionary<string, int> anchors = new Dictionary<string, int>(StringComparer.Ordinal);
        var pageCount = 0;
        for (var passNumber = 1; passNumber <= MaxPasses; passNumber++)
        {
            using var pass = new HeldOutPass(seed, anchors, pageCount);
            new HeldOutLayout(pass, report).Run();
            if (pass.Canvas.PageNumber == pageCount && SameAnchors(pass.Anchors, anchors))
            {
                return pass.Finish();
            }

            anchors = new Dictionary<string, int>(pass.Anchors, StringComparer.Ordinal);
            pageCount = pass.Canvas.PageNumber;
        }

        throw new KompassBugException($"held-out layout did not settle after {MaxPasses} passes");
    }

    private static bool SameAnchors(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
        => a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var page) && page == kv.Value);
}
