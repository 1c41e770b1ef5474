namespace Kompass.Ingest.Extraction.Metadata.Dates;

/// <summary>
/// One date as printed in a string: where it stands (<see cref="Start"/>, <see cref="Length"/>)
/// and what it states. A year alone ("under 2015", "hösten 2016") has no month; "juni 2017" has no
/// day; "den 13–15 december 2010" has <see cref="Day"/> 13 and <see cref="LastDay"/> 15.
/// </summary>
public sealed record DateMention(int Start, int Length, int Year, int? Month, int? Day, DateKind Kind)
{
    /// <summary>The last day of a printed range ("13–15 december": 15); null for one day.</summary>
    public int? LastDay { get; init; }

    /// <summary>True when year, month and day are all printed.</summary>
    public bool IsFullDate => Month is not null && Day is not null;

    /// <summary>True for a range of days ("13–15 december 2010"): a visit, never a report date.</summary>
    public bool IsRange => LastDay is not null;

    /// <summary>The (first) day as a date when the mention is a full date; null otherwise.</summary>
    public DateOnly? Date => IsFullDate ? new DateOnly(Year, Month!.Value, Day!.Value) : null;
}
