using System.Globalization;
using System.Text.RegularExpressions;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Metadata.Dates;

/// <summary>
/// Finds the dates printed in a string, Swedish style: ISO "2017-06-25", written "25 juni 2017",
/// "den 13–15 december 2010", "30 november–2 december 2010", "juni 2017", "oktober–november
/// 2017" (its first month), and (on request) a year
/// alone. Month names come from <see cref="MetadataOptions.Months"/>; case does not matter
/// (covers print "FEBRUARI 2017"). An impossible date ("31 juni") is not a date. Pure and
/// thread-safe.
/// </summary>
public sealed partial class SwedishDateParser
{
    private readonly MetadataOptions _options;
    private readonly Regex _written;
    private readonly Regex _monthYear;

    /// <summary>Builds the patterns from the month vocabulary.</summary>
    public SwedishDateParser(MetadataOptions? options = null)
    {
        _options = options ?? MetadataOptions.Default;
        var months = string.Join('|', _options.Months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        // Compiled: built once per extractor from the options, then run over the text of every document.
        const RegexOptions flags = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

        // Day, optionally its own month, a dash or "och", then the last day: one pattern for
        // "8 februari 2005", "13–15 december 2010", "7 och 8 mars 2012" and cross-month ranges.
        _written = new Regex(
            $@"(?<![\p{{L}}\d])(?<d1>\d{{1,2}})\.?(?:\s+(?<m1>{months})\.?)?(?:\s*(?:[–—\-]|och|till)\s*(?<d2>\d{{1,2}})\.?)?\s+(?<m2>{months})\.?\s+(?<y>\d{{4}})(?!\d)",
            flags);
        // "oktober–november 2017" is a span of months that starts in October.
        _monthYear = new Regex($@"(?<![\p{{L}}\d])(?:(?<m1>{months})\.?\s*(?:[–—\-]|och|till)\s*)?(?<m>{months})\.?\s+(?<y>\d{{4}})(?!\d)", flags);
    }

    /// <summary>
    /// Every date in <paramref name="text"/>, left to right, without overlaps (the longest reading
    /// wins). With <paramref name="includeBareYears"/>, a plausible year standing alone counts too.
    /// </summary>
    public IReadOnlyList<DateMention> FindAll(string text, bool includeBareYears = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMention>();
        foreach (Match m in IsoDate().Matches(text))
        {
            Add(found, Iso(m));
        }

        // An impossible day ("31 juni 2017") makes the whole phrase no date, not "juni 2017".
        var impossible = new List<DateMention>();
        foreach (Match m in _written.Matches(text))
        {
            if (Written(m) is { } written)
            {
                Add(found, written);
            }
            else
            {
                impossible.Add(new DateMention(m.Index, m.Length, 0, null, null, DateKind.Written));
            }
        }

        foreach (Match m in _monthYear.Matches(text))
        {
            if (MonthYear(m) is { } mention && !Overlaps(impossible, mention))
            {
                Add(found, mention);
            }
        }

        if (includeBareYears)
        {
            foreach (Match m in BareYear().Matches(text))
            {
                Add(found, Year(m));
            }
        }

        return found.OrderBy(d => d.Start).ToList();
    }

    /// <summary>The month number of a printed month name, or null.</summary>
    public int? MonthOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _options.Months.TryGetValue(LowerCase.Swedish(word.TrimEnd('.')), out var month) ? month : null;
    }

    private static void Add(List<DateMention> found, DateMention? mention)
    {
        if (mention is not null && !Overlaps(found, mention))
        {
            found.Add(mention);
        }
    }

    private static bool Overlaps(List<DateMention> found, DateMention mention)
        => found.Any(d => d.Start < mention.Start + mention.Length && mention.Start < d.Start + d.Length);

    private DateMention? Iso(Match m)
    {
        var year = Number(m.Groups["y"]);
        var month = Number(m.Groups["m"]);
        var day = Number(m.Groups["d"]);
        return IsPlausible(year, month, day) ? new DateMention(m.Index, m.Length, year, month, day, DateKind.Iso) : null;
    }

    private DateMention? Written(Match m)
    {
        var year = Number(m.Groups["y"]);
        var lastMonth = MonthOf(m.Groups["m2"].Value)!.Value;
        var firstMonth = m.Groups["m1"].Success ? MonthOf(m.Groups["m1"].Value)!.Value : lastMonth;
        var first = Number(m.Groups["d1"]);
        int? last = m.Groups["d2"].Success ? Number(m.Groups["d2"]) : null;
        if (!IsPlausible(year, firstMonth, first) || (last is { } l && !IsPlausible(year, lastMonth, l)))
        {
            return null;
        }

        return new DateMention(m.Index, m.Length, year, firstMonth, first, DateKind.Written) { LastDay = last };
    }

    private DateMention? MonthYear(Match m)
    {
        var year = Number(m.Groups["y"]);
        var month = MonthOf((m.Groups["m1"].Success ? m.Groups["m1"] : m.Groups["m"]).Value)!.Value;
        return IsPlausible(year, month, 1) ? new DateMention(m.Index, m.Length, year, month, null, DateKind.MonthYear) : null;
    }

    private DateMention? Year(Match m)
    {
        var year = Number(m.Groups["y"]);
        return IsPlausible(year, 1, 1) ? new DateMention(m.Index, m.Length, year, null, null, DateKind.YearOnly) : null;
    }

    private bool IsPlausible(int year, int month, int day)
        => year >= _options.MinYear && year <= _options.MaxYear && month is >= 1 and <= 12
           && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\d\-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\d\-])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d\-/,.])(?<y>\d{4})(?![\d\-/]|[,.]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BareYear();
}
