using System.Security.Cryptography;
using Kompass.Ingest.Corpus.Families;
using Kompass.Ingest.Corpus.Generation;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export;

namespace Kompass.Ingest.Corpus.Tests.Generation;

public sealed class CorpusGeneratorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kompass-corpus-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Generate_RealRenderersTwiceWithOneSeed_WritesIdenticalBytes()
    {
        var sut = new CorpusGenerator(CorpusFamilies.Default());

        sut.Generate(TestContext.With(0), Path.Combine(_root, "a"), 10, 2026);
        sut.Generate(TestContext.With(0), Path.Combine(_root, "b"), 10, 2026);

        Assert.Equal(Snapshot(Path.Combine(_root, "a")), Snapshot(Path.Combine(_root, "b")));
    }

    [Fact]
    public void Generate_Archive_WritesATruthPerDocumentWithItsHashAndPath()
    {
        var sut = new CorpusGenerator(StubMix());

        var result = sut.Generate(TestContext.With(0), _root, 20, 7);

        var truths = Directory.GetFiles(Path.Combine(_root, "truth"), "*.json", SearchOption.AllDirectories);
        Assert.Equal(result.Truths, truths.Length);
        foreach (var file in truths)
        {
            var truth = ContractJson.ReadTruth(File.ReadAllText(file));
            var bytes = File.ReadAllBytes(Path.Combine(_root, "archive", truth.Path));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), truth.Sha256);
        }
    }

    [Fact]
    public void Generate_ExistingFiles_AreLeftInPlace()
    {
        var keep = Path.Combine(_root, "archive", "egen mapp", "behåll.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(keep)!);
        File.WriteAllText(keep, "x");

        new CorpusGenerator(StubMix()).Generate(TestContext.With(0), _root, 5, 1);

        Assert.True(File.Exists(keep));
    }

    [Fact]
    public void Generate_DefaultMixOfEightyWithTheOtherFamilies_CoversEveryFlagCodeADocumentCanEvidence()
    {
        // The scored families as composed, plus 24 files standing in for the memo, related and bad files.
        var mix = StubMix().Append(new CorpusFamilyShare(new FillerFamily(), 24)).ToList();

        new CorpusGenerator(mix).Generate(TestContext.With(0), _root, 80, 2026);

        var truths = Directory.GetFiles(Path.Combine(_root, "truth"), "*.json", SearchOption.AllDirectories).Select(f => ContractJson.ReadTruth(File.ReadAllText(f))).ToList();
        var codes = truths.SelectMany(t => t.ExpectedFlags).Select(f => f.Code).ToHashSet();
        Assert.Equal(FlagCodes.All.Where(c => c != FlagCodes.LowTextQuality).Order(), codes.Order());
        var duplicates = truths.Where(t => t.ExpectedFlags.Any(f => f.Code == FlagCodes.DuplicateReport)).ToList();
        Assert.Equal(4, duplicates.Count);
        Assert.InRange(truths.Count(t => t.ExpectedFlags.Count > 0) / (double)truths.Count, 0.3, 0.5);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static IReadOnlyList<CorpusFamilyShare> StubMix() =>
    [
        .. CorpusFamilies.Scored().Select(s => s with
        {
            Family = new ScoredReportFamily(((ScoredReportFamily)s.Family).Profile, ((ScoredReportFamily)s.Family).Injections, new StubRenderer()),
        }),
    ];

    private static List<(string, string)> Snapshot(string root)
        => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(root, f), Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))))
            .ToList();

    private sealed class FillerFamily : ICorpusFamily
    {
        public string Name => "filler";

        public IEnumerable<CorpusItem> Generate(CorpusContext context, int count)
            => Enumerable.Range(0, count).Select(i => new CorpusItem($"Övrigt/fil {i}.txt", [(byte)i], null));
    }
}
