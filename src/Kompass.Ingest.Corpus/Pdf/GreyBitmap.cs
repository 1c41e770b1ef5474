namespace Kompass.Ingest.Corpus.Pdf;

/// <summary>
/// An 8-bit grey raster (0 black … 255 white), row by row from the top, with a non-zero-winding
/// polygon fill anti-aliased by 4 sub-scanlines per row and exact horizontal coverage.
/// </summary>
public sealed class GreyBitmap(int width, int height)
{
    private const int SubRows = 4;

    /// <summary>Width in pixels.</summary>
    public int Width { get; } = width;

    /// <summary>Height in pixels.</summary>
    public int Height { get; } = height;

    /// <summary>The pixels, <see cref="Width"/> × <see cref="Height"/>, top row first.</summary>
    public byte[] Pixels { get; } = new byte[width * height];

    /// <summary>Sets every pixel to <paramref name="grey"/>.</summary>
    public void Clear(byte grey) => Array.Fill(Pixels, grey);

    /// <summary>Darkens the pixel at (<paramref name="x"/>, <paramref name="y"/>) towards <paramref name="ink"/> by <paramref name="coverage"/> (0–1).</summary>
    public void Blend(int x, int y, double coverage, byte ink)
    {
        if (x < 0 || y < 0 || x >= Width || y >= Height || coverage <= 0)
        {
            return;
        }

        var index = (y * Width) + x;
        var current = Pixels[index];
        Pixels[index] = (byte)Math.Round(current + ((ink - current) * Math.Min(1, coverage)));
    }

    /// <summary>Fills the polygons (pixel coordinates, y down) as one shape with the non-zero winding rule.</summary>
    public void Fill(IReadOnlyList<IReadOnlyList<(double X, double Y)>> polygons, byte ink)
    {
        var edges = polygons.SelectMany(Edges).ToList();
        if (edges.Count == 0)
        {
            return;
        }

        var top = Math.Max(0, (int)Math.Floor(edges.Min(e => Math.Min(e.Y0, e.Y1))));
        var bottom = Math.Min(Height - 1, (int)Math.Ceiling(edges.Max(e => Math.Max(e.Y0, e.Y1))));
        var left = Math.Max(0, (int)Math.Floor(edges.Min(e => Math.Min(e.X0, e.X1))));
        var right = Math.Min(Width - 1, (int)Math.Ceiling(edges.Max(e => Math.Max(e.X0, e.X1))));
        var coverage = new double[Width + 1];
        var crossings = new List<(double X, int Winding)>();
        for (var row = top; row <= bottom; row++)
        {
            Array.Clear(coverage, left, right - left + 1);
            for (var sub = 0; sub < SubRows; sub++)
            {
                var y = row + ((sub + 0.5) / SubRows);
                crossings.Clear();
                foreach (var e in edges)
                {
                    if ((e.Y0 <= y && e.Y1 > y) || (e.Y1 <= y && e.Y0 > y))
                    {
                        crossings.Add((e.X0 + ((y - e.Y0) * (e.X1 - e.X0) / (e.Y1 - e.Y0)), e.Y1 > e.Y0 ? 1 : -1));
                    }
                }

                crossings.Sort((a, b) => a.X.CompareTo(b.X));
                var winding = 0;
                for (var i = 0; i < crossings.Count - 1; i++)
                {
                    winding += crossings[i].Winding;
                    if (winding != 0)
                    {
                        AddSpan(coverage, crossings[i].X, crossings[i + 1].X);
                    }
                }
            }

            for (var x = left; x <= right; x++)
            {
                Blend(x, row, coverage[x] / SubRows, ink);
            }
        }
    }

    private void AddSpan(double[] coverage, double from, double to)
    {
        from = Math.Clamp(from, 0, Width);
        to = Math.Clamp(to, 0, Width);
        var first = (int)Math.Floor(from);
        var last = (int)Math.Floor(to);
        if (first == last)
        {
            coverage[first] += to - from;
            return;
        }

        coverage[first] += first + 1 - from;
        for (var x = first + 1; x < last; x++)
        {
            coverage[x] += 1;
        }

        coverage[last] += to - last;
    }

    private static IEnumerable<(double X0, double Y0, double X1, double Y1)> Edges(IReadOnlyList<(double X, double Y)> polygon)
    {
        for (var i = 0; i < polygon.Count; i++)
        {
            var a = polygon[i];
            var b = polygon[(i + 1) % polygon.Count];
            if (a.Y != b.Y)
            {
                yield return (a.X, a.Y, b.X, b.Y);
            }
        }
    }
}
