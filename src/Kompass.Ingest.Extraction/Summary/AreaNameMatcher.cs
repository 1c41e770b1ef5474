using System.Collections.Concurrent;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// Recognises a printed area name ("Tillgänglighet, bemötande och brukarorientering", "Kommun som
/// samhällsbyggare", "KOMMUNEN SOM ARBETSGIVARE – PERSONALPOLITIK") as an area of a framework
/// revision, using every name and variant the catalogs list, forgiving case, punctuation, dashes
/// and small spelling differences. The revisions share names under different numbers
/// ("Kommunen som samhällsbyggare" is area 8 in 2010 and a variant of area 2 in 2020), so a match
/// is asked for within one revision, or within every revision when the revision is not known.
/// Pure and thread-safe.
/// </summary>
public sealed class AreaNameMatcher
{
    // Printed names recur: every report of a revision prints the same area names, and the section
    // reader asks about a heading again for each reading mode and revision. A match depends on the
    // normalised name and the revision alone, so each answer is kept, the first MaxRemembered of
    // them, so that an archive's worth of distinct printed lines cannot grow the table without end.
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<(string Normalised, FrameworkRevision? Revision), AreaNameMatch?> _remembered = new();
    private int _rememberedCount;

    // The answers of MatchNameOrStartNormalised, kept alike: a summary table's labels are asked
    // again on every candidate page, and most of them name no area, so both questions were asked.
    private readonly ConcurrentDictionary<(string Normalised, FrameworkRevision? Revision), AreaNameMatch?> _rememberedNameOrStart = new();
    private int _rememberedNameOrStartCount;

    private readonly List<(FrameworkRevision Revision, int Number, string Name, string Normalised, string[] Words)> _names;

    // Each revision's names, in catalog order: a match within one revision looks at its names only.
    private readonly Dictionary<FrameworkRevision, List<(FrameworkRevision Revision, int Number, string Name, string Normalised, string[] Words)>> _namesByRevision;
    private readonly double _minSimilarity;

    /// <summary>
    /// Creates the matcher over <paramref name="catalogs"/>. A printed name matches when its
    /// similarity to a catalog name is at least <paramref name="minSimilarity"/> (0–1, default 0.8).
    /// </summary>
    public AreaNameMatcher(IEnumerable<FrameworkCatalog> catalogs, double minSimilarity = 0.8)
    {
        Guard.NotNull(catalogs);
        _minSimilarity = minSimilarity;
        _names = catalogs
            .SelectMany(c => c.Areas.SelectMany(a => a.AllNames.Select(n => (c.Revision, a.Number, Name: n, Normalised: AreaNameText.Normalise(n)))))
            .Select(n => (n.Revision, n.Number, n.Name, n.Normalised, AreaNameText.Words(n.Normalised)))
            .ToList();
        Revisions = _names.Select(n => n.Revision).Distinct().ToList();
        _namesByRevision = Revisions.ToDictionary(r => r, r => _names.Where(n => n.Revision == r).ToList());
    }

    /// <summary>The revisions the catalogs describe.</summary>
    public IReadOnlyList<FrameworkRevision> Revisions { get; }

    /// <summary>The best match within <paramref name="revision"/> (every revision when null); null when none is similar enough or two areas tie.</summary>
    public AreaNameMatch? Match(string printed, FrameworkRevision? revision = null)
    {
        Guard.NotNull(printed);
        return MatchNormalised(AreaNameText.Normalise(printed), revision);
    }

    /// <summary>
    /// <see cref="Match"/> for a name normalised already (<see cref="AreaNameText.Normalise"/>): a
    /// table's labels are each matched within every revision, and normalised once for all.
    /// </summary>
    internal AreaNameMatch? MatchNormalised(string normalised, FrameworkRevision? revision)
    {
        if (normalised.Length == 0)
        {
            return null;
        }

        if (_remembered.TryGetValue((normalised, revision), out var remembered))
        {
            return remembered;
        }

        var match = Compare(normalised, revision);
        if (Volatile.Read(ref _rememberedCount) < MaxRemembered && _remembered.TryAdd((normalised, revision), match))
        {
            Interlocked.Increment(ref _rememberedCount);
        }

        return match;
    }

    // The best match by similarity to every name of the revision (of every revision when null).
    private AreaNameMatch? Compare(string normalised, FrameworkRevision? revision)
    {
        var words = AreaNameText.Words(normalised);
        var scored = NamesOf(revision)
            .Select(n => (Name: n, Similarity: AreaNameText.Similarity(normalised, words, n.Normalised, n.Words, _minSimilarity)))
            .Where(s => s.Similarity >= _minSimilarity)
            .OrderByDescending(s => s.Similarity)
            .ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var best = scored[0];

        // Two different areas equally similar within one revision is no answer.
        if (revision is not null && scored.Skip(1).Any(s => s.Similarity >= best.Similarity && s.Name.Number != best.Name.Number))
        {
            return null;
        }

        return new AreaNameMatch(best.Name.Revision, best.Name.Number, best.Name.Name, best.Similarity);
    }

    /// <summary>
    /// <see cref="MatchNormalised"/>, or when that finds none, <see cref="MatchStartNormalised"/>
    /// with its least number of words, answered from what an earlier call found where one did: the
    /// summary tables ask it for every label and revision, and the same labels recur.
    /// </summary>
    internal AreaNameMatch? MatchNameOrStartNormalised(string normalised, FrameworkRevision? revision)
    {
        if (_rememberedNameOrStart.TryGetValue((normalised, revision), out var remembered))
        {
            return remembered;
        }

        var match = MatchNormalised(normalised, revision) ?? MatchStartNormalised(normalised, revision);
        if (Volatile.Read(ref _rememberedNameOrStartCount) < MaxRemembered && _rememberedNameOrStart.TryAdd((normalised, revision), match))
        {
            Interlocked.Increment(ref _rememberedNameOrStartCount);
        }

        return match;
    }

    /// <summary>
    /// The area whose name starts with the printed words (a label wrapped onto a second line:
    /// "Tillgänglighet, bemötande och"), when exactly one area of <paramref name="revision"/> (of any
    /// revision when null) starts so and the printed part has at least <paramref name="minWords"/> words.
    /// </summary>
    public AreaNameMatch? MatchStart(string printed, FrameworkRevision? revision = null, int minWords = 2)
    {
        Guard.NotNull(printed);
        return MatchStartNormalised(AreaNameText.Normalise(printed), revision, minWords);
    }

    /// <summary><see cref="MatchStart"/> for a name normalised already (<see cref="AreaNameText.Normalise"/>).</summary>
    /// <remarks>
    /// Every label of every candidate table that names no area is asked, so the words are counted
    /// and the names walked in place: the first name the label starts, and none of another area.
    /// </remarks>
    internal AreaNameMatch? MatchStartNormalised(string normalised, FrameworkRevision? revision, int minWords = 2)
    {
        if (WordCount(normalised) < minWords)
        {
            return null;
        }

        (FrameworkRevision Revision, int Number, string Name, string Normalised, string[] Words)? first = null;
        foreach (var name in NamesOf(revision))
        {
            if (!AreaNameText.IsWordPrefix(normalised, name.Normalised))
            {
                continue;
            }

            if (first is not { } known)
            {
                first = name;
            }
            else if (known.Revision != name.Revision || known.Number != name.Number)
            {
                return null;
            }
        }

        return first is { } start
            ? new AreaNameMatch(start.Revision, start.Number, start.Name, (double)normalised.Length / start.Normalised.Length)
            : null;
    }

    // The words between spaces, empty ones aside, as splitting at spaces without empty entries counts them.
    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    private List<(FrameworkRevision Revision, int Number, string Name, string Normalised, string[] Words)> NamesOf(FrameworkRevision? revision)
        => revision is not { } known ? _names : _namesByRevision.TryGetValue(known, out var names) ? names : [];
}
