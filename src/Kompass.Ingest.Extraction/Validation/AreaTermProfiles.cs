using System.Runtime.CompilerServices;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// What each area of one document is about, as <see cref="TermText"/>s: its headings (the name
/// printed in the document, the name and variants of the report revision's framework catalog, and
/// the "Rubriker" printed in the document), its questions (the texts printed in its question table
/// and the catalog's, leaving out question sets the catalog marks invented) and its findings
/// (strengths and improvements, in printed order). Compounds are split against the words the
/// document and catalog use on their own. Immutable once built.
/// </summary>
internal sealed class AreaTermProfiles
{
    private const int MinPartLength = 4;
    private const int MinRestLength = 3;

    // A catalog's texts are the same for every document of its revision: they are stemmed once
    // per catalog instance, not once per document (they were most of the texts a profile stemmed).
    private static readonly ConditionalWeakTable<FrameworkCatalog, Dictionary<string, List<string>>> CatalogStems = new();

    private readonly HashSet<string> _vocabulary;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _vocabularyByChars;

    // The first MinPartLength letters of each vocabulary word at least that long. A stem is a
    // beginning of its word, so a part whose first letters no such word shares cannot stem to a
    // known word: the stemming (most of the time spent splitting compounds) is skipped for it.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _vocabularyHeads;
    private readonly IReadOnlyDictionary<string, List<string>> _catalogStems;

    // A document repeats its texts (a catalog name printed as a heading) and its words, and
    // splitting a compound stems every beginning and ending of it: each text is stemmed and each
    // stem split once per document.
    private readonly Dictionary<string, List<string>> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _terms = new(StringComparer.Ordinal);

    private AreaTermProfiles(Dictionary<int, AreaTexts> texts, IReadOnlyDictionary<string, List<string>> catalogStems)
    {
        _catalogStems = catalogStems;
        _vocabulary = texts.Values.SelectMany(t => t.Headings.Concat(t.Questions).Concat(t.Findings.Select(f => f.Value)))
            .SelectMany(StemsOf)
            .ToHashSet(StringComparer.Ordinal);
        _vocabularyByChars = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        _vocabularyHeads = _vocabulary.Where(w => w.Length >= MinPartLength).Select(w => w[..MinPartLength])
            .ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Headings = texts.ToDictionary(t => t.Key, t => Read(t.Value.Headings));
        Questions = texts.ToDictionary(t => t.Key, t => Read(t.Value.Questions));
        Findings = texts.ToDictionary(t => t.Key, t => (IReadOnlyList<Finding>)[.. t.Value.Findings.Select(i => new Finding(t.Key, i, Read(i.Value)))]);
        Areas = [.. texts.Keys.Order()];
        Holdings = Areas.ToDictionary(a => a, a => new AreaTermHolding(Headings[a], Questions[a], Findings[a]));
    }

    /// <summary>The area numbers with a profile (the document's and the catalog's), ascending.</summary>
    public IReadOnlyList<int> Areas { get; }

    /// <summary>Each area's headings: printed name, catalog name and variants, printed "Rubriker".</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<TermText>> Headings { get; }

    /// <summary>Each area's question texts, printed and from the catalog.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<TermText>> Questions { get; }

    /// <summary>Each area's findings in printed order, strengths first.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<Finding>> Findings { get; }

    /// <summary>The terms each area's texts hold, counted once for all its findings.</summary>
    public IReadOnlyDictionary<int, AreaTermHolding> Holdings { get; }

    /// <summary>Builds the profiles of <paramref name="extraction"/>'s areas; <paramref name="catalog"/> is the report revision's, or null.</summary>
    public static AreaTermProfiles Build(ReportExtraction extraction, FrameworkCatalog? catalog)
    {
        var texts = new Dictionary<int, AreaTexts>();
        AreaTexts Of(int area) => texts.TryGetValue(area, out var t) ? t : texts[area] = new AreaTexts();

        foreach (var area in extraction.Areas)
        {
            var of = Of(area.Number);
            of.Questions.AddRange(area.Questions.Select(q => q.Text.Value));
            of.Findings.AddRange([.. area.Strengths, .. area.Improvements]);
        }

        foreach (var (area, text) in HeadingTexts(extraction, catalog))
        {
            Of(area).Headings.Add(text);
        }

        if (catalog is not null)
        {
            var questions = catalog.QuestionSets.Where(s => !s.Invented).SelectMany(s => s.Questions).ToList();
            foreach (var area in catalog.Areas)
            {
                Of(area.Number).Questions.AddRange(questions.Where(q => q.Area == area.Number).Select(q => q.Text));
            }
        }

        return new AreaTermProfiles(texts, catalog is null ? new Dictionary<string, List<string>>() : CatalogStems.GetValue(catalog, StemsOfTexts));
    }

    /// <summary>
    /// Each area's headings as texts: the name printed in the document and its "Rubriker", then the
    /// name and variants of <paramref name="catalog"/> (when given). <see cref="HeadingMentions"/>
    /// reads the same, so that it skips only documents these profiles could not flag.
    /// </summary>
    public static IEnumerable<(int Area, string Text)> HeadingTexts(ReportExtraction extraction, FrameworkCatalog? catalog)
    {
        foreach (var area in extraction.Areas)
        {
            if (area.Name?.Value is { } name)
            {
                yield return (area.Number, name);
            }

            foreach (var subheading in area.Subheadings)
            {
                yield return (area.Number, subheading.Value);
            }
        }

        foreach (var area in catalog?.Areas ?? [])
        {
            foreach (var name in area.AllNames)
            {
                yield return (area.Number, name);
            }
        }
    }

    /// <summary>
    /// The stems of a heading text (<see cref="HeadingTexts"/>): those stemmed once for all
    /// documents of <paramref name="catalog"/> when it is one of its texts, else stemmed now. Read only.
    /// </summary>
    public static List<string> HeadingStems(string text, FrameworkCatalog? catalog)
        => catalog is not null && CatalogStems.GetValue(catalog, StemsOfTexts).TryGetValue(text, out var shared) ? shared : SwedishTermNormaliser.Stems(text);

    // The stems of every heading and question text of the catalog, shared read-only by the
    // profiles of all its documents.
    private static Dictionary<string, List<string>> StemsOfTexts(FrameworkCatalog catalog)
    {
        var stems = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var texts = catalog.Areas.SelectMany(a => a.AllNames).Concat(catalog.QuestionSets.SelectMany(s => s.Questions).Select(q => q.Text));
        foreach (var text in texts)
        {
            stems.TryAdd(text, SwedishTermNormaliser.Stems(text));
        }

        return stems;
    }

    private IReadOnlyList<TermText> Read(IEnumerable<string> texts)
        => [.. texts.Distinct(StringComparer.Ordinal).Select(Read).Where(t => t.Words.Count > 0)];

    private TermText Read(string text)
    {
        var words = StemsOf(text);
        return new TermText(words, [.. words.Select(TermsOf)]);
    }

    private List<string> StemsOf(string text)
    {
        if (_catalogStems.TryGetValue(text, out var shared))
        {
            return shared;
        }

        if (!_stems.TryGetValue(text, out var stems))
        {
            stems = SwedishTermNormaliser.Stems(text);
            _stems[text] = stems;
        }

        return stems;
    }

    private HashSet<string> TermsOf(string stem)
    {
        if (!_terms.TryGetValue(stem, out var terms))
        {
            terms = CompoundTerms(stem);
            _terms[stem] = terms;
        }

        return terms;
    }

    private HashSet<string> CompoundTerms(string stem)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal) { stem };
        if (LongestKnown(stem, fromStart: true) is { } modifier)
        {
            terms.Add(modifier);
        }

        if (LongestKnown(stem, fromStart: false) is { } head)
        {
            terms.Add(head);
        }

        return terms;
    }

    // The longest beginning (a linking -s- allowed) or ending of a compound that is a word used on
    // its own, leaving at least a short word's length over. The parts are looked at as chars of the
    // stem: only the one found is a string (the vocabulary's own).
    private string? LongestKnown(string stem, bool fromStart)
    {
        if (fromStart && !HasKnownBeginning(stem))
        {
            return null;
        }

        for (var length = stem.Length - MinRestLength; length >= MinPartLength; length--)
        {
            var part = fromStart ? stem.AsSpan(0, length) : stem.AsSpan(stem.Length - length);
            var known = Known(part) ?? (fromStart && part[^1] == 's' && length - 1 >= MinPartLength ? Known(part[..^1]) : null);
            if (known is not null)
            {
                return known;
            }
        }

        return null;
    }

    // Whether a beginning of the stem that could be a compound's modifier (a part LongestKnown
    // looks at, or that part less its linking -s-) is a vocabulary word. Whatever LongestKnown finds
    // from the start is one: a part or its stem, and a stem is a beginning of its word. The stem
    // itself is in the vocabulary, so the heads let every part of it through to the stemmer; a few
    // lookups here spare stemming each beginning of a word that is no compound of known words.
    private bool HasKnownBeginning(string stem)
    {
        for (var length = MinPartLength; length <= stem.Length - MinRestLength; length++)
        {
            if (_vocabularyByChars.Contains(stem.AsSpan(0, length)))
            {
                return true;
            }
        }

        return false;
    }

    private string? Known(ReadOnlySpan<char> part)
    {
        if (_vocabularyByChars.TryGetValue(part, out var word))
        {
            return word;
        }

        if (!_vocabularyHeads.Contains(part[..MinPartLength]))
        {
            return null;
        }

        var stem = SwedishStems.Of(part);
        return stem.Length >= MinPartLength && _vocabulary.Contains(stem) ? stem : null;
    }

    private sealed class AreaTexts
    {
        public List<string> Headings { get; } = [];

        public List<string> Questions { get; } = [];

        public List<Sourced<string>> Findings { get; } = [];
    }
}
