using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Metadata;
using static Kompass.Ingest.Extraction.Tests.Metadata.ReportLayouts;

namespace Kompass.Ingest.Extraction.Tests.Metadata;

public sealed class EvaluationRoundExtractorTests
{
    private readonly EvaluationRoundExtractor _sut = new();

    [Theory]
    [InlineData("Utvärderingen genomfördes i februari 2017 och var kommunens första utvärdering enligt Kommunkompassens kriterier.", 1)]
    [InlineData("Det här är Vallentunas andra utvärdering enligt Kommunkompassen.", 2)]
    [InlineData("Detta var den tredje Kommunkompass-utvärderingen i kommunen.", 3)]
    [InlineData("Jämför med andra utvärderingar. Utvärderingen var stadens fjärde utvärdering.", 4)]
    [InlineData("Det är för andra gången som kommunen utvärderas enligt Kommunkompassen.", 2)]
    public void Extract_OrdinalBeforeEvaluation_SetsTheRound(string sentence, int round)
    {
        var result = MetadataDocument.Run(_sut, Report(Cover(["KommunKompassen"]), "2017-06-25", sentence).Build());

        Assert.Equal(round, result.EvaluationRound?.Value);
        Assert.Equal(2, result.EvaluationRound?.Source.Page);
    }

    [Theory]
    [InlineData("Syftet är att ge en första bild av utvärderingens resultat.")]
    [InlineData("Resultaten jämförs med andra utvärderingar och andra kommuner.")]
    [InlineData("Utvärderingen genomfördes under 2016.")]
    public void Extract_NoRoundStated_LeavesItNull(string sentence)
        => Assert.Null(MetadataDocument.Run(_sut, Report(Cover(["KommunKompassen"]), "2017-06-25", sentence).Build()).EvaluationRound);

    [Fact]
    public void Extract_RelatedDocument_HasNoRound()
        => Assert.Null(MetadataDocument.Run(_sut, Report(Cover(["Plan"]), "2017-06-25", "kommunens första utvärdering").Build(), DocumentType.RelatedDocument).EvaluationRound);
}
