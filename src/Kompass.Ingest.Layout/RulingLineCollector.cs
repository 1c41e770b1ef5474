using Kompass.Ingest.Domain.Layout;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Kompass.Ingest.Layout;

/// <summary>
/// Finds the horizontal and vertical rules a page draws: stroked straight segments, the edges of
/// rectangles (stroked or filled, as Tabula's lattice mode reads cell borders and shaded cells),
/// and thin filled rectangles, which word processors use for table rules, as one line each.
/// Curves and clipping paths are ignored.
/// </summary>
internal sealed class RulingLineCollector(LayoutReaderOptions options)
{
    /// <summary>The rules of <paramref name="paths"/>, in drawing order.</summary>
    public IReadOnlyList<RulingLine> Collect(IEnumerable<PdfPath> paths)
    {
        var lines = new List<RulingLine>();
        foreach (var path in paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                var rectangle = subpath.IsDrawnAsRectangle ? subpath.GetDrawnRectangle() : null;
                if (rectangle is { } r)
                {
                    AddRectangle(lines, r);
                }
                else
                {
                    AddSegments(lines, subpath, path.IsFilled && !path.IsStroked);
                }
            }
        }

        return lines;
    }

    private void AddRectangle(List<RulingLine> lines, PdfRectangle r)
    {
        double left = Math.Min(r.Left, r.Right), right = Math.Max(r.Left, r.Right);
        double bottom = Math.Min(r.Bottom, r.Top), top = Math.Max(r.Bottom, r.Top);
        if (top - bottom <= options.MaxRuleThickness)
        {
            Add(lines, left, (top + bottom) / 2, right, (top + bottom) / 2);
        }
        else if (right - left <= options.MaxRuleThickness)
        {
            Add(lines, (left + right) / 2, bottom, (left + right) / 2, top);
        }
        else
        {
            Add(lines, left, bottom, right, bottom);
            Add(lines, left, top, right, top);
            Add(lines, left, bottom, left, top);
            Add(lines, right, bottom, right, top);
        }
    }

    private void AddSegments(List<RulingLine> lines, PdfSubpath subpath, bool fillOnly)
    {
        // A filled polygon drawn with line commands instead of "re": treat its bounds like a rectangle.
        if (fillOnly)
        {
            if (subpath.Commands.All(c => c is PdfSubpath.Move or PdfSubpath.Line or PdfSubpath.Close)
                && subpath.GetBoundingRectangle() is { } bounds)
            {
                AddRectangle(lines, bounds);
            }

            return;
        }

        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Add(lines, line.From.X, line.From.Y, line.To.X, line.To.Y);
                    current = line.To;
                    start ??= line.From;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    Add(lines, c.X, c.Y, s.X, s.Y);
                    current = s;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
            }
        }
    }

    private void Add(List<RulingLine> lines, double x1, double y1, double x2, double y2)
    {
        var horizontal = Math.Abs(y1 - y2) <= options.AxisTolerance;
        var vertical = Math.Abs(x1 - x2) <= options.AxisTolerance;
        if (horizontal == vertical)
        {
            return; // diagonal, or a dot
        }

        var length = horizontal ? Math.Abs(x2 - x1) : Math.Abs(y2 - y1);
        if (length < options.MinRuleLength)
        {
            return;
        }

        // Horizontal rules run left to right and vertical ones bottom to top, whatever the drawing direction.
        lines.Add(horizontal
            ? new RulingLine(Math.Min(x1, x2), (y1 + y2) / 2, Math.Max(x1, x2), (y1 + y2) / 2)
            : new RulingLine((x1 + x2) / 2, Math.Min(y1, y2), (x1 + x2) / 2, Math.Max(y1, y2)));
    }
}
