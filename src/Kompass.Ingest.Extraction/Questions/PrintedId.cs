using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>A question id as printed: the word, its canonical text ("2.3") and the area it names (2).</summary>
internal sealed record PrintedId(Word Word, string Text, int Area);
