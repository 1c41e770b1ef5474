using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Metadata;
using Kompass.Ingest.TestKit.Layout;
using static Kompass.Ingest.Extraction.Tests.Metadata.ReportLayouts;

namespace Kompass.Ingest.Extraction.Tests.Metadata;

public sealed class MunicipalityExtractorTests
{
    private readonly MunicipalityExtractor _sut = new(MetadataDocument.Directory);

    [Fact]
    public void Extract_NameInTitle_SetsPrintedFormAndOfficialMunicipalityWithProvenance()
    {
        var layout = Report(Cover(["KommunKompassen", "ANALYS AV", "VALLENTUNA KOMMUN"], "FEBRUARI 2017"), "2017-06-25").Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Equal("VALLENTUNA KOMMUN", result.MunicipalityAsPrinted?.Value);
        Assert.Equal(1, result.MunicipalityAsPrinted?.Source.Page);
        Assert.Equal("VALLENTUNA KOMMUN", result.MunicipalityAsPrinted?.Source.RawText);
        Assert.StartsWith("MunicipalityExtractor@", result.MunicipalityAsPrinted?.Source.Extractor, StringComparison.Ordinal);
        Assert.Equal("Vallentuna", result.Municipality?.Name);
        Assert.Equal("0115", result.Municipality?.Code?.Value);
    }

    [Fact]
    public void Extract_NameOnASmallerCoverLine_ReadsTheLine()
    {
        var layout = Report(Cover(["Regionkompass – en", "pilotstudie 2015"], "Landstinget i Uppsala län", "18 juli 2015"), "2015-07-18").Build();

        var result = MetadataDocument.Run(_sut, layout, DocumentType.Regionkompassen);

        Assert.Equal("Landstinget i Uppsala län", result.MunicipalityAsPrinted?.Value);
        Assert.Equal(new Municipality("Uppsala", MunicipalityCodeOf("03"), MunicipalityKind.Region), result.Municipality);
    }

    [Fact]
    public void Extract_CoverWithoutName_ReadsTheBodySentence()
    {
        var layout = Report(Cover(["Kommun Kompassen", "2010"], "Lars Bergström, SKL"), "16 maj 2010",
            "Utvärderingen av Solna stad genomfördes den 1 april 2010 och var kommunens första utvärdering").Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Equal("Solna stad", result.MunicipalityAsPrinted?.Value);
        Assert.Equal(2, result.MunicipalityAsPrinted?.Source.Page);
        Assert.Equal("0184", result.Municipality?.Code?.Value);
    }

    [Fact]
    public void Extract_EvaluatorOrganisationOnTheCover_IsNotTheMunicipality()
    {
        var layout = Report(Cover(["Kommun Kompassen", "2010"], "Ewa Luvö, Borås kommun"), "16 maj 2010", "Text utan namn.").Build();

        var result = MetadataDocument.Run(_sut, layout, fileName: "Solna_2010_analys.PDF");

        Assert.Equal("Solna", result.Municipality?.Name);
        Assert.Equal(0, result.MunicipalityAsPrinted?.Source.Page);
        Assert.Equal("Solna_2010_analys.PDF", result.MunicipalityAsPrinted?.Source.RawText);
    }

    [Fact]
    public void Extract_NameOnlyInRunningFooter_ReadsTheFooter()
    {
        var builder = new LayoutBuilder().Page(Cover(["Återkoppling", "Kommunkompassen 2018"]));
        foreach (var word in new[] { "Utvärderingen", "Styrkor", "Förbättringar" })
        {
            builder.Page(p => p.Text(word, 56, 550, size: 24, bold: true).Text("Mjölby kommun 14 november 2018", 56, 22, size: 10));
        }

        var result = MetadataDocument.Run(_sut, builder.Build(), DocumentType.KommunKompassenFeedback, "Återkoppling.pdf");

        Assert.Equal("Mjölby kommun", result.MunicipalityAsPrinted?.Value);
        Assert.Equal("0586", result.Municipality?.Code?.Value);
    }

    [Fact]
    public void Extract_UnknownName_KeepsPrintedShortNameWithoutCode()
    {
        var layout = Report(Cover(["KommunKompassen", "FORSHAAGS KOMMUN", "2014"]), "2015-01-09").Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Equal(new Municipality("Forshaag", null, MunicipalityKind.Kommun), result.Municipality);
    }

    [Fact]
    public void Extract_PlaceholderTemplate_NamesNoMunicipality()
    {
        var layout = new LayoutBuilder().Page(p => p
            .Text("PM 1(8)", 480, 800, size: 10)
            .Text("Utvärdering enligt Kommunkompassen i xxxxx kommun.", 72, 720, size: 18, bold: true)
            .Paragraph(["Xxxxx kommun har beslutat att låta utvärdera sin organisation."], 72, 690)).Build();

        var result = MetadataDocument.Run(_sut, layout, DocumentType.KommunKompassenPm, "PM mall.pdf");

        Assert.Null(result.Municipality);
        Assert.Null(result.MunicipalityAsPrinted);
    }

    private static Kompass.Ingest.Domain.Reports.MunicipalityCode MunicipalityCodeOf(string code)
        => Kompass.Ingest.Domain.Reports.MunicipalityCode.TryParse(code, out var parsed) ? parsed : throw new ArgumentException(code);
}
