using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Metadata;
using Kompass.Ingest.TestKit.Layout;
using static Kompass.Ingest.Extraction.Tests.Metadata.ReportLayouts;

namespace Kompass.Ingest.Extraction.Tests.Metadata;

public sealed class EvaluatorExtractorTests
{
    private readonly EvaluatorExtractor _sut = new();

    [Fact]
    public void Extract_CoverLinesBelowTitle_ListsNamesWithoutOrganisations()
    {
        var layout = Report(Cover(["KommunKompassen", "ANALYS AV", "VALLENTUNA KOMMUN"], "FEBRUARI 2017", "Leif Eldås, SKL", "Josephine Härdin, konsult"), "2017-06-25").Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Equal(["Leif Eldås", "Josephine Härdin"], result.Evaluators.Select(e => e.Value));
        Assert.Equal("Josephine Härdin", result.Evaluators[1].Source.RawText);
        Assert.Equal(1, result.Evaluators[1].Source.Page);
    }

    [Fact]
    public void Extract_LabelledListWrappedOverLines_ReadsTheWholeBlock()
    {
        var layout = Report(Cover(["KommunKompassen", "TÖREBODA KOMMUN", "2017"],
            "Utvärderare: Torbjörn Öberg, SKL, Magnus Sandberg, Landstinget i Kalmar",
            "län och Ingrid Vikström, senior konsult (SKL)"), "2017-10-11").Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Equal(["Torbjörn Öberg", "Magnus Sandberg", "Ingrid Vikström"], result.Evaluators.Select(e => e.Value));
    }

    [Fact]
    public void Extract_AllCapsCover_KeepsCapitalsWhenTheDocumentHasNoOtherForm()
    {
        var layout = Report(Cover(["KOMMUNKOMPASSEN", "ANALYS AV HÖRBY KOMMUN"], "UTVÄRDERARE: MÄRIT MELBI, ANNA EKLÖF, KARIN PEEDU, SKL"), "2016-03-15").Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Equal(["MÄRIT MELBI", "ANNA EKLÖF", "KARIN PEEDU"], result.Evaluators.Select(e => e.Value));
    }

    [Fact]
    public void Extract_AllCapsCoverWithMixedCaseInText_PrefersTheMixedCase()
    {
        var layout = Report(Cover(["KOMMUNKOMPASSEN", "ANALYS AV SIMRISHAMNS KOMMUN"], "UTVÄRDERARE: LARS STRID (F.D. SKL) OCH JOSEPHINE HÄRDIN"), "2018-05-02",
            "Rapporten är skriven av Lars Strid och Josephine Härdin.").Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Equal(["Lars Strid", "Josephine Härdin"], result.Evaluators.Select(e => e.Value));
    }

    [Fact]
    public void Extract_LabelOnTheMemosLastPage_FindsTheEvaluators()
    {
        var layout = new LayoutBuilder()
            .Page(p => p.Text("Utvärdering enligt Kommunkompassen i Älvsbyns kommun", 72, 724, size: 18, bold: true)
                .Paragraph(["Älvsbyns kommun har beslutat att låta utvärdera sin organisation."], 72, 690))
            .Page(p => p.Text("Utvärderare", 72, 728, size: 13.5, bold: true)
                .Paragraph(["Utvärderare: Maria Höglund, SKL och Lena Forsberg, Hylte kommun.", "Frågor om utvärderingen besvaras av Maria Höglund."], 72, 715, size: 11.5))
            .Build();

        var result = MetadataDocument.Run(_sut, layout, DocumentType.KommunKompassenPm);

        Assert.Equal(["Maria Höglund", "Lena Forsberg"], result.Evaluators.Select(e => e.Value));
        Assert.Equal(2, result.Evaluators[0].Source.Page);
    }

    [Fact]
    public void Extract_SubtitleAndOrganisationLines_AreSkipped()
    {
        var layout = Report(Cover(["Kommun Kompassen", "KALIX KOMMUN 2012"], "Kalix kommun", "Märit Melbi, SKL", "Ingmar Kärrsten, Halmstad", "Sveriges Kommuner och Landsting"), "2012-10-01").Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Equal(["Märit Melbi", "Ingmar Kärrsten"], result.Evaluators.Select(e => e.Value));
    }

    [Fact]
    public void Extract_LabelFollowedByVerb_ReadsTheNames()
    {
        var layout = Report(Cover(["KommunKompassen", "ÅRE KOMMUN 2011"]), "2011-06-01",
            "Utvärderarna har studerat dokument, träffat Anna Svensson, kommundirektör och Per Olsson.",
            "Utvärderare var Märit Melbi och Bengt-Olof Knutsson.").Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Equal(["Märit Melbi", "Bengt-Olof Knutsson"], result.Evaluators.Select(e => e.Value));
    }

    [Fact]
    public void Extract_MemoStartingWithProse_TakesNoNamesFromTheBody()
    {
        var layout = new LayoutBuilder().Page(p => p
            .Text("Utvärdering enligt Kommunkompassen i Älvsbyns kommun", 72, 724, size: 18, bold: true)
            .Paragraph([
                "Älvsbyns kommun har beslutat att låta utvärdera sin organisation enligt Kommunkompassen och",
                "Sveriges Kommuner och Landsting genomför utvärderingen på uppdrag av kommunen under våren.",
                "Kontaktperson",
                "Anna Svensson",
            ], 72, 690)).Build();

        Assert.Empty(MetadataDocument.Run(_sut, layout, DocumentType.KommunKompassenPm).Evaluators);
    }

    [Fact]
    public void Extract_RelatedDocument_HasNoEvaluators()
    {
        var layout = new LayoutBuilder().Page(Cover(["STRATEGI"], "Dokumentansvarig Monica Högberg", "Monica Högberg, HR")).Build();

        Assert.Empty(MetadataDocument.Run(_sut, layout, DocumentType.RelatedDocument).Evaluators);
    }
}
