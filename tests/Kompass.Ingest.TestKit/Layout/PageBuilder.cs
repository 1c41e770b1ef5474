using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.TestKit.Layout;

/// <summary>
/// Places words on one page. <see cref="Text"/> splits a string into words and lays them out
/// like a simple font would: each character <see cref="CharWidthEm"/> of the size wide, one space
/// <see cref="SpaceWidthEm"/> of the size, a box from the baseline up to <see cref="AscentEm"/> of
/// the size. Good enough for geometry-based extraction; use <see cref="Word"/> for exact boxes.
/// </summary>
public sealed class PageBuilder
{
    /// <summary>A4 width in points.</summary>
    public const double A4Width = 595;

    /// <summary>A4 height in points.</summary>
    public const double A4Height = 842;

    /// <summary>Average character width as a fraction of the font size.</summary>
    public const double CharWidthEm = 0.5;

    /// <summary>Width of one space as a fraction of the font size.</summary>
    public const double SpaceWidthEm = 0.25;

    /// <summary>Box height above the baseline as a fraction of the font size.</summary>
    public const double AscentEm = 0.7;

    private readonly int _number;
    private readonly double _width;
    private readonly double _height;
    private readonly List<Word> _words = [];
    private readonly List<RulingLine> _lines = [];
    private int _images;

    internal PageBuilder(int number, double width, double height)
    {
        _number = number;
        _width = width;
        _height = height;
    }

    /// <summary>The width <see cref="Text"/> gives <paramref name="text"/> at <paramref name="size"/>.</summary>
    public static double WidthOf(string text, double size)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (words.Sum(w => w.Length) * CharWidthEm * size) + (Math.Max(0, words.Length - 1) * SpaceWidthEm * size);
    }

    /// <summary>Writes <paramref name="text"/> from <paramref name="x"/> on <paramref name="baseline"/>, one word per space-separated part.</summary>
    public PageBuilder Text(string text, double x, double baseline, double size = 11, bool bold = false, string font = "Helvetica")
    {
        ArgumentNullException.ThrowIfNull(text);
        var left = x;
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var width = part.Length * CharWidthEm * size;
            Word(part, new BoundingBox(left, baseline, left + width, baseline + (AscentEm * size)), size, bold, font);
            left += width + (SpaceWidthEm * size);
        }

        return this;
    }

    /// <summary>Writes several lines of one size from <paramref name="top"/> down, <paramref name="leading"/> times the size apart.</summary>
    public PageBuilder Paragraph(IEnumerable<string> lines, double x, double top, double size = 11, double leading = 1.2, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var baseline = top - (AscentEm * size);
        foreach (var line in lines)
        {
            Text(line, x, baseline, size, bold);
            baseline -= leading * size;
        }

        return this;
    }

    /// <summary>Adds one word with an exact box.</summary>
    public PageBuilder Word(string text, BoundingBox box, double size = 11, bool bold = false, string font = "Helvetica")
    {
        _words.Add(new Word(text, box, bold && !font.Contains("Bold", StringComparison.Ordinal) ? font + "-Bold" : font, size, bold));
        return this;
    }

    /// <summary>Adds a ruling line.</summary>
    public PageBuilder Rule(double x1, double y1, double x2, double y2)
    {
        _lines.Add(new RulingLine(x1, y1, x2, y2));
        return this;
    }

    /// <summary>Sets the number of images on the page.</summary>
    public PageBuilder Images(int count)
    {
        _images = count;
        return this;
    }

    internal PageLayout Build() => new(_number, _width, _height, _words.ToList(), _lines.ToList(), _images);
}
