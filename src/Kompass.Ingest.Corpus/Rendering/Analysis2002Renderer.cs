using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// The 2002–2009 analyses: every page headed "RAPPORT &lt;date&gt; 1 (27)" over the organisation and
/// its section ("Sveriges Kommuner och Landsting, Sektionen för …"; "Svenska Kommunförbundet"
/// before 2005); a plain cover "Kommunkompassen Analys av &lt;X&gt; kommun" with the visit days under
/// it; numbered chapters, each area's score right-aligned on its heading ("Poäng: 52,5"), dash
/// bullets; the "Poängsammanställning" at the end with an unruled summary table (max 100 per
/// area, half points) and ruled question tables without percent. Liberation Serif body,
/// Liberation Sans headings, no contents page.
/// </summary>
public sealed class Analysis2002Renderer : IReportRenderer
{
    /// <inheritdoc />
    public RenderedReport Render(PrintedReport report, Random random)
    {
        Guard.NotNull(report);
        return LayoutPasses.Render(random, PageSize.A4Portrait, pass => new Analysis2002Layout(pass, report).Run());
    }
}
