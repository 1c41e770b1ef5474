using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// One area's question table as read from the document, possibly continued over pages: the area
/// number (from the table's heading, else from its ids), the heading as printed when there is one,
/// the question rows in printed order and the total row.
/// </summary>
public sealed record AreaQuestionTable(
    int Area,
    Sourced<string>? Heading,
    IReadOnlyList<QuestionRow> Questions,
    Sourced<decimal>? Total,
    Sourced<decimal>? TotalMax);
