namespace Kompass.Ingest.Corpus.Families.Unscored;

/// <summary>
/// Invented evaluators for memos (real covers name real SKL staff; the sample archive does not put
/// invented evaluations in real people's names). The organisation is printed beside the name.
/// </summary>
public static class Evaluators
{
    private static readonly string[] Names =
    [
        "Karin Ljungqvist", "Per-Olof Sandberg", "Maria Höglund", "Anders Wikström", "Eva Lindahl",
        "Johan Sjöberg", "Birgitta Ek", "Mats Öberg", "Helena Åström", "Lena Forsberg", "Göran Nyström",
        "Annika Bäckman",
    ];

    private static readonly string[] Organisations =
    [
        "SKL", "SKL", "SKL", "senior konsult (SKL)", "Ängelholms kommun", "Katrineholms kommun", "Borås Stad", "Hylte kommun",
    ];

    /// <summary>Two or three distinct evaluators with their organisations.</summary>
    public static IReadOnlyList<(string Name, string Organisation)> Pick(Random random)
    {
        var names = Names.ToArray();
        random.Shuffle(names);
        var count = random.Next(2, 4);
        return names.Take(count)
            .Select((name, i) => (name, i == 0 ? "SKL" : Organisations[random.Next(Organisations.Length)]))
            .ToList();
    }

    /// <summary>"A, SKL och B, Hylte kommun" or "A, SKL, B, SKL och C, Borås Stad".</summary>
    public static string Sentence(IReadOnlyList<(string Name, string Organisation)> evaluators)
    {
        var parts = evaluators.Select(e => $"{e.Name}, {e.Organisation}").ToList();
        return parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " och " + parts[^1];
    }
}
