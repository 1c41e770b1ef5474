namespace Kompass.Ingest.Corpus.Model;

/// <summary>Lays a <see cref="PrintedReport"/> out as a PDF in one family's visual style.</summary>
public interface IReportRenderer
{
    /// <summary>Renders the report; <paramref name="random"/> varies small layout choices (deterministically).</summary>
    RenderedReport Render(PrintedReport report, Random random);
}
