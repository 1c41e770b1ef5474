using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.TestKit.Layout;

/// <summary>
/// Builds a <see cref="DocumentLayout"/> in memory, page by page, so that extraction tests need no
/// PDF. Coordinates are PDF points with the origin at the bottom-left, as the reader produces them.
/// <code>
/// var layout = new LayoutBuilder()
///     .Page(p => p.Text("KommunKompassen", x: 72, baseline: 760, size: 28, bold: true))
///     .Page(p => p.Text("Område 1 Offentlighet och demokrati", 72, 700))
///     .Build();
/// </code>
/// </summary>
public sealed class LayoutBuilder
{
    private readonly List<PageLayout> _pages = [];
    private readonly List<string> _warnings = [];
    private bool _fromOcr;

    /// <summary>Adds a page (A4 unless <paramref name="width"/>/<paramref name="height"/> say otherwise).</summary>
    public LayoutBuilder Page(Action<PageBuilder> build, double width = PageBuilder.A4Width, double height = PageBuilder.A4Height)
    {
        ArgumentNullException.ThrowIfNull(build);
        var page = new PageBuilder(_pages.Count + 1, width, height);
        build(page);
        _pages.Add(page.Build());
        return this;
    }

    /// <summary>Adds <paramref name="count"/> pages without words (blank or image-only when <paramref name="images"/> &gt; 0).</summary>
    public LayoutBuilder EmptyPages(int count, int images = 0)
    {
        for (var i = 0; i < count; i++)
        {
            Page(p => p.Images(images));
        }

        return this;
    }

    /// <summary>Adds a reader warning to the document.</summary>
    public LayoutBuilder Warning(string warning)
    {
        _warnings.Add(warning);
        return this;
    }

    /// <summary>Marks the text as coming from OCR.</summary>
    public LayoutBuilder FromOcr()
    {
        _fromOcr = true;
        return this;
    }

    /// <summary>The document.</summary>
    public DocumentLayout Build() => new(_pages.ToList(), _warnings.ToList(), _fromOcr);
}
