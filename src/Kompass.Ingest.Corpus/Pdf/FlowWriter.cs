namespace Kompass.Ingest.Corpus.Pdf;

/// <summary>
/// Flows text down the pages of a <see cref="PdfCanvas"/> between margins: paragraphs that wrap,
/// headings kept with what follows, bullet items with a hanging indent, and page breaks where the
/// text runs out of room. <see cref="PageStarted"/> draws running headers before the body.
/// All lengths in points; y grows downwards from the top of the page.
/// </summary>
public sealed class FlowWriter(PdfCanvas canvas, PageMargins margins)
{
    /// <summary>The canvas being written.</summary>
    public PdfCanvas Canvas { get; } = canvas;

    /// <summary>The margins of every page.</summary>
    public PageMargins Margins { get; } = margins;

    /// <summary>Called right after each new page, before anything else is drawn on it.</summary>
    public Action<FlowWriter>? PageStarted { get; init; }

    /// <summary>The baseline position of the next line, from the top of the page.</summary>
    public double Y { get; set; }

    /// <summary>The 1-based current page number.</summary>
    public int Page => Canvas.PageNumber;

    /// <summary>Left edge of the text column.</summary>
    public double Left => Margins.Left;

    /// <summary>Right edge of the text column.</summary>
    public double Right => Canvas.PageWidth - Margins.Right;

    /// <summary>Width of the text column.</summary>
    public double Width => Right - Left;

    /// <summary>Starts a new page and puts the cursor at the top margin.</summary>
    public void NewPage()
    {
        Canvas.NewPage();
        Y = Margins.Top;
        PageStarted?.Invoke(this);
    }

    /// <summary>Breaks the page unless <paramref name="height"/> more points fit above the bottom margin.</summary>
    public void EnsureSpace(double height)
    {
        if (Canvas.PageNumber == 0 || Y + height > Canvas.PageHeight - Margins.Bottom)
        {
            NewPage();
        }
    }

    /// <summary>Moves the cursor down.</summary>
    public void Space(double points) => Y += points;

    /// <summary>Writes a heading and keeps it with at least <paramref name="keepWithNext"/> points of what follows.</summary>
    public void Heading(string text, FontSpec font, double spaceBefore = 10, double spaceAfter = 4, double keepWithNext = 40)
    {
        Y += spaceBefore;
        EnsureSpace(LineHeight(font) + keepWithNext);
        Paragraph(text, font, spaceAfter);
    }

    /// <summary>Writes wrapped text, breaking pages between lines where needed.</summary>
    public void Paragraph(string text, FontSpec font, double spaceAfter = 6, double indent = 0)
    {
        foreach (var line in Canvas.Wrap(text, font, Width - indent))
        {
            Line(line, font, indent);
        }

        Y += spaceAfter;
    }

    /// <summary>Writes one line of text at the cursor and moves down one line.</summary>
    public void Line(string text, FontSpec font, double indent = 0)
    {
        EnsureSpace(LineHeight(font));
        Y += font.Size;
        Canvas.Text(Left + indent, Y, text, font);
        Y += LineHeight(font) - font.Size;
    }

    /// <summary>
    /// Writes a bullet item: <paramref name="bullet"/> (e.g. "•", "–", "1.") at the indent and the
    /// wrapped text with a hanging indent of <paramref name="hang"/> points.
    /// </summary>
    public void Bullet(string text, FontSpec font, string bullet, double indent = 8, double hang = 14, double spaceAfter = 2)
    {
        var lines = Canvas.Wrap(text, font, Width - indent - hang);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureSpace(LineHeight(font));
            Y += font.Size;
            if (i == 0 && bullet.Length > 0)
            {
                Canvas.Text(Left + indent, Y, bullet, font);
            }

            Canvas.Text(Left + indent + hang, Y, lines[i], font);
            Y += LineHeight(font) - font.Size;
        }

        Y += spaceAfter;
    }

    /// <summary>The distance between baselines for <paramref name="font"/> (1.25 × size).</summary>
    public static double LineHeight(FontSpec font) => font.Size * 1.25;
}

/// <summary>Page margins in points.</summary>
public sealed record PageMargins(double Left, double Top, double Right, double Bottom)
{
    /// <summary>Ordinary report margins: 70 pt left and right, 72 pt top and bottom.</summary>
    public static PageMargins Report { get; } = new(70, 72, 70, 72);
}
