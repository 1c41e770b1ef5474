using System.Globalization;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering.HeldOut;

/// <summary>
/// The typography of the held-out family and the few choices that vary per report (list marker,
/// how the section score is worded, how the running header prints the date). DejaVu Serif
/// throughout, which no other analysis family uses; sizes in points.
/// </summary>
internal sealed record HeldOutStyle
{
    public const string Family = "DejaVu Serif";

    public static readonly FontSpec Body = new(Family, 9.5);
    public static readonly FontSpec Title = new(Family, 23, Bold: true);
    public static readonly FontSpec Chapter = new(Family, 14.5, Bold: true);
    public static readonly FontSpec Section = new(Family, 11.5, Bold: true);
    public static readonly FontSpec Label = new(Family, 9.5, Bold: true);
    public static readonly FontSpec Subheading = new(Family, 9.5, Italic: true);
    public static readonly FontSpec Table = new(Family, 8.5);
    public static readonly FontSpec TableBold = new(Family, 8.5, Bold: true);
    public static readonly FontSpec Furniture = new(Family, 7.5, Italic: true);

    /// <summary>Deep green for headings and the cover accent.</summary>
    public static readonly RgbColour Accent = new(28, 84, 62);

    /// <summary>Margins: narrow sides, a deep top for the running header.</summary>
    public static readonly PageMargins Margins = new(62, 88, 62, 80);

    private static readonly string[] Markers = ["▪", "›", "*", "a)"];

    /// <summary>The finding marker: a glyph, or "a)" for lettered items.</summary>
    public required string Marker { get; init; }

    /// <summary>True: "Resultat: 71 poäng"; false: "Poäng: 71".</summary>
    public required bool ScoreAsResult { get; init; }

    /// <summary>True: the header prints "25 juni 2017"; false: "2017-06-25".</summary>
    public required bool LongDateInHeader { get; init; }

    /// <summary>Draws the per-report choices; the same random state gives the same style.</summary>
    public static HeldOutStyle Draw(Random random)
    {
        // The first draws of System.Random for neighbouring seeds are nearly equal, so the choices
        // come from different bits of one mixed draw rather than from consecutive draws.
        var bits = Mix((uint)random.Next());
        return new HeldOutStyle
        {
            Marker = Markers[bits % (uint)Markers.Length],
            ScoreAsResult = ((bits >> 8) & 0xFF) < 128,
            LongDateInHeader = ((bits >> 16) & 0xFF) < 102,
        };
    }

    // The finaliser of MurmurHash3: every output bit depends on every input bit.
    private static uint Mix(uint value)
    {
        value ^= value >> 16;
        value *= 0x85EBCA6B;
        value ^= value >> 13;
        value *= 0xC2B2AE35;
        value ^= value >> 16;
        return value;
    }

    /// <summary>The marker of item <paramref name="index"/> (0-based): "a)", "b)" … for lettered lists.</summary>
    public string MarkerFor(int index)
    {
        if (Marker != "a)")
        {
            return Marker;
        }

        return index < 26
            ? ((char)('a' + index)).ToString(CultureInfo.InvariantCulture) + ")"
            : (index + 1).ToString(CultureInfo.InvariantCulture) + ")";
    }
}
