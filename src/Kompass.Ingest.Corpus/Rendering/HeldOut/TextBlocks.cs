using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering.HeldOut;

/// <summary>
/// Text the plain <see cref="FlowWriter"/> does not draw: coloured headings kept with what
/// follows, and justified paragraphs (each line but the last stretched to the column by widening
/// the gaps between words, as a word processor does). Words are never split.
/// </summary>
internal static class TextBlocks
{
    /// <summary>Writes a heading in <paramref name="colour"/>; returns the page it landed on.</summary>
    public static int Heading(FlowWriter flow, string text, FontSpec font, RgbColour colour, double spaceBefore, double spaceAfter, double keepWithNext)
    {
        flow.Space(spaceBefore);
        flow.EnsureSpace(FlowWriter.LineHeight(font) + keepWithNext);
        var page = flow.Page;
        foreach (var line in flow.Canvas.Wrap(text, font, flow.Width))
        {
            flow.EnsureSpace(FlowWriter.LineHeight(font));
            flow.Space(font.Size);
            flow.Canvas.Text(flow.Left, flow.Y, line, font, colour);
            flow.Space(FlowWriter.LineHeight(font) - font.Size);
        }

        flow.Space(spaceAfter);
        return page;
    }

    /// <summary>Writes <paramref name="text"/> justified between the margins, indented by <paramref name="indent"/>.</summary>
    public static void Justified(FlowWriter flow, string text, FontSpec font, double spaceAfter = 5, double indent = 0)
    {
        var width = flow.Width - indent;
        var lines = flow.Canvas.Wrap(text, font, width);
        for (var i = 0; i < lines.Count; i++)
        {
            flow.EnsureSpace(FlowWriter.LineHeight(font));
            flow.Space(font.Size);
            var words = lines[i].Split(' ');
            if (i == lines.Count - 1 || words.Length == 1)
            {
                flow.Canvas.Text(flow.Left + indent, flow.Y, lines[i], font);
            }
            else
            {
                DrawStretched(flow, words, font, flow.Left + indent, width);
            }

            flow.Space(FlowWriter.LineHeight(font) - font.Size);
        }

        flow.Space(spaceAfter);
    }

    private static void DrawStretched(FlowWriter flow, string[] words, FontSpec font, double left, double width)
    {
        var widths = words.Select(w => flow.Canvas.Measure(w, font)).ToArray();
        var gap = (width - widths.Sum()) / (words.Length - 1);
        var x = left;
        for (var w = 0; w < words.Length; w++)
        {
            flow.Canvas.Text(x, flow.Y, words[w], font);
            x += widths[w] + gap;
        }
    }
}
