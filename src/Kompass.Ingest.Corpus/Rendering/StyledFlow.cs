using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// Additions to <see cref="FlowWriter"/> the renderers share: coloured headings that report the
/// page they landed on (for the contents page), paragraph runs, and a label with a value beside it.
/// </summary>
public static class StyledFlow
{
    /// <summary>Writes a heading in <paramref name="colour"/>, kept with <paramref name="keepWithNext"/> points of what follows; returns its page.</summary>
    public static int Heading(this FlowWriter flow, string text, FontSpec font, RgbColour colour, double spaceBefore = 10, double spaceAfter = 4, double keepWithNext = 60)
    {
        Guard.NotNull(flow);
        flow.Space(spaceBefore);
        var lines = WrapAtCursor(flow, text, font);
        flow.EnsureSpace((lines.Count * FlowWriter.LineHeight(font)) + keepWithNext);
        var page = flow.Page;
        foreach (var line in lines)
        {
            flow.Y += font.Size;
            flow.Canvas.Text(flow.Left, flow.Y, line, font, colour);
            flow.Y += FlowWriter.LineHeight(font) - font.Size;
        }

        flow.Space(spaceAfter);
        return page;
    }

    /// <summary>Writes each paragraph in turn.</summary>
    public static void Paragraphs(this FlowWriter flow, IEnumerable<string> paragraphs, FontSpec font, double spaceAfter = 6)
    {
        Guard.NotNull(flow);
        foreach (var paragraph in Guard.NotNull(paragraphs))
        {
            flow.Paragraph(paragraph, font, spaceAfter);
        }
    }

    /// <summary>Writes "<paramref name="label"/> <paramref name="value"/>" on one line, the value at <paramref name="valueX"/> points from the left; returns its page.</summary>
    public static int LabelValue(this FlowWriter flow, string label, string value, FontSpec font, double valueX, double spaceAfter = 4)
    {
        Guard.NotNull(flow);
        flow.EnsureSpace(FlowWriter.LineHeight(font));
        var page = flow.Page;
        flow.Y += font.Size;
        flow.Canvas.Text(flow.Left, flow.Y, label, font);
        flow.Canvas.Text(flow.Left + valueX, flow.Y, value, font);
        flow.Y += FlowWriter.LineHeight(font) - font.Size + spaceAfter;
        return page;
    }

    // Wrapping measures text, which needs a page; a heading may be the first thing written.
    private static IReadOnlyList<string> WrapAtCursor(FlowWriter flow, string text, FontSpec font)
    {
        if (flow.Page == 0)
        {
            flow.NewPage();
        }

        return flow.Canvas.Wrap(text, font, flow.Width);
    }
}
