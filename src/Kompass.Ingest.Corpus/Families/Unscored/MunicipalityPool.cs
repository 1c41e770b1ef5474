using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Families.Unscored;

/// <summary>
/// Hands out distinct municipalities to the unscored families. Each family draws from its own
/// quarter of the official list (by position in code order), so a memo and a related document
/// never share a municipality and no two documents of one type collide on municipality and year
/// (which the contract would flag as <c>duplicate-report</c>).
/// </summary>
public sealed class MunicipalityPool
{
    // Names whose official form the genitive rule gets wrong ("Falu kommun", "Region Gotland").
    private static readonly HashSet<string> Irregular = new(StringComparer.Ordinal) { "Falun", "Gotland" };

    private readonly Queue<NamedMunicipality> _queue;

    /// <summary>Shuffles the quarter <paramref name="share"/> (0–3) of the list with <paramref name="random"/>.</summary>
    public MunicipalityPool(IReadOnlyList<OfficialMunicipality> municipalities, PoolShare share, Random random)
    {
        Guard.NotNull(municipalities);
        Guard.NotNull(random);
        var mine = municipalities
            .OrderBy(m => m.Code, StringComparer.Ordinal)
            .Where((_, index) => index % 4 == (int)share)
            .Where(m => !Irregular.Contains(m.Name))
            .Select(m => new NamedMunicipality(m))
            .ToArray();
        random.Shuffle(mine);
        _queue = new Queue<NamedMunicipality>(mine);
    }

    /// <summary>The next municipality; the pool never hands one out twice.</summary>
    public NamedMunicipality Next()
    {
        Guard.That(_queue.Count > 0, "the municipality pool ran out: ask for fewer documents than a quarter of the list");
        return _queue.Dequeue();
    }
}
