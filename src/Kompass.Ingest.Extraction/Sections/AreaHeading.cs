using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Sections;

/// <summary>
/// An area heading found in the body text: the printed number and name, the lines it is printed
/// on (the "Område N" line and, where the name stands on the next line or wraps, those lines), the
/// index of its first and last line in <see cref="BodyText.Lines"/>, and its font size (the largest
/// of its lines).
/// </summary>
internal sealed record AreaHeading(int Number, string Name, IReadOnlyList<TextLine> Lines, int First, int Last, double FontSize);
