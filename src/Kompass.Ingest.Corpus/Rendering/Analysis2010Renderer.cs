using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// The 2010–2012 analyses: a centred cover "Kommun Kompassen KALIX KOMMUN 2012 ANALYS AV" (the
/// title as given, which may lack the municipality: the body always names it), a header
/// "RAPPORT" with the report date and a footer "Sida n av N", "Innehållsförteckning" without
/// leaders, a horizontal bar chart, "Detaljerad genomgång i förhållande till Kommunkompassens åtta
/// områden" with "Område N: …" headings, "o" bullets and mixed-case finding headings, tables with
/// horizontal rules only; in 2010 a section on the new and the old version. Carlito throughout.
/// </summary>
public sealed class Analysis2010Renderer : IReportRenderer
{
    /// <inheritdoc />
    public RenderedReport Render(PrintedReport report, Random random)
    {
        Guard.NotNull(report);
        return LayoutPasses.Render(random, PageSize.A4Portrait, pass => new Analysis2010Layout(pass, report).Run());
    }
}
