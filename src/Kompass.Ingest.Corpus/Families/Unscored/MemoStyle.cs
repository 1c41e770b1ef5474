using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Families.Unscored;

/// <summary>The typography of a memo or policy: body text, headings and the page header.</summary>
public sealed record MemoStyle(FontSpec Body, FontSpec Heading1, FontSpec Heading2, FontSpec Heading3, FontSpec Header)
{
    /// <summary>The three looks word processors gave SKL's memos over the years.</summary>
    public static IReadOnlyList<MemoStyle> All { get; } =
    [
        new(new FontSpec("Liberation Serif", 11), new FontSpec("Liberation Sans", 17, Bold: true),
            new FontSpec("Liberation Sans", 12.5, Bold: true), new FontSpec("Liberation Sans", 11, Bold: true),
            new FontSpec("Liberation Sans", 8.5)),
        new(new FontSpec("Carlito", 11.5), new FontSpec("Carlito", 18, Bold: true),
            new FontSpec("Carlito", 13.5, Bold: true), new FontSpec("Carlito", 11.5, Bold: true, Italic: true),
            new FontSpec("Carlito", 9)),
        new(new FontSpec("DejaVu Serif", 9.5), new FontSpec("DejaVu Sans", 15, Bold: true),
            new FontSpec("DejaVu Sans", 11.5, Bold: true), new FontSpec("DejaVu Sans", 10, Bold: true),
            new FontSpec("DejaVu Sans Condensed", 8)),
    ];

    /// <summary>One of <see cref="All"/>.</summary>
    public static MemoStyle Pick(Random random) => All[random.Next(All.Count)];
}
