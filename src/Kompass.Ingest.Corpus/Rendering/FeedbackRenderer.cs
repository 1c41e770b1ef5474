using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// "Återkoppling Kommunkompass &lt;X&gt;": the presentation after a visit, as landscape slides with
/// a coloured title band, a results slide (shaded-header table of area scores and means beside a
/// column chart), one slide per area with its score in large type and "•" strengths and
/// improvements side by side, page numbers "n (N)". No question tables. Liberation Sans.
/// </summary>
public sealed class FeedbackRenderer : IReportRenderer
{
    /// <inheritdoc />
    public RenderedReport Render(PrintedReport report, Random random)
    {
        Guard.NotNull(report);
        return LayoutPasses.Render(random, PageSize.A4Landscape, pass => new FeedbackLayout(pass, report).Run());
    }
}
