using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// The analyses of about 2018 onwards: a teal cover with the all-caps title and no year
/// ("KOMMUNKOMPASSEN ANALYS AV SIMRISHAMNS KOMMUN"), "UTVÄRDERARE: …"; the year only in the body
/// ("genomfördes i oktober 2019") and in the headers ("Sveriges Kommuner och Regioner" from 2019);
/// footers "4/27"; upper-case chapter headings; areas run on without page breaks, each score in a
/// shaded box; STYRKOR and FÖRBÄTTRINGSOMRÅDEN side by side on some areas; question tables with a
/// teal header band and zebra rows. Liberation Sans with DejaVu Sans Condensed headings.
/// </summary>
public sealed class AnalysisCapsRenderer : IReportRenderer
{
    /// <inheritdoc />
    public RenderedReport Render(PrintedReport report, Random random)
    {
        Guard.NotNull(report);
        return LayoutPasses.Render(random, PageSize.A4Portrait, pass => new AnalysisCapsLayout(pass, report).Run());
    }
}
