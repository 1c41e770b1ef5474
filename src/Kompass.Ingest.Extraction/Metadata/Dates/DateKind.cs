namespace Kompass.Ingest.Extraction.Metadata.Dates;

/// <summary>How a <see cref="DateMention"/> was printed.</summary>
public enum DateKind
{
    /// <summary>"2017-06-25".</summary>
    Iso,

    /// <summary>"25 juni 2017", "den 13–15 december 2010", "30 november–2 december 2010".</summary>
    Written,

    /// <summary>"juni 2017", "FEBRUARI 2017".</summary>
    MonthYear,

    /// <summary>A year alone: "2015", "hösten 2016".</summary>
    YearOnly,
}
