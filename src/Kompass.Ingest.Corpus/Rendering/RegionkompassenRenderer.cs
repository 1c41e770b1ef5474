using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// "Regionkompass - en pilotstudie &lt;year&gt;" for a region: a framed cover with the centred title
/// and the region's name, centred headings between double rules, "Sida n av N" centred in the
/// footer, a summary table with a dark header band, "Poäng: 62 av 100" under each area,
/// numbered strengths ("1.") and improvements ("1)"), question tables with a shaded header.
/// DejaVu Sans Condensed body, DejaVu Serif headings.
/// </summary>
public sealed class RegionkompassenRenderer : IReportRenderer
{
    /// <inheritdoc />
    public RenderedReport Render(PrintedReport report, Random random)
    {
        Guard.NotNull(report);
        return LayoutPasses.Render(random, PageSize.A4Portrait, pass => new RegionkompassenLayout(pass, report).Run());
    }
}
