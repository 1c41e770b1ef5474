using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>
/// Flows text through one or more columns per page: when a column is full the text continues at
/// the top of the next column, then on a new page. Points, y down from the top of the page.
/// The first page's columns may start lower (under a title across the page): set <see cref="ColumnTop"/>.
/// </summary>
public sealed class ColumnFlow(PdfCanvas canvas, double top, double bottom, IReadOnlyList<(double Left, double Width)> columns)
{
    private int _column;

    /// <summary>The canvas being written.</summary>
    public PdfCanvas Canvas { get; } = canvas;

    /// <summary>Called after each new page, before its body (footers, bands).</summary>
    public Action<ColumnFlow>? PageStarted { get; init; }

    /// <summary>Baseline position of the next line, from the top of the page.</summary>
    public double Y { get; set; }

    /// <summary>Where the columns of the current page start; the top margin except under a title.</summary>
    public double ColumnTop { get; set; }

    /// <summary>Left edge of the current column.</summary>
    public double Left => columns[_column].Left;

    /// <summary>Width of the current column.</summary>
    public double Width => columns[_column].Width;

    /// <summary>Starts a new page in its first column.</summary>
    public void NewPage()
    {
        Canvas.NewPage();
        _column = 0;
        ColumnTop = top;
        Y = top;
        PageStarted?.Invoke(this);
    }

    /// <summary>Continues in the next column, or on a new page after the last.</summary>
    public void NextColumn()
    {
        if (_column + 1 < columns.Count)
        {
            _column++;
            Y = ColumnTop;
        }
        else
        {
            NewPage();
        }
    }

    /// <summary>Moves on unless <paramref name="height"/> points fit above the bottom margin.</summary>
    public void EnsureSpace(double height)
    {
        if (Canvas.PageNumber == 0)
        {
            NewPage();
        }
        else if (Y + height > Canvas.PageHeight - bottom)
        {
            NextColumn();
        }
    }

    /// <summary>A heading kept with <paramref name="keepWithNext"/> points of what follows.</summary>
    public void Heading(string text, FontSpec font, double spaceBefore = 10, double spaceAfter = 4, double keepWithNext = 36)
    {
        Y += spaceBefore;
        EnsureSpace(LineHeight(font) + keepWithNext);
        Paragraph(text, font, spaceAfter);
    }

    /// <summary>Wrapped text, moving on between lines where needed.</summary>
    public void Paragraph(string text, FontSpec font, double spaceAfter = 6, double indent = 0)
    {
        foreach (var line in Canvas.Wrap(text, font, Width - indent))
        {
            EnsureSpace(LineHeight(font));
            Y += font.Size;
            Canvas.Text(Left + indent, Y, line, font);
            Y += LineHeight(font) - font.Size;
        }

        Y += spaceAfter;
    }

    /// <summary>A list item with <paramref name="marker"/> and a hanging indent.</summary>
    public void Bullet(string text, FontSpec font, string marker, double hang = 14, double spaceAfter = 2)
    {
        Guard.NotNull(marker);
        var lines = Canvas.Wrap(text, font, Width - 6 - hang);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureSpace(LineHeight(font));
            Y += font.Size;
            if (i == 0)
            {
                Canvas.Text(Left + 6, Y, marker, font);
            }

            Canvas.Text(Left + 6 + hang, Y, lines[i], font);
            Y += LineHeight(font) - font.Size;
        }

        Y += spaceAfter;
    }

    /// <summary>Distance between baselines: 1.25 × the size.</summary>
    public static double LineHeight(FontSpec font) => font.Size * 1.25;
}
