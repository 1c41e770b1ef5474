using Kompass.Ingest.Extraction.Metadata;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Tests.Metadata;

/// <summary>The evaluator lists of the real archive's covers ("|" marks a printed line break).</summary>
public sealed class EvaluatorListParserTests
{
    private readonly EvaluatorListParser _sut = new();

    [Theory]
    [InlineData("Leif Eldås, SKL|Josephine Härdin, konsult", "Leif Eldås;Josephine Härdin")]
    [InlineData("Lars Strid, SKL|Ewa Luvö, Borås kommun,", "Lars Strid;Ewa Luvö")]
    [InlineData("Lars Strid, senior konsult (SKL) och Anders Bergenek, Halmstad", "Lars Strid;Anders Bergenek")]
    [InlineData("Lars Strid, senior konsult (SKL), Lotta Ricklander, SKL och Lars Kolmodin, SKL", "Lars Strid;Lotta Ricklander;Lars Kolmodin")]
    [InlineData("LARS STRID (F.D. SKL) OCH JOSEPHINE HÄRDIN", "LARS STRID;JOSEPHINE HÄRDIN")]
    [InlineData("Lars Strid, SKL Anders Dryselius, Hylte kommun Anna Marnell, Katrineholms kommun", "Lars Strid;Anders Dryselius;Anna Marnell")]
    [InlineData("Leif Eldås SKL|Lena Ehrnlund Marks kommun", "Leif Eldås;Lena Ehrnlund")]
    [InlineData("Anders Dryselius, Hylte kommun|Lena Tegenfeldt, Orust kommun", "Anders Dryselius;Lena Tegenfeldt")]
    [InlineData("Kalix kommun|Märit Melbi, SKL|Ingmar Kärrsten, Halmstad", "Märit Melbi;Ingmar Kärrsten")]
    [InlineData("Christine Feuk, SKL|Karolina Dahlbom, Landstinget i Kalmar län", "Christine Feuk;Karolina Dahlbom")]
    [InlineData("Johan Henrik Bergström, SKL|Ulrika Elming, Ängelholms kommun", "Johan Henrik Bergström;Ulrika Elming")]
    [InlineData("Christine Feuk och Britt-Marie Hedlund, SKL", "Christine Feuk;Britt-Marie Hedlund")]
    [InlineData("Christine Feuk, SKL Anna Marnell, Katrineholms kommun, Ulrika Elming, Ängelholms kommun", "Christine Feuk;Anna Marnell;Ulrika Elming")]
    [InlineData("Ingmar Kärrsten|Britt-Marie Hedlund, SKL|Lars Strid, SKL", "Ingmar Kärrsten;Britt-Marie Hedlund;Lars Strid")]
    [InlineData("Anders Dryselius, Hylte kommun|Anders Bergenek, Anders Bergenek AB", "Anders Dryselius;Anders Bergenek")]
    [InlineData("Josephine Härdin, SKL|Karolina Dahlblom, Lt Kalmar", "Josephine Härdin;Karolina Dahlblom")]
    [InlineData("Märit Melbi och Josephine Härdin", "Märit Melbi;Josephine Härdin")]
    [InlineData("Bengt-Olof Knutsson, SKL|Christine Feuk, SKL", "Bengt-Olof Knutsson;Christine Feuk")]
    [InlineData("Märit Melbi|Bengt-Olof Knutsson", "Märit Melbi;Bengt-Olof Knutsson")]
    [InlineData("MÄRIT MELBI, ANNA EKLÖF, KARIN PEEDU, SKL", "MÄRIT MELBI;ANNA EKLÖF;KARIN PEEDU")]
    [InlineData("J. Henrik Bergström, SKL|Britt-Marie Hedlund, Knivsta kommun", "J. Henrik Bergström;Britt-Marie Hedlund")]
    [InlineData("Britt Ståldal|Gunnar Gidenstam, SKL", "Britt Ståldal;Gunnar Gidenstam")]
    [InlineData("Christine Feuk och Hanna Lundborg, SKL samt Anna Marnell Katrineholms kommun", "Christine Feuk;Hanna Lundborg;Anna Marnell")]
    [InlineData("Vingåkers kommun|Bengt-Olof Knutsson SKL|Ingmar Kärrsten Falkenbergs kommun", "Bengt-Olof Knutsson;Ingmar Kärrsten")]
    [InlineData("Leif Eldås, Linda Persson Melin, Henrik Bergström SKL", "Leif Eldås;Linda Persson Melin;Henrik Bergström")]
    [InlineData("Gunnar Gidenstam, Lena Tegenfeldt. Sveriges Kommuner och Landsting", "Gunnar Gidenstam;Lena Tegenfeldt")]
    [InlineData("Christine Feuk, SKL|Ewa Luvö, Borås Stad,|Anna Eklund, SKL", "Christine Feuk;Ewa Luvö;Anna Eklund")]
    [InlineData("Leif Eldås, Bengt-Olof Knuttson och Anders Norrlid, SKL", "Leif Eldås;Bengt-Olof Knuttson;Anders Norrlid")]
    [InlineData("Britt-Marie Hedlund, SKL|Josephine Härdin, Eskilstuna kommun", "Britt-Marie Hedlund;Josephine Härdin")]
    [InlineData("Märit Melbi, Linda Persson-Melin, SKL samt Anna Marnell, Katrineholms kommun", "Märit Melbi;Linda Persson-Melin;Anna Marnell")]
    [InlineData("Christine Feuk, SKL Britt-Marie Hedlund, SKL Karolina Dahlblom, Nybro kommun", "Christine Feuk;Britt-Marie Hedlund;Karolina Dahlblom")]
    [InlineData("Lena Ehrnlund, Marks kommun|Christine Feuk & Kjell-Åke Eriksson, SKL", "Lena Ehrnlund;Christine Feuk;Kjell-Åke Eriksson")]
    [InlineData("J. Henrik Bergström och Anna Eklöf, SKL", "J. Henrik Bergström;Anna Eklöf")]
    [InlineData("Ewa Luvö, Karolina Dahlbom, Gunnar Gidenstam, SKL", "Ewa Luvö;Karolina Dahlbom;Gunnar Gidenstam")]
    [InlineData("Barbro Östberg, Göteborgs Stad|Gunnar Gidenstam, SKL", "Barbro Östberg;Gunnar Gidenstam")]
    [InlineData("Gunnar Sandberg, Svenska Kommunförbundet|Ylva Persson Melin, Älvdalens kommun", "Gunnar Sandberg;Ylva Persson Melin")]
    public void Parse_RealCoverList_GivesNamesInPrintedOrder(string printed, string expected)
    {
        var list = _sut.Parse(printed.Replace('|', '\n'));

        Assert.True(list.IsComplete);
        Assert.Equal(expected.Split(';'), list.Names.Select(n => n.Name));
    }

    [Theory]
    [InlineData("Helena Engström, Sveriges Kommuner och Regioner, Britt-Marie|Östlund, Eskilstuna kommun och Göran Ahlin, Ragunda kommun", "Helena Engström;Britt-Marie Östlund;Göran Ahlin")]
    [InlineData("Håkan Bergström (Sveriges Kommuner och Landsting), Mats|Nyström (Landstinget i Kalmar län) OCH Gunnar Sjöberg (senior konsult|(SKL))", "Håkan Bergström;Mats Nyström;Gunnar Sjöberg")]
    [InlineData("Torbjörn Öberg, SKL, Magnus Sandberg, Landstinget i Kalmar|län och Ingrid Vikström, senior konsult (SKL)", "Torbjörn Öberg;Magnus Sandberg;Ingrid Vikström")]
    [InlineData("Gunnar Lindqvist (senior konsult (SKL)) OCH Magnus|Persson Melin (konsult)", "Gunnar Lindqvist;Magnus Persson Melin")]
    public void Parse_ListWrappedAsRunningText_JoinsNamesAcrossTheBreak(string printed, string expected)
        => Assert.Equal(expected.Split(';'), _sut.Parse(printed.Replace('|', '\n')).Names.Select(n => n.Name));

    [Theory]
    [InlineData("Ingmar Kärrsten Halmstad", "Ingmar Kärrsten")]
    [InlineData("Bengt-Olof Knutsson|Ingmar Kärrsten Falkenberg", "Bengt-Olof Knutsson;Ingmar Kärrsten")]
    [InlineData("Anna Lund, SKL", "Anna Lund")]
    public void Parse_WithOfficialList_ReadsALonePlaceAsTheOrganisation(string printed, string expected)
    {
        var sut = new EvaluatorListParser(places: new MunicipalityMatcher(MetadataDocument.Directory));

        Assert.Equal(expected.Split(';'), sut.Parse(printed.Replace('|', '\n')).Names.Select(n => n.Name));
    }

    [Fact]
    public void Parse_Name_KnowsWhereItStands()
    {
        const string text = "Lars Strid, senior konsult (SKL) och Anders Bergenek, Halmstad";

        var names = _sut.Parse(text).Names;

        Assert.Equal("Anders Bergenek", text.Substring(names[1].Start, names[1].Length));
    }

    [Theory]
    [InlineData("Sveriges Kommuner och Landsting", true)]
    [InlineData("Kalix kommun", true)]
    [InlineData("ANALYS AV VALLENTUNA KOMMUN", false)]
    [InlineData("Slutrapport Kommunkompassen", false)]
    [InlineData("Frågor om utvärderingen besvaras av Maria Höglund.", false)]
    public void Parse_NoEvaluators_FindsNoNames(string text, bool organisationsOnly)
    {
        var list = _sut.Parse(text);

        Assert.Empty(list.Names);
        Assert.Equal(organisationsOnly, list.IsOrganisationsOnly);
    }
}
