using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Export.Tests;

public sealed class ExportDocumentMapperTests
{
    private readonly ExportDocumentMapper _sut = new();

    [Theory]
    [InlineData(DocumentType.KommunKompassenAnalysis, "kommunkompassen-analysis")]
    [InlineData(DocumentType.KommunKompassenPm, "kommunkompassen-pm")]
    [InlineData(DocumentType.KommunKompassenFeedback, "kommunkompassen-feedback")]
    [InlineData(DocumentType.Regionkompassen, "regionkompassen")]
    [InlineData(DocumentType.RelatedDocument, "related-document")]
    public void Map_DocumentType_UsesTheContractName(DocumentType type, string expected)
    {
        var result = _sut.Map(Extractions.Source(new ReportExtraction { Type = type }));

        Assert.Equal(expected, result.DocumentType);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData(FrameworkRevision.Rev2002, "2002")]
    [InlineData(FrameworkRevision.Rev2010, "2010")]
    [InlineData(FrameworkRevision.Rev2020, "2020")]
    public void Map_Framework_UsesTheRevisionYear(FrameworkRevision revision, string expected)
    {
        var result = _sut.Map(Extractions.Source(new ReportExtraction { Type = DocumentType.KommunKompassenAnalysis, Framework = revision }));

        Assert.Equal(expected, result.FrameworkVersion);
    }

    [Fact]
    public void Map_Unreadable_CarriesTheReasonOnOneLine()
    {
        var result = _sut.Map(Extractions.Source(ReportExtraction.Unreadable("damaged PDF:\n  no cross-reference table")));

        Assert.Equal(("unreadable", "damaged PDF: no cross-reference table"), (result.DocumentType, result.Error));
    }

    [Fact]
    public void Map_UnreadableWithoutReason_StillSaysSomething()
    {
        var result = _sut.Map(Extractions.Source(new ReportExtraction { Type = DocumentType.Unreadable }));

        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void Map_Areas_InNumberOrderWithSummaryScoreAndItsPage()
    {
        var extraction = new ReportExtraction
        {
            Type = DocumentType.KommunKompassenAnalysis,
            Areas = [Extractions.Area(2, summary: 55, section: 54), Extractions.Area(1, summary: 62, section: 62)],
        };

        var areas = _sut.Map(Extractions.Source(extraction)).Areas;

        Assert.Equal([1, 2], areas.Select(a => a.Number));
        Assert.Equal((55m, 5), (areas[1].Score!.Value, areas[1].Page!.Value));
    }

    [Fact]
    public void Map_AreaWithoutSummary_TakesTheSectionScoreAndPage()
    {
        var extraction = new ReportExtraction { Type = DocumentType.KommunKompassenFeedback, Areas = [Extractions.Area(3, section: 48, tableTotal: 47)] };

        var area = Assert.Single(_sut.Map(Extractions.Source(extraction)).Areas);

        Assert.Equal((48m, 13), (area.Score!.Value, area.Page!.Value));
    }

    [Fact]
    public void Map_AreaWithOnlyATableTotal_HasNoScore()
    {
        var extraction = new ReportExtraction { Type = DocumentType.KommunKompassenAnalysis, Areas = [Extractions.Area(4, tableTotal: 47)] };

        var area = Assert.Single(_sut.Map(Extractions.Source(extraction)).Areas);

        Assert.Equal((null, null), (area.Score, area.Page));
    }

    [Fact]
    public void Map_Texts_CollapseWhiteSpaceAndDropEmptyItems()
    {
        var extraction = new ReportExtraction
        {
            Type = DocumentType.KommunKompassenAnalysis,
            Title = Extractions.At("  KommunKompassen\nHELSINGBORGS\u00a0STAD  2017 ", 1),
            Evaluators = [Extractions.At("Lars  Strid", 1), Extractions.At(" \t", 1)],
            Areas =
            [
                Extractions.Area(1, summary: 62) with
                {
                    Strengths = [Extractions.At("Tydlig\n information\u001f på webben", 7)],
                    Questions = [new QuestionRow(Extractions.At(" 1.1", 30), Extractions.At("Hur\n  informerar kommunen?", 30), null, null, null)],
                },
            ],
        };

        var result = _sut.Map(Extractions.Source(extraction));

        Assert.Equal("KommunKompassen HELSINGBORGS STAD 2017", result.Title);
        Assert.Equal(["Lars Strid"], result.Evaluators);
        Assert.Equal(["Tydlig information på webben"], result.Areas[0].Strengths);
        Assert.Equal(("1.1", "Hur informerar kommunen?", 30), (result.Areas[0].Questions[0].Id, result.Areas[0].Questions[0].Text, result.Areas[0].Questions[0].Page!.Value));
    }

    [Fact]
    public void Map_MunicipalityAndDates_UseContractFormats()
    {
        MunicipalityCode.TryParse("0980", out var gotland);
        var extraction = new ReportExtraction
        {
            Type = DocumentType.KommunKompassenAnalysis,
            Municipality = new Municipality("Gotland", gotland, MunicipalityKind.Kommun),
            ReportDate = Extractions.At(new DateOnly(2014, 3, 7), 2),
            Year = Extractions.At(2014, 1),
            Month = Extractions.At(2, 1),
        };

        var result = _sut.Map(Extractions.Source(extraction));

        Assert.Equal(new Contract.ExportMunicipality("Gotland", "0980", "kommun"), result.Municipality);
        Assert.Equal(("2014-03-07", 2014, 2), (result.ReportDate, result.Year, result.Month));
    }

    [Fact]
    public void Map_DerivedValue_HasNoPage()
    {
        var derived = Sourced.Of(70m, Provenance.Derived("test/1"));
        var extraction = new ReportExtraction { Type = DocumentType.KommunKompassenAnalysis, Areas = [new AreaExtraction { Number = 1, SummaryScore = derived }] };

        Assert.Null(_sut.Map(Extractions.Source(extraction)).Areas[0].Page);
    }

    [Fact]
    public void Map_Flags_UseContractSpellings()
    {
        var flag = new Flag(FlagCodes.TotalMismatch, FlagSeverity.Info, null, null, "areas add up to 512,\n printed total 514", []) { Status = FlagStatus.Dismissed };
        var source = Extractions.Source(new ReportExtraction { Type = DocumentType.KommunKompassenAnalysis }) with { Flags = [flag] };

        var result = Assert.Single(_sut.Map(source).Flags);

        Assert.Equal(new Contract.ExportFlag("total-mismatch", "info", null, null, "areas add up to 512, printed total 514", "dismissed"), result);
    }

    [Fact]
    public void Map_BackslashPath_UsesForwardSlashes()
    {
        var result = _sut.Map(Extractions.Source(new ReportExtraction { Type = DocumentType.RelatedDocument }, @"policy\2019\hr.pdf"));

        Assert.Equal("policy/2019/hr.pdf", result.Path);
    }
}
