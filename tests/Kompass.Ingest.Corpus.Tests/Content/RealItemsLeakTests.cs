using System.Text.RegularExpressions;
using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Content.Lexicon;

namespace Kompass.Ingest.Corpus.Tests.Content;

/// <summary>
/// The items of the real report in corpus/real-items are the learned models' test on real text
/// (its README): the generator must not say them. A run of five words shared with an item is a
/// copy, not a common phrase ("på alla nivåer i organisationen" was one).
/// </summary>
public sealed partial class RealItemsLeakTests
{
    private const int CopiedRun = 5;

    [Fact]
    public void ComposedFindings_ManyDraws_ShareNoRunOfFiveWordsWithTheRealItems()
    {
        var real = RealItemRuns();
        var random = new Random(17);

        var sut = Enum.GetValues<Topic>()
            .SelectMany(t => Enumerable.Range(0, 500).Select(i => i % 2 == 0 ? FindingComposer.Strength(Lexicons.For(t), random) : FindingComposer.Improvement(Lexicons.For(t), random)))
            .SelectMany(Runs)
            .Where(real.Contains)
            .Distinct()
            .ToList();

        Assert.Empty(sut);
    }

    private static HashSet<string> RealItemRuns()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "real-items", "vallentuna-2017.tsv");
        return File.ReadLines(path).Where(l => !l.StartsWith('#') && l.Length > 0).SelectMany(l => Runs(l.Split('\t')[^1])).ToHashSet();
    }

    private static IEnumerable<string> Runs(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        return Enumerable.Range(0, Math.Max(0, words.Count - CopiedRun + 1)).Select(i => string.Join(' ', words.Skip(i).Take(CopiedRun)));
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
