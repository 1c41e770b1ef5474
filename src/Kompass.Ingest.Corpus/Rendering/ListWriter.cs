using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// Writes finding lists (STYRKOR, FÖRBÄTTRINGSOMRÅDEN, Rubriker) item by item. An item wraps
/// only at spaces, so its words reach the text layer exactly as given; a list runs on over page
/// breaks like any paragraph.
/// </summary>
public static class ListWriter
{
    /// <summary>Writes <paramref name="items"/> at the cursor and leaves <paramref name="spaceAfter"/> points.</summary>
    public static void Items(FlowWriter flow, IReadOnlyList<string> items, ListStyle style, double spaceAfter = 6)
    {
        Guard.NotNull(flow);
        Guard.NotNull(items);
        Guard.NotNull(style);
        for (var i = 0; i < items.Count; i++)
        {
            var hang = style.IsBare ? 0 : style.Hang;
            flow.Bullet(items[i], style.Font, style.MarkerFor(i), style.Indent, hang, style.ItemGap);
        }

        flow.Space(spaceAfter);
    }
}
