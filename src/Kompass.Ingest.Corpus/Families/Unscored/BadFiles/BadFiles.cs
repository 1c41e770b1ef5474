using System.Globalization;
using Kompass.Ingest.Corpus.Families.Unscored.Related;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Corpus.Families.Unscored.BadFiles;

/// <summary>
/// Builds each <see cref="BadFileKind"/>: its path beside a municipality's reports, its bytes and
/// its truth (<c>unreadable</c> with a one-line reason, or the content's truth where a reader can
/// still get the document out: a lenient parser, or OCR for the scanned page).
/// </summary>
public static class BadFiles
{
    /// <summary>The user password of the encrypted file (for people checking it by hand).</summary>
    public const string UserPassword = "kompass2016";

    /// <summary>Builds the file of <paramref name="kind"/>.</summary>
    public static CorpusItem Build(BadFileKind kind, string family, NamedMunicipality municipality, FrameworkCatalog catalog, Random random)
    {
        var folder = municipality.Name;
        var year = random.Next(2011, 2019);
        var y = year.ToString(CultureInfo.InvariantCulture);
        return kind switch
        {
            BadFileKind.Empty => Unreadable(family, $"{folder}/KommunKompassen {municipality.Name} {y}.pdf", [], "empty file (0 bytes)"),
            BadFileKind.HtmlNamedPdf => Unreadable(
                family, "Relevanta dokument/Kommunkompassen - Sveriges Kommuner och Landsting.pdf", SavedWebPage.Bytes(), "not a PDF: an HTML page saved with a .pdf name"),
            BadFileKind.Truncated => Unreadable(
                family, $"{folder}/Kommunkompassen_analys_{municipality.Name.ToLowerInvariant()}_{y}.pdf", PdfDamage.TruncateInFirstPage(ReportLike(municipality, y, random)), "damaged PDF: the file ends inside its first page (truncated)"),
            BadFileKind.Encrypted => Unreadable(
                family, $"{folder}/Personalpolicy (skyddad).pdf", Encrypted(municipality, random), "encrypted PDF: a password is needed to open it"),
            BadFileKind.BlankPages => Unreadable(
                family, $"{folder}/Bilaga {random.Next(2, 6).ToString(CultureInfo.InvariantCulture)}.pdf", BlankPages(random.Next(2, 5)), "no text: every page is blank"),
            BadFileKind.ImageOnly => ScannedSummary(family, municipality, year, random),
            BadFileKind.BrokenCrossReference => BrokenCrossReference(family, municipality, catalog, random),
            BadFileKind.VeryLong => VeryLong(family, municipality, random),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static CorpusItem Unreadable(string family, string path, byte[] bytes, string error)
        => new(path, bytes, UnscoredTruth.Unreadable(family, path, bytes, error));

    // The page has no text layer, but OCR reads it: a related document (a summary page without
    // scores) whose every value is reviewed, so its truth is ocr: true with low-text-quality expected.
    private static CorpusItem ScannedSummary(string family, NamedMunicipality municipality, int year, Random random)
    {
        var path = $"{municipality.Name}/Skannat dokument {SwedishDates.Iso(new DateOnly(year, 1, 1).AddDays(random.Next(365)))}.pdf";
        var bytes = ScannedPage.Render(ScannedReportText.Lines(municipality, year), random);
        var facts = new PrintedFacts
        {
            DocumentType = UnscoredTruth.RelatedType,
            Title = ScannedReportText.Title(municipality),
            Municipality = municipality,
            Year = year,
        };
        var truth = UnscoredTruth.Readable(family, path, bytes, facts);
        return new CorpusItem(path, bytes, truth with { Ocr = true, ExpectedFlags = [new ExpectedFlag(FlagCodes.LowTextQuality, null, null)] });
    }

    private static CorpusItem BrokenCrossReference(string family, NamedMunicipality municipality, FrameworkCatalog catalog, Random random)
    {
        var memo = PmMemoComposer.Compose(municipality, catalog, random);
        var bytes = PdfDamage.CorruptCrossReference(PmMemoWriter.Render(memo), shift: random.Next(5, 40));
        var path = $"{municipality.Name}/PM Kommunkompassen.pdf";
        return new CorpusItem(path, bytes, UnscoredTruth.Readable(family, path, bytes, PmMemoWriter.Facts(memo)));
    }

    private static CorpusItem VeryLong(string family, NamedMunicipality municipality, Random random)
    {
        var report = AnnualReport.Describe(municipality, random.Next(2012, 2019), random);
        var bytes = AnnualReport.Render(report, random);
        var path = $"{municipality.Name}/{report.FileName}";
        return new CorpusItem(path, bytes, UnscoredTruth.Readable(family, path, bytes, report.Facts()));
    }

    private static byte[] ReportLike(NamedMunicipality municipality, string year, Random random)
        => ColumnDocumentWriter.Render(new RelatedDocument
        {
            Title = $"KommunKompassen {municipality.OfficialName.ToUpperInvariant()} {year} ANALYS AV",
            Subtitle = ["Utvärderare: Karin Ljungqvist, SKL och Mats Öberg, SKL"],
            FileName = "analys.pdf",
            Style = MemoStyle.Pick(random),
            Blocks = [new HeadingBlock("1 Vad är Kommunkompassen?"), new ParagraphBlock("Kommunkompassen är ett verktyg för utvärdering och analys av kommuners sätt att arbeta.")],
        });

    // Encryption replaces PdfCanvas.Save: the key depends on the /ID, which ReproducibleBytes would rewrite.
    private static byte[] Encrypted(NamedMunicipality municipality, Random random)
    {
        using var canvas = new PdfCanvas();
        ColumnDocumentWriter.Draw(PersonnelDocuments.PersonnelProgramme(municipality, random), canvas);
        return EncryptedPdf.Save(canvas, UserPassword, "agare-" + UserPassword, DocumentId(random));
    }

    private static byte[] BlankPages(int count)
    {
        // Each page is painted white like a blank sheet fed through a scanner's PDF mode; an empty
        // content stream from PDFsharp is an invalid Flate stream that poppler complains about.
        using var canvas = new PdfCanvas();
        for (var i = 0; i < count; i++)
        {
            canvas.NewPage();
            canvas.FillRectangle(0, 0, canvas.PageWidth, canvas.PageHeight, 255);
        }

        return canvas.Save();
    }

    private static string DocumentId(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return Convert.ToHexString(bytes);
    }
}
