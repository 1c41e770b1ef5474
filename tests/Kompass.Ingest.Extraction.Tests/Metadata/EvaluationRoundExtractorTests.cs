using System.Text.RegularExpressions;
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

    // The extractor once matched the owner inside its one pattern, as an optional group at the
    // start: the reference its owner search must agree with, span for span.
    private static readonly Regex OwnerInPattern = new(
        @"(?<!\p{L})(?:(?<owner>\p{L}+s)\s+)?(?<!\p{L})(?<ordinal>första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)\s+(?:[\p{L}\-]*?(?:utvärderingen|utvärdering)(?!\p{L})|gången\s+(?:\p{L}+\s+){0,3}?utvärderas(?!\p{L}))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("Det var kommunens första utvärdering.")]
    [InlineData("KOMMUNENS ANDRA UTVÄRDERING gjordes 2012.")]
    [InlineData("Efter första utvärderingens andra utvärdering kom en tredje utvärdering.")]
    [InlineData("En andra utvärdering, sedan kommunens tredje utvärdering.")]
    [InlineData("Jämför med andra utvärderingar. Stadens fjärde utvärdering.")]
    [InlineData("Den tredje Kommunkompass-utvärderingen gjordes.")]
    [InlineData("För andra gången som kommunen utvärderas.")]
    [InlineData("Kommun-Kompassens femte utvärdering.")]
    [InlineData("Det var s andra utvärdering.")]
    [InlineData("Landstingets sjätte gången de nu utvärderas, regionens andra utvärdering.")]
    [InlineData("Den andra gången kommunen utvärderas tredje utvärdering.")]
    [InlineData("försvarsandra utvärdering och andras andra utvärdering")]
    public void Extract_OwnerBeforeTheOrdinal_SpansAsTheOwnerInThePatternDid(string sentence)
    {
        var matches = OwnerInPattern.Matches(sentence);
        var expected = matches.FirstOrDefault(m => m.Groups["owner"].Success) ?? matches.FirstOrDefault();

        var result = MetadataDocument.Run(_sut, Report(Cover(["KommunKompassen"]), "2017-06-25", sentence).Build());

        Assert.NotNull(expected);
        Assert.Equal(expected.Value, result.EvaluationRound?.Source.RawText);
    }
}
