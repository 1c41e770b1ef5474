using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Furniture;

/// <summary>
/// The font size most characters of some lines are set in, sizes taken to the half point: the
/// body size the furniture detector and the section reader measure headings and headers against.
/// One pass summing characters per size (the first size met wins a tie), where grouping and
/// ordering the groups built a list per size. Pure.
/// </summary>
internal static class BodyFontSize
{
    /// <summary>The size of the most characters of <paramref name="lines"/>; null when there are no lines.</summary>
    public static double? Of(IEnumerable<TextLine> lines)
    {
        var characters = new Dictionary<double, int>();
        var sizes = new List<double>();
        foreach (var line in lines)
        {
            var size = Rounded(line.FontSize);
            if (characters.TryGetValue(size, out var count))
            {
                characters[size] = checked(count + line.Text.Length);
            }
            else
            {
                characters.Add(size, line.Text.Length);
                sizes.Add(size);
            }
        }

        double? best = null;
        var most = 0;
        foreach (var size in sizes)
        {
            if (best is null || characters[size] > most)
            {
                (best, most) = (size, characters[size]);
            }
        }

        return best;
    }

    /// <summary><paramref name="size"/> to the nearest half point.</summary>
    public static double Rounded(double size) => Math.Round(size * 2) / 2;
}
