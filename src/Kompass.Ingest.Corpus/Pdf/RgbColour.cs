namespace Kompass.Ingest.Corpus.Pdf;

/// <summary>A colour by its red, green and blue components (0–255 each).</summary>
public readonly record struct RgbColour(byte R, byte G, byte B)
{
    /// <summary>Plain black.</summary>
    public static RgbColour Black { get; } = new(0, 0, 0);

    /// <summary>White, for text on dark fills.</summary>
    public static RgbColour White { get; } = new(255, 255, 255);

    /// <summary>A neutral grey of <paramref name="level"/> (0 black … 255 white).</summary>
    public static RgbColour Grey(byte level) => new(level, level, level);
}
