using Kompass.Ingest.Extraction.Summary;

namespace Kompass.Ingest.Extraction.Tests.Summary;

public sealed class AreaNameTextTests
{
    [Theory]
    [InlineData("politisk styrning och ledning", "politisk styrnig och ledning")]
    [InlineData("kommunen som arbetsgivare", "regionen som arbetsgivare")]
    [InlineData("medborgarperspektiv", "brukarperspektiv")]
    [InlineData("kunskap och lärande", "kunskap")]
    [InlineData("ab", "ba")]
    public void Similarity_SlightlyDifferentNames_IsTheBestOfWordsAndFullEditDistance(string a, string b)
    {
        var sut = AreaNameText.Similarity(a, b);

        Assert.Equal(Reference(a, b), sut, 12);
    }

    [Fact]
    public void Similarity_ManyRandomPairsAndThresholds_MatchesTheFullEditDistance()
    {
        // The edit distance is computed only near the diagonal: every pair must still score as
        // with the full table, at every threshold.
        var random = new Random(7);
        for (var n = 0; n < 3000; n++)
        {
            var a = RandomName(random);
            var b = random.Next(3) == 0 ? Mutate(a, random) : RandomName(random);
            var atLeast = random.NextDouble();

            var sut = AreaNameText.Similarity(a, b, atLeast);

            var expected = Expected(a, b, atLeast);
            Assert.True(Math.Abs(expected - sut) < 1e-12, $"'{a}' / '{b}' at {atLeast}: {sut} instead of {expected}");
        }
    }

    // The threshold's meaning: the characters count only where they score at least both it and the words.
    private static double Expected(string a, string b, double atLeast)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a == b)
        {
            return 1;
        }

        var dice = Dice(a, b);
        var characters = 1.0 - ((double)Levenshtein(a, b) / Math.Max(a.Length, b.Length));
        return characters >= Math.Max(dice, atLeast) ? Math.Max(dice, characters) : dice;
    }

    // What Similarity is: the words' Dice coefficient, or the share of characters the full
    // Levenshtein distance leaves alike, whichever is higher.
    private static double Reference(string a, string b)
        => a == b ? 1 : Math.Max(Dice(a, b), 1.0 - ((double)Levenshtein(a, b) / Math.Max(a.Length, b.Length)));

    private static double Dice(string a, string b)
    {
        var wordsB = b.Split(' ').ToList();
        var wordsA = a.Split(' ');
        var total = wordsA.Length + wordsB.Count;
        var shared = wordsA.Count(wordsB.Remove);
        return 2.0 * shared / total;
    }

    private static int Levenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }

    private static string RandomName(Random random)
    {
        var words = Enumerable.Range(0, random.Next(1, 4)).Select(_ => new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => "abcdeö"[random.Next(6)]).ToArray()));
        return string.Join(' ', words);
    }

    private static string Mutate(string text, Random random)
    {
        var chars = text.ToList();
        for (var k = random.Next(1, 4); k > 0 && chars.Count > 1; k--)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, 'x');
                    break;
                default:
                    chars[at] = 'y';
                    break;
            }
        }

        return new string([.. chars]).Trim().Replace("  ", " ", StringComparison.Ordinal);
    }
}
