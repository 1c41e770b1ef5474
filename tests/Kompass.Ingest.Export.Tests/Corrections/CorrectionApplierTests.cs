using Kompass.Ingest.Domain.Review;
using Kompass.Ingest.Export.Contract;
using Kompass.Ingest.Export.Corrections;

namespace Kompass.Ingest.Export.Tests.Corrections;

public sealed class CorrectionApplierTests
{
    private static readonly ExportDocument Document = new()
    {
        Sha256 = "ab",
        Path = "2017/vallentuna.pdf",
        DocumentType = "kommunkompassen-analysis",
        Year = 2016,
        Municipality = new ExportMunicipality("Vallentuna", "0115", "kommun"),
        Evaluators = ["Leif Eldås"],
        Areas =
        [
            new ExportArea
            {
                Number = 1,
                Score = 71,
                Strengths = ["Tydlig styrmodell", "Öppna nämndmöten"],
                Questions = [new ExportQuestion { Id = "1.1", Text = "Finns en strategi?", Score = 10, Max = 15, Percent = 67 }],
            },
        ],
    };

    [Theory]
    [InlineData("year", "2017")]
    [InlineData("municipality.code", "0117")]
    [InlineData("areas[1].score", "72,5")]
    [InlineData("areas[1].questions[1.1].max", "20")]
    [InlineData("areas[1].strengths[2]", "Öppna nämndsammanträden")]
    [InlineData("evaluators[2]", "Josephine Härdin")]
    public void Apply_FieldThatExists_SetsIt(string field, string value)
    {
        var result = CorrectionApplier.Apply(Document, [Correction(1, field, value)]);

        Assert.Empty(result.Stale);
        Assert.NotEqual(Document, result.Document);
        var text = System.Text.Json.JsonSerializer.Serialize(result.Document, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains(value.Replace(",5", ".5", StringComparison.Ordinal), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_TwoCorrectionsOfOneField_TheLatestWins()
    {
        var result = CorrectionApplier.Apply(Document, [Correction(2, "areas[1].score", "74"), Correction(1, "areas[1].score", "73")]);

        Assert.Equal(74m, result.Document.Areas[0].Score);
    }

    [Fact]
    public void Apply_EmptyValueOnAListItem_RemovesTheItem()
    {
        var result = CorrectionApplier.Apply(Document, [Correction(1, "areas[1].strengths[1]", null)]);

        Assert.Equal(["Öppna nämndmöten"], result.Document.Areas[0].Strengths);
    }

    [Theory]
    [InlineData("areas[4].score", "72", "no area 4")]
    [InlineData("areas[1].questions[1.9].score", "5", "no question 1.9")]
    [InlineData("areas[1].strengths[7]", "x", "has 2 items, not 7")]
    [InlineData("areas[1].colour", "red", "no field 'colour'")]
    [InlineData("year", "tjugo", "not a whole number")]
    [InlineData("areas[1].strengths", "x", "name the item")]
    [InlineData("not a path", "x", "not a field path")]
    public void Apply_FieldThatIsGoneOrValueThatDoesNotFit_IsReportedNotApplied(string field, string value, string reason)
    {
        var result = CorrectionApplier.Apply(Document, [Correction(1, field, value)]);

        var stale = Assert.Single(result.Stale);
        Assert.Contains(reason, stale.Reason, StringComparison.Ordinal);
        Assert.Equal(Document, result.Document);
    }

    [Theory]
    [InlineData("areas[3].questions[3.2].max")]
    [InlineData("areas[3].strengths[2]")]
    [InlineData("municipality.code")]
    [InlineData("total")]
    public void FieldPath_RoundTrips(string text)
        => Assert.Equal(text, FieldPath.TryParse(text)!.ToString());

    private static Correction Correction(int id, string field, string? value) => new()
    {
        Id = id,
        Sha256 = "ab",
        Field = field,
        NewValue = value,
        Reviewer = "Eva",
        At = DateTimeOffset.UnixEpoch,
        Reason = "test",
    };
}
