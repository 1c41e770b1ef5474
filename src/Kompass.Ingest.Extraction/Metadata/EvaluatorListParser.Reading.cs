namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>The reading of one piece of an evaluator list as names and organisations.</summary>
public sealed partial class EvaluatorListParser
{
    private enum UnitKind
    {
        NameWord,
        Initial,
        Particle,
        OrganisationWord,
        OrganisationPrefix,
        OrganisationSuffix,
        Organisation,
        Separator,
        Other,
    }

    // The best reading of units [0, i): most names, then fewest four-word names, fewest names
    // ending in a known place, fewest lone words read as organisations that are no known place,
    // fewest names across a line break, fewest chunks.
    private readonly record struct Best(bool Reachable, Score Score, int From, bool IsName)
    {
        public bool Beats(Best other) => !other.Reachable || Score.CompareTo(other.Score) > 0;
    }

    private readonly record struct Score(int Names, int LongNames, int PlaceNames, int LoneWords, int Wrapped, int Chunks) : IComparable<Score>
    {
        public int CompareTo(Score other)
            => (Names, -LongNames, -PlaceNames, -LoneWords, -Wrapped, -Chunks)
                .CompareTo((other.Names, -other.LongNames, -other.PlaceNames, -other.LoneWords, -other.Wrapped, -other.Chunks));

        public Score WithName(int words, bool placeLast, bool wrapped)
            => this with { Names = Names + 1, LongNames = LongNames + (words > 3 ? 1 : 0), PlaceNames = PlaceNames + (placeLast ? 1 : 0), Wrapped = Wrapped + (wrapped ? 1 : 0), Chunks = Chunks + 1 };

        public Score WithOrganisation(bool loneWord) => this with { LoneWords = LoneWords + (loneWord ? 1 : 0), Chunks = Chunks + 1 };
    }

    /// <summary>The names of a piece, or null when it cannot be read as names and organisations.</summary>
    private List<EvaluatorName>? ParseSegment(string text, List<Unit> units)
    {
        var best = new Best[units.Count + 1];
        best[0] = new Best(true, default, -1, false);
        for (var end = 1; end <= units.Count; end++)
        {
            for (var start = 0; start < end; start++)
            {
                if (!best[start].Reachable)
                {
                    continue;
                }

                var length = end - start;
                var previous = best[start];
                if (IsName(units, start, end))
                {
                    var wrapped = units.Skip(start).Take(length - 1).Any(u => u.BreakAfter);
                    var candidate = new Best(true, previous.Score.WithName(length, units[end - 1].IsPlace, wrapped), start, true);
                    if (candidate.Beats(best[end]))
                    {
                        best[end] = candidate;
                    }
                }

                if (IsOrganisation(units, start, end))
                {
                    var loneWord = length == 1 && units[start].Kind == UnitKind.NameWord && !units[start].IsPlace;
                    var candidate = new Best(true, previous.Score.WithOrganisation(loneWord), start, false);
                    if (candidate.Beats(best[end]))
                    {
                        best[end] = candidate;
                    }
                }
            }
        }

        if (!best[units.Count].Reachable)
        {
            return null;
        }

        var names = new List<EvaluatorName>();
        for (var end = units.Count; end > 0; end = best[end].From)
        {
            if (best[end].IsName)
            {
                var first = units[best[end].From];
                var last = units[end - 1];
                var printed = text[first.Start..last.End].TrimEnd(',', ';', ':', '.');
                names.Insert(0, new EvaluatorName(string.Join(' ', printed.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)), first.Start, printed.Length));
            }
        }

        return names;
    }

    private bool IsName(List<Unit> units, int start, int end)
    {
        var length = end - start;
        if (length < _options.MinNameWords || length > _options.MaxNameWords)
        {
            return false;
        }

        var words = units.Skip(start).Take(length).ToList();
        return words.All(u => u.Kind is UnitKind.NameWord or UnitKind.Initial or UnitKind.Particle)
               && words[0].Kind != UnitKind.Particle
               && words[^1].Kind == UnitKind.NameWord;
    }

    // An organisation: a phrase or parenthesis; marker words only ("SKL", "senior konsult"); a
    // prefix and what follows ("Landstinget i Kalmar län", "Lt Kalmar"); capitalised words closed
    // by a suffix ("Marks kommun", "Borås Stad", "Anders Bergenek AB"); or one capitalised word
    // (a place: "Halmstad").
    private static bool IsOrganisation(List<Unit> units, int start, int end)
    {
        var words = units.Skip(start).Take(end - start).ToList();
        if (words.Count == 1 && words[0].Kind is UnitKind.Organisation or UnitKind.OrganisationWord or UnitKind.NameWord)
        {
            return true;
        }

        if (words.All(u => u.Kind is UnitKind.OrganisationWord or UnitKind.Organisation))
        {
            return true;
        }

        if (words[0].Kind == UnitKind.OrganisationPrefix)
        {
            return words.Skip(1).All(u => u.Kind != UnitKind.Separator);
        }

        return words.Count >= 2 && words[^1].Kind == UnitKind.OrganisationSuffix
               && words.Take(words.Count - 1).All(u => u.Kind is UnitKind.NameWord or UnitKind.Particle or UnitKind.OrganisationWord or UnitKind.OrganisationSuffix);
    }

    private sealed record Unit(int Start, int End, UnitKind Kind, bool EndsPiece, bool BreakAfter, bool IsPlace);
}
