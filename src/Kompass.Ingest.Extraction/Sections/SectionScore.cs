using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Sections;

/// <summary>A section's score as read, and the lines it took (the label, the number, "av 100"), which no block may use.</summary>
internal sealed record SectionScore(decimal Value, string Raw, int Page, BoundingBox Box, IReadOnlyList<TextLine> Lines);
