using System.Globalization;
using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>
/// A municipality's "Årsredovisning &lt;year&gt;" of exactly <see cref="Pages"/> pages: a title page,
/// then one page per committee section with text and a table of figures. A valid related document
/// whose only difficulty is its length (reading time, memory).
/// </summary>
public static class AnnualReport
{
    /// <summary>The page count.</summary>
    public const int Pages = 300;

    private static readonly string[] Committees =
    [
        "Kommunstyrelsen", "Barn- och utbildningsnämnden", "Socialnämnden", "Vård- och omsorgsnämnden",
        "Samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden", "Miljö- och hälsoskyddsnämnden", "Överförmyndarnämnden",
    ];

    private static readonly string[] Sections = ["Årets händelser", "Ekonomi", "Verksamhetens resultat", "Personal", "Framtiden"];

    /// <summary>The truth-relevant description of the report (title with its year, municipality).</summary>
    public static RelatedDocument Describe(NamedMunicipality municipality, int year, Random random) => new()
    {
        Title = "Årsredovisning " + year.ToString(CultureInfo.InvariantCulture),
        Subtitle = [municipality.OfficialName],
        Municipality = municipality,
        Year = year,
        Footer = $"{municipality.OfficialName} · Årsredovisning {year.ToString(CultureInfo.InvariantCulture)}",
        FileName = $"Årsredovisning {year.ToString(CultureInfo.InvariantCulture)}.pdf",
        Style = MemoStyle.Pick(random),
        Blocks = [],
    };

    /// <summary>Renders <paramref name="report"/> (from <see cref="Describe"/>) to exactly <see cref="Pages"/> pages.</summary>
    public static byte[] Render(RelatedDocument report, Random random)
    {
        Guard.NotNull(report);
        Guard.NotNull(random);
        var year = report.Year ?? throw new KompassBugException("an annual report has a year");
        using var canvas = new PdfCanvas();
        var flow = new ColumnFlow(canvas, 72, 72, [(62, canvas.PageWidth - 124)]);
        flow.NewPage();
        canvas.Text(62, 300, report.Title, report.Style.Heading1.WithSize(34));
        canvas.Text(62, 340, report.Subtitle[0], report.Style.Heading2.WithSize(18));
        for (var page = 2; page <= Pages; page++)
        {
            flow.NewPage();
            var committee = Committees[(page - 2) / Sections.Length % Committees.Length];
            var section = Sections[(page - 2) % Sections.Length];
            ColumnDocumentWriter.WriteBlocks(flow, PageBlocks(committee, section, year, random), report.Style);
        }

        Guard.That(canvas.PageNumber == Pages, "every annual report page fits on one page");
        canvas.DecorateAllPages((page, _) =>
        {
            canvas.Text(62, canvas.PageHeight - 40, report.Footer ?? string.Empty, report.Style.Header);
            canvas.TextRightAligned(canvas.PageWidth - 62, canvas.PageHeight - 40, page.ToString(CultureInfo.InvariantCulture), report.Style.Header);
        });
        return canvas.Save();
    }

    private static IEnumerable<DocumentBlock> PageBlocks(string committee, string section, int year, Random random)
    {
        var change = Figures.OneDecimal(random.Next(-30, 60) / 10.0);
        var y = year.ToString(CultureInfo.InvariantCulture);
        yield return new HeadingBlock($"{committee} – {section}");
        yield return new ParagraphBlock($"{committee} redovisar för {y} ett resultat som i huvudsak följer budget. Nettokostnaden förändrades med {change} procent jämfört med föregående år, främst till följd av volymförändringar och ökade personalkostnader.");
        yield return new ParagraphBlock("Verksamheten har under året arbetat med de mål som kommunfullmäktige fastställt. Måluppfyllelsen bedöms som god för flertalet mål; för två mål är den delvis uppfylld och analysen redovisas nedan.");
        yield return Figures.Budget("Ekonomiskt utfall", ["Intäkter", "Personalkostnader", "Lokalkostnader", "Övriga kostnader", "Nettokostnad"], year - 1, random, "Tkr");
        yield return new ParagraphBlock("Inför kommande år är de största utmaningarna kompetensförsörjningen, ökade behov hos en åldrande befolkning och behovet av att effektivisera verksamheten genom digitalisering.");
    }
}
