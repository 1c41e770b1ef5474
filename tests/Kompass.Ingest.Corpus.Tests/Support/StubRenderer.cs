using System.Text;
using System.Text.Json;
using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Tests.Support;

/// <summary>
/// A renderer for tests that need no PDF: the bytes are the printed report as JSON plus one random
/// number (so two renderings of one report differ, as a real renderer's layout choices do); the
/// summary is on page 2, sections on page 3 + n, tables on page 20.
/// </summary>
internal sealed class StubRenderer : IReportRenderer
{
    public RenderedReport Render(PrintedReport report, Random random)
    {
        var text = JsonSerializer.Serialize(report) + random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var areaPages = report.Areas.ToDictionary(a => a.Number, a => a.SummaryScore is null ? 3 + a.Number : 2);
        var questionPages = report.Areas.SelectMany(a => a.Questions).ToDictionary(q => q.Id, _ => 20, StringComparer.Ordinal);
        return new RenderedReport(Encoding.UTF8.GetBytes(text), 20, areaPages, questionPages);
    }
}
