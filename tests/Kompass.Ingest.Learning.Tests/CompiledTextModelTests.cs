using System.Text.Json;
using Kompass.Ingest.Extraction;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Layout;
using Kompass.Ingest.Learning.Data;
using Kompass.Ingest.Learning.Models;

namespace Kompass.Ingest.Learning.Tests;

/// <summary>
/// The compiled models (<see cref="CompiledTextModel"/>) give ML.NET's own probabilities: the
/// shipped models on every text of the sample corpus (the truth files' strings, the real report's
/// items, the lead texts read from the PDFs) and on awkward strings, each class within 1e-5 and the
/// same most probable class.
/// </summary>
public sealed class CompiledTextModelTests
{
    private const float Tolerance = 1e-5f;

    // Corpus folders beside their truth; corpus/heldout stays out of every test.
    private static readonly string[] CorpusFolders = ["", "unseen", "unseen-2"];

    private static readonly string[] AwkwardTexts =
    [
        "", " ", "   \n\t  ", "12345 678,90 %", "!!! ... ??? --- ”” «» ()", "å ä ö Å Ä Ö åäö ÅÄÖ", "ÅTGÄRDSPLAN FÖR ÖVERSYN",
        "och att i som på är för med det", "Och Att I Som", "xyzzy qwertyuiop zzzzzz", "medborgardialog", "Medborgardialog!",
        "e-förslag/medborgardialog;internkontroll", "dialog\nforum\tmedborgare\r\nkommun", "a|b|c medborgar|dialog",
        "* ** medborgar*dialog", "noll\0tecken", "emoji 😀 kommun 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "İstanbul KELVIN K ǅ ß ẞ", "a\u0308 o\u0308 combined",
        "non\u00a0breaking\u00a0space", "fullwidth ０１２ digits ² ³ ½ Ⅻ", "<␂> <␟> ␂ \u0002 \u001f \u0003", "\u2028 \u2029 \u0085 \u007f",
        "x", "ab", "abc", "abcd", "Kommunen", "KommunKompassen Analys 2016 Tabell 1 Poäng TOTALT 505",
    ];

    private static readonly Lazy<IReadOnlyList<string>> Texts = new(ReadTexts);

    [Fact]
    public void ShippedModels_AllCompile()
    {
        var models = ShippedModels.Models;

        Assert.All(Classifiers(models), c => Assert.True(c.Classifier.Compiled is not null, $"{c.Name}: {c.Classifier.CompileProblem}"));
    }

    [Fact]
    public void ShippedModels_CompiledScoresEqualMlNets_OnEveryCorpusTextAndAwkwardString()
    {
        var texts = Texts.Value;
        var models = ShippedModels.Models;
        var failures = new List<string>();
        var rows = 0;

        foreach (var text in texts)
        {
            rows += Compare(models.DocumentTypes!.Classifier, "document-type", text, DocumentTypeFeatures.Of(text, 12), failures);
            foreach (var isStrength in new[] { true, false })
            {
                rows += Compare(models.Placement!.Classifier, "placement", text, FindingFeatures.Of(isStrength), failures);
                rows += Compare(models.Themes!.Classifier, "themes", text, FindingFeatures.Of(isStrength), failures);
            }
        }

        Assert.True(texts.Count > 1500, $"only {texts.Count} texts");
        Assert.True(failures.Count == 0, $"{failures.Count} of {rows} rows differ:\n{string.Join("\n", failures.Take(20))}");
    }

    [Fact]
    public void ShippedModels_ScoresDependOnTheText()
    {
        // Guards the comparison above against agreeing on nothing: the texts must move the models away from their empty-text answer.
        var placement = ShippedModels.Models.Placement!.Classifier;
        var empty = placement.Compiled!.Score(string.Empty, FindingFeatures.Of(true));
        var moved = Texts.Value.Count(t => placement.Compiled.Score(t, FindingFeatures.Of(true)).Zip(empty, (a, b) => Math.Abs(a - b)).Max() > 0.05);

        Assert.True(moved > Texts.Value.Count / 2, $"{moved} of {Texts.Value.Count}");
    }

    [Fact]
    public void TrainedModel_CompilesAndEqualsMlNet()
    {
        var set = SmallSets.Build();
        var sut = PlacementModel.Train(set.Findings, seed: 1).Classifier;

        Assert.True(sut.Compiled is not null, sut.CompileProblem);
        Assert.All(set.Findings, f => AssertClose(sut.EngineScores(f.Text, FindingFeatures.Of(f.IsStrength)), sut.Compiled!.Score(f.Text, FindingFeatures.Of(f.IsStrength))));
    }

    [Fact]
    public void InvariantLowerCase_IsItsOwnLowerCase_ForEveryChar()
    {
        // TextFeaturizer checks stop words on the normalised token without lower-casing it again, as ML.NET does: that is the same only if this holds.
        var changed = Enumerable.Range(0, char.MaxValue + 1).Select(i => char.ToLowerInvariant((char)i)).Where(c => char.ToLowerInvariant(c) != c).ToList();

        Assert.Empty(changed);
    }

    private static int Compare(TextClassifier classifier, string model, string text, float[] numbers, List<string> failures)
    {
        var expected = classifier.EngineScores(text, numbers);
        var actual = classifier.Compiled!.Score(text, numbers);
        var worst = expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
        if (expected.Length != actual.Length || worst > Tolerance || ArgMax(expected) != ArgMax(actual))
        {
            failures.Add($"{model} [{string.Join(",", numbers)}] differs by {worst} (best {ArgMax(expected)} vs {ArgMax(actual)}): \"{Shorten(text)}\"");
        }

        return 1;
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        Assert.All(expected.Zip(actual), p => Assert.True(Math.Abs(p.First - p.Second) <= Tolerance, $"{p.First} vs {p.Second}"));
    }

    private static int ArgMax(float[] scores) => Array.IndexOf(scores, scores.Max());

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";

    private static IEnumerable<(string Name, TextClassifier Classifier)> Classifiers(ModelSet models)
        => [("document-type", models.DocumentTypes!.Classifier), ("placement", models.Placement!.Classifier), ("themes", models.Themes!.Classifier)];

    private static List<string> ReadTexts()
    {
        var corpus = Path.Combine(RepositoryRoot(), "corpus");
        var texts = new List<string>(AwkwardTexts);
        foreach (var folder in CorpusFolders)
        {
            var truth = Path.Combine(corpus, folder, "truth");
            texts.AddRange(Directory.GetFiles(truth, "*.json", SearchOption.AllDirectories).SelectMany(f => Strings(JsonDocument.Parse(File.ReadAllText(f)).RootElement)));
            texts.AddRange(Directory.GetFiles(Path.Combine(corpus, folder, "archive"), "*.pdf", SearchOption.AllDirectories).Select(LeadText).OfType<string>());
        }

        var realItems = Path.Combine(AppContext.BaseDirectory, "real-items", "vallentuna-2017.tsv");
        texts.AddRange((LabelledItemsParser.Parse(File.ReadAllText(realItems), out _) ?? []).Select(i => i.Text));
        var distinct = texts.Distinct(StringComparer.Ordinal).ToList();
        // One very long text: every distinct text joined, far past any lead text.
        distinct.Add(string.Join(" ", distinct.Take(400)));
        return distinct;
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    // The lead text ingest stores for the document-type model: the first pages' lines (scans, without a text layer, have none).
    private static string? LeadText(string pdf)
    {
        var layout = new PdfLayoutReader().Read(File.ReadAllBytes(pdf), CancellationToken.None).Layout;
        var lines = new LineBuilder();
        return layout is null ? null : LeadTextReader.Read(layout.Pages.Select(p => new PageLines(p, lines.Build(p))).ToList());
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kompass.Ingest.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Kompass.Ingest.sln not found above " + AppContext.BaseDirectory);
    }
}
