using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>A number read from one cell of a question table, with the text and place it was printed.</summary>
internal sealed record NumberCell(PrintedNumber Number, string Raw, int Page, BoundingBox Box);
