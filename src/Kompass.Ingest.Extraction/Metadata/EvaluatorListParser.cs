using System.Text.RegularExpressions;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// Reads a printed list of evaluators with their organisations ("Lars Strid, senior konsult (SKL)
/// och Anders Bergenek, Halmstad", "LARS STRID (F.D. SKL) OCH JOSEPHINE HÄRDIN", "Leif Eldås SKL
/// Lena Ehrnlund Marks kommun") into the names alone, in printed order. The text is cut at line
/// breaks, commas, semicolons, sentence stops, dashes and connectors ("och", "&amp;", "samt");
/// parentheses and known organisation phrases are organisations whole. Each piece is then read as
/// a sequence of names (2–4 capitalised words, initials and particles allowed) and organisations
/// (markers such as SKL or konsult, a place closed by kommun/stad/län/AB, a prefix such as
/// Landstinget or Lt, a single word such as Halmstad), preferring the reading with the most names,
/// then names that do not end in a place the official list knows ("Ingmar Kärrsten Halmstad" is
/// a name and a place), then names not wrapped over a line break. A name printed twice is listed
/// once. Pure and thread-safe.
/// </summary>
public sealed partial class EvaluatorListParser
{
    private readonly MetadataOptions _options;
    private readonly HashSet<string> _orgWords;
    private readonly HashSet<string> _orgPrefixes;
    private readonly HashSet<string> _orgSuffixes;
    private readonly HashSet<string> _connectors;
    private readonly HashSet<string> _particles;
    private readonly HashSet<string> _notNames;
    private readonly Regex _phrases;
    private readonly MunicipalityMatcher? _places;

    /// <summary>
    /// Builds the word classes from the vocabulary; <paramref name="places"/>, when given, tells a
    /// place printed as an organisation ("Halmstad") from a surname.
    /// </summary>
    public EvaluatorListParser(MetadataOptions? options = null, MunicipalityMatcher? places = null)
    {
        _options = options ?? MetadataOptions.Default;
        _places = places;
        _orgWords = Set(_options.OrganisationWords);
        _orgPrefixes = Set(_options.OrganisationPrefixes);
        _orgSuffixes = Set(_options.OrganisationSuffixes);
        _connectors = Set(_options.NameConnectors);
        _particles = Set(_options.NameParticles);
        _notNames = Set(_options.CoverKeywords.Concat(_options.EvaluatorLabels).Concat(_options.Months.Keys));
        var phrases = string.Join('|', _options.OrganisationPhrases.Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
        // Compiled: built once per extractor from the options, then run over the text of every document.
        _phrases = new Regex(phrases.Length == 0 ? "(?!)" : phrases, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The names in <paramref name="text"/> ("\n" separates printed lines).</summary>
    public EvaluatorList Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = new List<EvaluatorName>();
        var complete = true;
        foreach (var segment in Segments(Units(text)))
        {
            var parsed = ParseSegment(text, segment);
            if (parsed is null)
            {
                complete = false;
                continue;
            }

            foreach (var name in parsed)
            {
                if (!names.Any(n => string.Equals(n.Name, name.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    names.Add(name);
                }
            }
        }

        return new EvaluatorList(names, complete);
    }

    private List<Unit> Units(string text)
    {
        var blocks = _phrases.Matches(text).Select(m => (m.Index, End: m.Index + m.Length))
            .Concat(Parenthesised(text))
            .OrderBy(b => b.Index).ToList();
        var units = new List<Unit>();
        foreach (var token in WordToken.Split(text))
        {
            var block = blocks.FirstOrDefault(b => token.Start >= b.Index && token.Start < b.End);
            if (block.End > 0)
            {
                // The words of one organisation phrase or parenthesis are one unit.
                if (units.Count == 0 || units[^1].Kind != UnitKind.Organisation || units[^1].Start != block.Index)
                {
                    units.Add(new Unit(block.Index, block.End, UnitKind.Organisation, EndsPiece(text, block.End), false, false));
                }

                continue;
            }

            var kind = Classify(token);
            var isPlace = kind == UnitKind.NameWord && _places?.MatchKommun(token.Bare) is not null;
            units.Add(new Unit(token.Start, token.Start + token.Length, kind, EndsPiece(token), false, isPlace));
        }

        // A line break is a soft boundary: covers print one evaluator per line, often without
        // commas, but a list set as running text wraps a name ("Britt-Marie" / "Östlund").
        for (var i = 0; i + 1 < units.Count; i++)
        {
            if (text.AsSpan(units[i].End, units[i + 1].Start - units[i].End).Contains('\n'))
            {
                units[i] = units[i] with { BreakAfter = true };
            }
        }

        return units;
    }

    private UnitKind Classify(WordToken token)
    {
        var lower = LowerCase.Swedish(token.Bare);
        var withDots = LowerCase.Swedish(token.Text.TrimEnd(',', ';', ':'));
        if (token.Bare.Length == 0 || _connectors.Contains(LowerCase.Swedish(token.Text)))
        {
            return UnitKind.Separator;
        }

        if (_orgWords.Contains(lower) || _orgWords.Contains(withDots))
        {
            return UnitKind.OrganisationWord;
        }

        if (_orgPrefixes.Contains(lower))
        {
            return UnitKind.OrganisationPrefix;
        }

        if (_orgSuffixes.Contains(lower))
        {
            return UnitKind.OrganisationSuffix;
        }

        if (Initial().IsMatch(token.Text.TrimEnd(',', ';', ':')))
        {
            return UnitKind.Initial;
        }

        if (_particles.Contains(token.Bare))
        {
            return UnitKind.Particle;
        }

        return NameWord().IsMatch(token.Bare) && !_notNames.Contains(lower) ? UnitKind.NameWord : UnitKind.Other;
    }

    // A comma, semicolon or colon ends a piece, as does a full stop after a word (not an initial).
    private static bool EndsPiece(WordToken token)
    {
        var last = token.Text[^1];
        return last is ',' or ';' or ':' || (last == '.' && !Initial().IsMatch(token.Text) && token.Bare.Length > 1 && !token.Bare.Contains('.'));
    }

    private static bool EndsPiece(string text, int end)
        => end < text.Length && text[end] is ',' or ';' or ':';

    private static IEnumerable<List<Unit>> Segments(List<Unit> units)
    {
        var segment = new List<Unit>();
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Kind != UnitKind.Separator)
            {
                segment.Add(unit);
            }

            if (unit.Kind == UnitKind.Separator || unit.EndsPiece)
            {
                if (segment.Count > 0)
                {
                    yield return segment;
                }

                segment = [];
            }
        }

        if (segment.Count > 0)
        {
            yield return segment;
        }
    }

    // Outermost parentheses, nesting allowed: "(senior konsult (SKL))" is one organisation.
    private static IEnumerable<(int Index, int End)> Parenthesised(string text)
    {
        var depth = 0;
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(' && depth++ == 0)
            {
                start = i;
            }
            else if (text[i] == ')' && depth > 0 && --depth == 0)
            {
                yield return (start, i + 1);
            }
        }

        if (depth > 0)
        {
            yield return (start, text.Length);
        }
    }

    [GeneratedRegex(@"^\p{Lu}\.(?:-?\p{Lu}\.)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Initial();

    // "Leif", "Britt-Marie", "Persson-Melin", "Kjell-Åke", "LARS" (all-caps covers), "O'Brien".
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();

    private static HashSet<string> Set(IEnumerable<string> words)
        => new(words.Select(LowerCase.Swedish), StringComparer.Ordinal);
}
