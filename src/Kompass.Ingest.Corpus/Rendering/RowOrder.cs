namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// The order in which a run of table rows reaches the content stream. Word processors often write
/// a run of rows' text cells before their numbers, so text extraction in stream order reads
/// "2.1 … 2.2 … 11 15 70% 15 25 61%" (as in the seed report).
/// </summary>
public enum RowOrder
{
    /// <summary>Each row whole, one after the other.</summary>
    RowByRow,

    /// <summary>All text cells of the run, then all numbers.</summary>
    TextThenNumbers,

    /// <summary>All numbers of the run, then the text cells.</summary>
    NumbersThenText,
}
