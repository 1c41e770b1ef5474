using Kompass.Ingest.Export;
using static Kompass.Ingest.Evaluation.Tests.Samples;

namespace Kompass.Ingest.Evaluation.Tests;

public sealed class TruthFolderLoaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kompass-truth-" + Guid.NewGuid().ToString("N"));

    public TruthFolderLoaderTests() => Directory.CreateDirectory(Path.Combine(_folder, "2017"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_TruthWithoutPath_TakesThePathOfItsLocation()
    {
        File.WriteAllText(Path.Combine(_folder, "2017", "kumla.pdf.json"), ContractJson.Serialize(Analysis() with { Path = string.Empty }));

        var sut = TruthFolderLoader.Load(_folder);

        Assert.Equal("2017/kumla.pdf", Assert.Single(sut.Truths).Path);
        Assert.Empty(sut.Problems);
    }

    [Fact]
    public void Load_BrokenAndFamilylessFiles_ReportsThemAndKeepsTheRest()
    {
        File.WriteAllText(Path.Combine(_folder, "2017", "good.pdf.json"), ContractJson.Serialize(Analysis()));
        File.WriteAllText(Path.Combine(_folder, "broken.pdf.json"), "{ not json");
        File.WriteAllText(Path.Combine(_folder, "nofamily.pdf.json"), ContractJson.Serialize(Analysis() with { Family = " " }));

        var sut = TruthFolderLoader.Load(_folder);

        Assert.Single(sut.Truths);
        Assert.Equal(2, sut.Problems.Count);
        Assert.StartsWith("broken.pdf.json: not a truth file", sut.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("nofamily.pdf.json: not a truth file", sut.Problems[1], StringComparison.Ordinal);
    }
}
