using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// The 2020 revision's analyses: a centred cover with a green band, SKR footers "Sveriges
/// Kommuner och Regioner … Sida n av N", a contents page with leaders, the areas grouped under the
/// four roles ("Kommunen som demokratiaktör" …), each score in a ruled box, "–" strengths and
/// numbered improvements, and fully ruled (lattice) tables whose headings are "Poäng Max %" for
/// some areas and "Uppnått Max Procent" for others. DejaVu Serif body, DejaVu Sans Condensed headings.
/// </summary>
public sealed class Analysis2020Renderer : IReportRenderer
{
    /// <inheritdoc />
    public RenderedReport Render(PrintedReport report, Random random)
    {
        Guard.NotNull(report);
        return LayoutPasses.Render(random, PageSize.A4Portrait, pass => new Analysis2020Layout(pass, report).Run());
    }
}
