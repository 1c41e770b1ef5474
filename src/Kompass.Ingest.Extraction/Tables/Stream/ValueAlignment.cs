namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>Where a table prints a row's values when the row's text wraps over several lines.</summary>
internal enum ValueAlignment
{
    /// <summary>On the row's first line (word processors' default).</summary>
    Top,

    /// <summary>Vertically centred on the row.</summary>
    Centre,

    /// <summary>On the row's last line.</summary>
    Bottom,
}
