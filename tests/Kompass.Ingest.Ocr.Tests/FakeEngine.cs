namespace Kompass.Ingest.Ocr.Tests;

/// <summary>An OCR engine and renderer in memory: a fixed TSV per page, or a failure, counting its calls.</summary>
internal sealed class FakeEngine(string? tsv, bool available = true) : ITextRecogniser, IPageRenderer
{
    // A 1000 × 1414 pixel PNG header is all the reader looks at (PngSize).
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 3, 232, 0, 0, 5, 134];

    public int Recognitions { get; private set; }

    public int Renders { get; private set; }

    public bool IsAvailable => available;

    public string? Signature => available ? "fake 1.0" : null;

    public string Recognise(string imagePath, CancellationToken cancellationToken)
    {
        Recognitions++;
        return tsv ?? throw new OcrEngineException("fake engine crashed");
    }

    public int NumberRecognitions { get; private set; }

    /// <summary>What the engine reads from each number cut out of the page (TSV), call after call in turn; null fails.</summary>
    public IReadOnlyList<string?> NumberTsvs { get; init; } = [Tsv()];

    public string RecogniseNumber(string imagePath, CancellationToken cancellationToken)
    {
        var tsv = NumberTsvs[NumberRecognitions++ % NumberTsvs.Count];
        return tsv ?? throw new OcrEngineException("fake engine crashed");
    }

    public byte[] Render(string pdfPath, int page, int dpi, CancellationToken cancellationToken)
    {
        Renders++;
        return [.. Png, (byte)page];
    }

    /// <summary>One TSV word row (level 5).</summary>
    public static string Row(int line, int word, string text, int left, int top, int width, int height)
        => $"5\t1\t1\t1\t{line}\t{word}\t{left}\t{top}\t{width}\t{height}\t95.5\t{text}";

    public static string Tsv(params string[] rows)
        => "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" + string.Join('\n', rows) + "\n";
}
