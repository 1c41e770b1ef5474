using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Kompass.Ingest.Extraction.Validation;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class ValidationOptionsJsonTests
{
    [Fact]
    public void Parse_ShippedFile_EqualsTheContractDefaults()
    {
        var sut = ValidationOptionsJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pipelines", "validation.json")));
        var defaults = ValidationOptions.Default;

        Assert.Equal(
            (defaults.RowScoreRounding, defaults.PercentRoundingPerMax, defaults.AreaScoreRounding, defaults.TotalInfoAtMost, defaults.AreaMax, defaults.MaxAreaScore, defaults.AreaCount),
            (sut.RowScoreRounding, sut.PercentRoundingPerMax, sut.AreaScoreRounding, sut.TotalInfoAtMost, sut.AreaMax, sut.MaxAreaScore, sut.AreaCount));
        Assert.Equal((0.5m, 0.005m, 0.5m, 4m), (sut.RowScoreRounding, sut.PercentRoundingPerMax, sut.AreaScoreRounding, sut.TotalInfoAtMost));
        Assert.Equal(
            (defaults.MisplacedMinWordWeight, defaults.MisplacedMinHeadingWords, defaults.MisplacedMinMargin),
            (sut.MisplacedMinWordWeight, sut.MisplacedMinHeadingWords, sut.MisplacedMinMargin));
    }

    [Fact]
    public void Parse_MemberLeftOut_KeepsItsDefault()
    {
        var sut = ValidationOptionsJson.Parse("{ \"totalInfoAtMost\": 6 }");

        Assert.Equal((6m, 0.5m), (sut.TotalInfoAtMost, sut.RowScoreRounding));
    }

    [Fact]
    public void Parse_UnknownMember_Throws()
    {
        Assert.Throws<JsonException>(() => ValidationOptionsJson.Parse("{ \"rowScoreRoundng\": 0.5 }"));
    }

    [Fact]
    public void Parse_ValueOutOfRange_Throws()
    {
        Assert.Throws<ValidationException>(() => ValidationOptionsJson.Parse("{ \"percentRoundingPerMax\": 2 }"));
    }
}
