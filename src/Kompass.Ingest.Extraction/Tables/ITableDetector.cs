using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Tables;

/// <summary>
/// One way of finding tables on a page. Implementations are named after their method
/// (<see cref="StreamTableDetector"/>, <see cref="LatticeTableDetector"/>), are pure functions of
/// the page layout, and are safe to call from several threads at once.
/// </summary>
public interface ITableDetector
{
    /// <summary>Finds every table on the page, top to bottom; none is a normal answer.</summary>
    IReadOnlyList<Table> Detect(PageLayout page);

    /// <summary>
    /// Reads <paramref name="area"/> (PDF points, origin bottom-left) as exactly one table; null when
    /// this method finds nothing there (no words, or for lattice no grid of ruling lines).
    /// </summary>
    Table? DetectIn(PageLayout page, BoundingBox area);
}
