using System.Reflection;
using System.Text.Json;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Storage.Tests;

public sealed class ExtractionMappingTests
{
    [Fact]
    public void Extraction_SavedAndRead_KeepsEveryValueAndItsProvenance()
    {
        using var sut = StoreFixture.InMemory();
        var extraction = SampleExtraction.Full();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", sut.StartRun(), extraction));

        var read = sut.Extraction(StoreFixture.Sha('a'), "x/1");

        Assert.Equal(JsonSerializer.Serialize(extraction), JsonSerializer.Serialize(read));
    }

    [Fact]
    public void ExtractionScores_ReadTheScoredPartExactlyAsTheFullReadDoes()
    {
        using var sut = StoreFixture.InMemory();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", sut.StartRun(), SampleExtraction.Full()));
        var full = sut.Extraction(StoreFixture.Sha('a'), "x/1")!;

        var scores = sut.ExtractionScores(StoreFixture.Sha('a'), "x/1")!;

        Assert.Equal(ScoredPart(full), JsonSerializer.Serialize(scores));
        Assert.NotEmpty(scores.Areas.SelectMany(a => a.Questions));
    }

    [Fact]
    public void ExtractionScores_LeaveTheTextsOut()
    {
        using var sut = StoreFixture.InMemory();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", sut.StartRun(), SampleExtraction.Full()));

        var scores = sut.ExtractionScores(StoreFixture.Sha('a'), "x/1")!;

        Assert.Null(scores.Title);
        Assert.Empty(scores.Evaluators);
        Assert.All(scores.Areas, a => Assert.Empty(a.Strengths));
    }

    [Fact]
    public void ExtractionScores_OfAnotherVersionOrDocument_AreNull()
    {
        using var sut = StoreFixture.InMemory();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", sut.StartRun()));

        Assert.Null(sut.ExtractionScores(StoreFixture.Sha('a'), "x/2"));
        Assert.Null(sut.ExtractionScores(StoreFixture.Sha('b'), "x/1"));
    }

    // The full read with every field the scores leave out emptied, as JSON.
    private static string ScoredPart(ReportExtraction full) => JsonSerializer.Serialize(new ReportExtraction
    {
        Type = full.Type,
        Municipality = full.Municipality,
        Year = full.Year,
        Total = full.Total,
        Areas = full.Areas.Select(a => new AreaExtraction
        {
            Number = a.Number,
            SummaryScore = a.SummaryScore,
            SectionScore = a.SectionScore,
            TableTotal = a.TableTotal,
            Questions = a.Questions,
        }).ToList(),
    });

    [Fact]
    public void Extraction_Decimals_KeepTheirPrintedScale()
    {
        using var sut = StoreFixture.InMemory();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", sut.StartRun()));

        var area = sut.Extraction(StoreFixture.Sha('a'), "x/1")!.Areas[0];

        Assert.Equal("62.0", area.TableTotal!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Extraction_WithoutOptionalValues_ReadsBackAsNulls()
    {
        using var sut = StoreFixture.InMemory();
        var bare = new ReportExtraction { Type = DocumentType.RelatedDocument };
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", sut.StartRun(), bare));

        var read = sut.Extraction(StoreFixture.Sha('a'), "x/1");

        Assert.Equal(JsonSerializer.Serialize(bare), JsonSerializer.Serialize(read));
    }

    // The mapping is written by hand: when a member is added to one of these records, this test
    // fails until ExtractionRecordWriter and ExtractionRecordReader map it, in a new version of the
    // record (and the list here is updated).
    [Theory]
    [InlineData(typeof(ReportExtraction), "Type Error TypeEvidence Title Framework QuestionSet MunicipalityAsPrinted Municipality Year TitleYear TextYear Month FirstVisitDay ReportDate Evaluators EvaluationRound InterviewCount Ocr Total NationalMeanTotal Areas Warnings PageCount Producer LeadText")]
    [InlineData(typeof(AreaExtraction), "Number Name SummaryScore NationalMean SectionScore TableTotal TableTotalMax Subheadings Strengths Improvements Questions Score")]
    [InlineData(typeof(QuestionRow), "Id Text Score Max Percent Page")]
    [InlineData(typeof(Provenance), "Page Box RawText Extractor")]
    [InlineData(typeof(Municipality), "Name Code Kind")]
    public void DomainRecord_Members_AreTheOnesTheStoreMaps(Type record, string mapped)
    {
        var members = record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract")
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(mapped.Split(' ').Order(StringComparer.Ordinal), members);
    }
}
