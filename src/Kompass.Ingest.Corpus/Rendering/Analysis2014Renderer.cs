using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// The 2011–2018 analysis, shaped like the seed report: a cover "KommunKompassen &lt;X&gt; KOMMUN
/// [MONTH] YEAR ANALYS AV &lt;evaluators&gt;", the running header "Sveriges Kommuner och Landsting
/// &lt;date&gt; 4 (16)", a contents page with dotted leaders, Tabell 1 with a column chart and a
/// spider chart, one page per area ("Område N …", Rubriker, Poäng, ALLMÄNT, STYRKOR,
/// FÖRBÄTTRINGSOMRÅDEN) and "4 Översikt av poängfördelning" with the question tables.
/// DejaVu Sans, blue headings, unruled summary, horizontally ruled question tables.
/// </summary>
public sealed class Analysis2014Renderer : IReportRenderer
{
    /// <inheritdoc />
    public RenderedReport Render(PrintedReport report, Random random)
    {
        Guard.NotNull(report);
        return LayoutPasses.Render(random, PageSize.A4Portrait, pass => new Analysis2014Layout(pass, report).Run());
    }
}
