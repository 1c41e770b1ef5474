using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class FindingMisplacedRuleTests
{
    private readonly FindingMisplacedRule _sut = new(ValidationOptions.Default, Catalogs);

    // Eight areas with a name, two "Rubriker" and two strengths each, written for these tests; no
    // framework, so that only the document makes the profiles.
    private static readonly (string Name, string[] Subheadings, string[] Strengths)[] Areas =
    [
        ("Demokrati och öppenhet", ["Öppna sammanträden", "Medborgarpaneler"], ["Fullmäktiges sammanträden sänds på webben", "Medborgarpaneler hålls varje vår"]),
        ("Service och bemötande", ["Öppettider och telefoni", "Synpunkter och klagomål"], ["Klagomål besvaras inom fem dagar", "Telefonin är bemannad hela dagen"]),
        ("Styrning och uppföljning", ["Budget och bokslut", "Intern kontroll"], ["Bokslutet redovisas öppet", "Nämnderna följer budgeten månadsvis"]),
        ("Ledarskap och delegering", ["Chefsrekrytering", "Delegeringsordning"], ["Nya chefer får en mentor", "Delegeringsordningen är tydlig"]),
        ("Ekonomi och effektivitet", ["Kostnadsjämförelser", "Upphandling och avtal"], ["Kostnaderna jämförs med grannkommunerna", "Avtalstroheten mäts varje kvartal"]),
        ("Kommunen som arbetsgivare", ["Lönebildning", "Arbetsmiljö och hälsa"], ["Lönesamtal hålls årligen", "Friskvårdstimme erbjuds alla anställda"]),
        ("Kvalitet och förnyelse", ["Innovationsarbete", "Lärande mellan enheter"], ["Idéslussen tar emot förslag från personalen", "Enheterna besöker varandra"]),
        ("Samhällsbyggande", ["Näringsliv och turism", "Miljö och klimat"], ["Företagarfrukostar ordnas varje månad", "Klimatplanen följs upp"]),
    ];

    [Fact]
    public void Check_ImprovementNamingAnotherAreasRubrik_FlagsItsArea()
    {
        var doc = Report(("Förbättra arbetsmiljö och hälsa i hemtjänsten", 3));

        var flag = Assert.Single(_sut.Check(doc));

        Assert.Equal((FlagCodes.FindingMisplaced, FlagSeverity.Info, 3, (string?)null), (flag.Code, flag.Severity, flag.Area, flag.Question));
        Assert.Equal("area 3: \"Förbättra arbetsmiljö och hälsa i hemtjänsten\" (p. 13) reads as area 6 (Kommunen som arbetsgivare)", flag.Message);
        Assert.Equal(13, Assert.Single(flag.Evidence).Page);
    }

    [Fact]
    public void Check_LongItem_IsShortenedInTheMessage()
    {
        var doc = Report(("Förbättra arbetsmiljö och hälsa för personalen i hemtjänsten och i förskolan", 3));

        var flag = Assert.Single(_sut.Check(doc));

        Assert.StartsWith("area 3: \"Förbättra arbetsmiljö och hälsa för personalen i hemtjänsten…\" (p. 13) reads as area 6", flag.Message);
    }

    [Fact]
    public void Check_ItsOwnAreaTalksAboutItToo_RaisesNothing()
    {
        var doc = Report(("Förbättra arbetsmiljö och hälsa i hemtjänsten", 3), ("Arbetsmiljö och hälsa ingår i nämndernas internkontroll", 3));

        Assert.Empty(_sut.Check(doc));
    }

    [Fact]
    public void Check_ItemNamingItsOwnRubrikAsWell_RaisesNothing()
    {
        var doc = Report(("Budget och bokslut tar hänsyn till arbetsmiljö och hälsa", 3));

        Assert.Empty(_sut.Check(doc));
    }

    [Fact]
    public void Check_ShortItemSharingOneWord_RaisesNothing()
    {
        var doc = Report(("Bättre arbetsmiljö", 3), ("Tydligare lönebildning", 4));

        Assert.Empty(_sut.Check(doc));
    }

    [Fact]
    public void Check_OneWordRubrikAllowedByTheOptions_FlagsIt()
    {
        var sut = new FindingMisplacedRule(ValidationOptions.Default with { MisplacedMinHeadingWords = 1 }, Catalogs);

        var flag = Assert.Single(sut.Check(Report(("Tydligare lönebildning", 4))));

        Assert.Equal("area 4: \"Tydligare lönebildning\" (p. 14) reads as area 6 (Kommunen som arbetsgivare)", flag.Message);
    }

    [Fact]
    public void Check_WordsOfTheRubrikApartFromEachOther_RaiseNothing()
    {
        var doc = Report(("Hälsa och trivsel följs upp, och arbetsmiljö diskuteras i nämnden", 3));

        Assert.Empty(_sut.Check(doc));
    }

    [Fact]
    public void Check_RubrikOfGenericWords_RaisesNothing()
    {
        // "Styrning" and "uppföljning" are in every area's findings here, so area 3's name says
        // nothing about where the item belongs.
        var doc = Report([.. Enumerable.Range(1, 8).Where(a => a != 3).Select(a => ("Styrning och uppföljning sker varje år", a))]);

        Assert.Empty(_sut.Check(doc));
    }

    [Fact]
    public void Check_AreaWithoutProfile_IsNotFlagged()
    {
        var lone = new AreaExtraction { Number = 3, Improvements = [Sourced.Of("Förbättra arbetsmiljö och hälsa i hemtjänsten", At(13))] };
        var doc = Report() with { Areas = [.. Report().Areas.Where(a => a.Number != 3), lone] };

        Assert.Empty(_sut.Check(doc));
    }

    [Fact]
    public void Check_SeveralMisplacedItemsInOneArea_FlagsTheAreaOnce()
    {
        var doc = Report(("Förbättra arbetsmiljö och hälsa i hemtjänsten", 3), ("Utveckla näringsliv och turism i kransorterna", 3));

        var flag = Assert.Single(_sut.Check(doc));

        Assert.Equal(3, flag.Area);
    }

    [Fact]
    public void Check_ConsistentReport_RaisesNothing()
    {
        Assert.Empty(_sut.Check(Report()));
    }

    [Fact]
    public void Check_NoFindings_RaisesNothing()
    {
        var doc = Report();

        Assert.Empty(_sut.Check(doc with { Areas = [.. doc.Areas.Select(a => a with { Strengths = [], Improvements = [] })] }));
        Assert.Empty(_sut.Check(CleanAnalysis() with { Areas = [.. CleanAnalysis().Areas.Select(a => a with { Strengths = [] })] }));
    }

    // The eight areas, with each extra improvement added to its area (printed on page 10 + area).
    private static ReportExtraction Report(params (string Text, int Area)[] improvements) => new()
    {
        Type = DocumentType.KommunKompassenAnalysis,
        Areas =
        [
            .. Areas.Select((a, i) => new AreaExtraction
            {
                Number = i + 1,
                Name = Sourced.Of(a.Name, At(10 + i + 1)),
                Subheadings = [.. a.Subheadings.Select(s => Sourced.Of(s, At(10 + i + 1)))],
                Strengths = [.. a.Strengths.Select(s => Sourced.Of(s, At(10 + i + 1)))],
                Improvements = [.. improvements.Where(x => x.Area == i + 1).Select(x => Sourced.Of(x.Text, At(10 + i + 1)))],
            }),
        ],
    };
}
