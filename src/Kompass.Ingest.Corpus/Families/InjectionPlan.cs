using Kompass.Ingest.Corpus.Truth.Injection;

namespace Kompass.Ingest.Corpus.Families;

/// <summary>
/// Which of a family's documents carry an inconsistency: about a third of them (rounded up), taking
/// the family's injection kinds in order (and again from the start when there are more slots than
/// kinds), in shuffled positions. A duplicate takes two documents (the report and its twin).
/// </summary>
public static class InjectionPlan
{
    /// <summary>One entry per unit to generate: null for a clean report, else the kind it carries.</summary>
    public static IReadOnlyList<InjectionKind?> Build(IReadOnlyList<InjectionKind> kinds, int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(random);
        var slots = (int)Math.Ceiling(count / 3.0);
        var units = new List<InjectionKind?>();
        var used = 0;
        for (var i = 0; kinds.Count > 0 && used < slots; i++)
        {
            var kind = kinds[i % kinds.Count];
            var cost = IsDuplicate(kind) ? 2 : 1;
            if (used + cost > count)
            {
                break;
            }

            units.Add(kind);
            used += cost;
        }

        units.AddRange(Enumerable.Repeat<InjectionKind?>(null, count - used));
        for (var i = units.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (units[i], units[j]) = (units[j], units[i]);
        }

        return units;
    }

    /// <summary>True for the kinds that make a second document.</summary>
    public static bool IsDuplicate(InjectionKind? kind) => kind is InjectionKind.DuplicateAgreeing or InjectionKind.DuplicateDiffering;

    /// <summary>Documents a plan makes: a duplicate unit counts twice.</summary>
    public static int DocumentCount(IReadOnlyList<InjectionKind?> plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Sum(u => IsDuplicate(u) ? 2 : 1);
    }
}
