namespace Kompass.Ingest.Ocr;

/// <summary>
/// One word as Tesseract recognised it: its line (block, paragraph and line number together), its
/// box in image pixels (origin top-left) and its confidence (0–100).
/// </summary>
public sealed record OcrWord(int Block, int Paragraph, int Line, string Text, int Left, int Top, int Width, int Height, double Confidence)
{
    /// <summary>The words of one Tesseract line share this key.</summary>
    public (int Block, int Paragraph, int Line) LineKey => (Block, Paragraph, Line);
}
