namespace Kompass.Ingest.Ocr;

/// <summary>
/// Measures how heavy a word's ink is: the dark pixels inside its box and the horizontal runs they
/// form. Dark pixels over runs is the mean width of the vertical strokes the rows cross, which a
/// bold face roughly doubles while a larger size only scales it. Pure.
/// </summary>
internal static class StrokeWeight
{
    // Darker than this (of 255) is ink: halfway between print and paper, so that blur and grey
    // paper move a stroke's edges evenly.
    private const byte InkBelow = 128;

    /// <summary>The dark pixels and the horizontal runs of dark pixels inside <paramref name="word"/>'s box.</summary>
    public static (int Dark, int Runs) Of(GreyImage image, OcrWord word)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(word);
        var (left, right) = (Math.Max(0, word.Left), Math.Min(image.Width, word.Left + word.Width));
        var (top, bottom) = (Math.Max(0, word.Top), Math.Min(image.Height, word.Top + word.Height));
        var (dark, runs) = (0, 0);
        for (var y = top; y < bottom; y++)
        {
            var inRun = false;
            for (var x = left; x < right; x++)
            {
                var ink = image.At(x, y) < InkBelow;
                dark += ink ? 1 : 0;
                runs += ink && !inRun ? 1 : 0;
                inRun = ink;
            }
        }

        return (dark, runs);
    }
}
