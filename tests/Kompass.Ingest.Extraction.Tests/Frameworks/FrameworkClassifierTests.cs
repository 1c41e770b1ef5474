using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Frameworks;

namespace Kompass.Ingest.Extraction.Tests.Frameworks;

/// <summary>Decisions over the real catalogs (2002, 2010 with its 2010 and 2016 sets, 2020).</summary>
public sealed class FrameworkClassifierTests
{
    private static readonly PrintedAreaName[] Names2010 =
    [
        new(1, "Offentlighet och demokrati"), new(2, "Tillgänglighet, bemötande och brukarorientering"), new(3, "Politisk styrning och kontroll"),
        new(4, "Ledarskap, ansvar och delegation"), new(5, "Resultat och effektivitet"), new(6, "Kommunen som arbetsgivare"),
        new(7, "Ständiga förbättringar"), new(8, "Kommunen som samhällsbyggare"),
    ];

    /// <summary>A 2020-revision report that still prints some old names ("Offentlighet och demokrati", "Resultat och effektivitet").</summary>
    private static readonly PrintedAreaName[] Names2020 =
    [
        new(1, "Offentlighet och demokrati"), new(2, "Samhällsutveckling"), new(3, "Politisk styrning och kontroll"), new(4, "Resultat och effektivitet"),
        new(5, "Brukarfokus"), new(6, "Verksamhetsutveckling"), new(7, "Arbetsliv och personalpolitik"), new(8, "Chefs- och ledarskap samt medarbetarskap"),
    ];

    private static readonly PrintedQuestion[] Set2016Area1 = [new("1.1", 15), new("1.2", 20), new("1.3", 25), new("1.4", 30), new("1.5", 10)];

    [Fact]
    public void Classify_2020NamesSomeSharedWith2010_Is2020()
    {
        var sut = new FrameworkClassifier(Catalogs.Load());

        var decision = sut.Classify(Names2020, [], null);

        Assert.Equal(FrameworkRevision.Rev2020, decision?.Revision);
        Assert.Equal("2020", decision?.QuestionSet);
    }

    [Fact]
    public void Classify_2010NamesWith2016Maxima_Is2010With2016Set()
    {
        var sut = new FrameworkClassifier(Catalogs.Load());

        var decision = sut.Classify(Names2010, Set2016Area1, 2012);

        Assert.Equal(FrameworkRevision.Rev2010, decision?.Revision);
        Assert.Equal("2016", decision?.QuestionSet);
    }

    [Fact]
    public void Classify_2010NamesMaximaOfNoKnownSet_SetComesFromTheYear()
    {
        var sut = new FrameworkClassifier(Catalogs.Load());
        PrintedQuestion[] unknown = [new("1.1", 12), new("1.2", 18), new("1.3", 22), new("1.4", 33), new("1.5", 15)];

        var decision = sut.Classify(Names2010, unknown, 2013);

        Assert.Equal(FrameworkRevision.Rev2010, decision?.Revision);
        Assert.Equal("2010", decision?.QuestionSet);
    }

    [Fact]
    public void Classify_OnlyNamesSharedBy2002And2010_YearBreaksTheTie()
    {
        var sut = new FrameworkClassifier(Catalogs.Load());
        PrintedAreaName[] shared = [new(1, "Offentlighet och demokrati"), new(3, "Politisk styrning och kontroll"), new(8, "Kommunen som samhällsbyggare")];

        var early = sut.Classify(shared, [], 2005);
        var late = sut.Classify(shared, [], 2017);

        Assert.Equal(FrameworkRevision.Rev2002, early?.Revision);
        Assert.Equal(FrameworkRevision.Rev2010, late?.Revision);
        Assert.True(early!.Uncertain && late!.Uncertain, "names alone cannot tell these two apart");
    }

    [Fact]
    public void Classify_2002NamesAndMaxima_Is2002()
    {
        var sut = new FrameworkClassifier(Catalogs.Load());
        PrintedAreaName[] names = [new(1, "Offentlighet och demokratisk kontroll"), new(4, "Ansvarsdelegering och organisation"), new(7, "Förnyelse och kvalitetsutveckling")];
        PrintedQuestion[] area2 = [new("2.1", 20), new("2.2", 15), new("2.3", 20), new("2.4", 20), new("2.5", 15), new("2.6", 10)];

        var decision = sut.Classify(names, area2, null);

        Assert.Equal(FrameworkRevision.Rev2002, decision?.Revision);
        Assert.False(decision!.Uncertain);
    }

    [Fact]
    public void Classify_SameWordsUnderAnotherNumber_DoNotCount()
    {
        var sut = new FrameworkClassifier(Catalogs.Load());
        PrintedAreaName[] names = [new(2, "Kommunen som samhällsbyggare"), new(4, "Resultat och effektivitet"), new(6, "Verksamhetsutveckling")];

        var decision = sut.Classify(names, [], null);

        Assert.Equal(FrameworkRevision.Rev2020, decision?.Revision);
    }

    [Fact]
    public void Classify_NothingToGoOn_IsNull()
    {
        var sut = new FrameworkClassifier(Catalogs.Load());

        var decision = sut.Classify([new(2, "Vallentuna kommun: En sammanfattande genomgång")], [], null);

        Assert.Null(decision);
    }
}
