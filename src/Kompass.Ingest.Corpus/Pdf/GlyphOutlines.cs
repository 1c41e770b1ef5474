namespace Kompass.Ingest.Corpus.Pdf;

/// <summary>
/// Decodes one glyph of a <see cref="TrueTypeFont"/>: the contours of a simple glyph with their
/// quadratic curves flattened, or the transformed components of a composite glyph (å, ä, ö).
/// </summary>
internal static class GlyphOutlines
{
    private const int CurveSteps = 6;

    /// <summary>The glyph's polygons in font units.</summary>
    public static IReadOnlyList<IReadOnlyList<(double X, double Y)>> Read(TrueTypeFont font, int glyph)
    {
        var (start, length) = font.GlyphData(glyph);
        if (length == 0)
        {
            return [];
        }

        var contours = font.I16(start);
        return contours >= 0 ? Simple(font, start, contours) : Composite(font, start + 10);
    }

    private static List<IReadOnlyList<(double X, double Y)>> Simple(TrueTypeFont font, int start, int contours)
    {
        var ends = Enumerable.Range(0, contours).Select(i => font.U16(start + 10 + (2 * i))).ToArray();
        var points = contours == 0 ? 0 : ends[^1] + 1;
        var at = start + 10 + (2 * contours);
        at += 2 + font.U16(at);
        var flags = new byte[points];
        for (var i = 0; i < points;)
        {
            var flag = (byte)font.U8(at++);
            flags[i++] = flag;
            if ((flag & 0x08) != 0)
            {
                for (var repeat = font.U8(at++); repeat > 0; repeat--)
                {
                    flags[i++] = flag;
                }
            }
        }

        var xs = Coordinates(font, flags, ref at, shortBit: 0x02, sameBit: 0x10);
        var ys = Coordinates(font, flags, ref at, shortBit: 0x04, sameBit: 0x20);
        var result = new List<IReadOnlyList<(double X, double Y)>>();
        var first = 0;
        foreach (var end in ends)
        {
            var contour = Enumerable.Range(first, end - first + 1).Select(i => (xs[i], ys[i], (flags[i] & 1) != 0)).ToList();
            result.Add(Flatten(contour));
            first = end + 1;
        }

        return result;
    }

    private static int[] Coordinates(TrueTypeFont font, byte[] flags, ref int at, int shortBit, int sameBit)
    {
        var values = new int[flags.Length];
        var value = 0;
        for (var i = 0; i < flags.Length; i++)
        {
            if ((flags[i] & shortBit) != 0)
            {
                var delta = font.U8(at++);
                value += (flags[i] & sameBit) != 0 ? delta : -delta;
            }
            else if ((flags[i] & sameBit) == 0)
            {
                value += font.I16(at);
                at += 2;
            }

            values[i] = value;
        }

        return values;
    }

    private static List<IReadOnlyList<(double X, double Y)>> Composite(TrueTypeFont font, int at)
    {
        var result = new List<IReadOnlyList<(double X, double Y)>>();
        int flags;
        do
        {
            flags = font.U16(at);
            var component = font.U16(at + 2);
            at += 4;
            var words = (flags & 0x0001) != 0;
            double dx = words ? font.I16(at) : (sbyte)font.U8(at);
            double dy = words ? font.I16(at + 2) : (sbyte)font.U8(at + 1);
            at += words ? 4 : 2;
            if ((flags & 0x0002) == 0)
            {
                // Point-matched components are positioned by anchor points; none of our letters use them.
                (dx, dy) = (0, 0);
            }

            var (a, b, c, d) = (1.0, 0.0, 0.0, 1.0);
            if ((flags & 0x0008) != 0)
            {
                a = d = F2Dot14(font, at);
                at += 2;
            }
            else if ((flags & 0x0040) != 0)
            {
                (a, d) = (F2Dot14(font, at), F2Dot14(font, at + 2));
                at += 4;
            }
            else if ((flags & 0x0080) != 0)
            {
                (a, b, c, d) = (F2Dot14(font, at), F2Dot14(font, at + 2), F2Dot14(font, at + 4), F2Dot14(font, at + 6));
                at += 8;
            }

            foreach (var polygon in font.Outline(component))
            {
                result.Add(polygon.Select(p => ((a * p.X) + (c * p.Y) + dx, (b * p.X) + (d * p.Y) + dy)).ToList());
            }
        }
        while ((flags & 0x0020) != 0);

        return result;
    }

    private static double F2Dot14(TrueTypeFont font, int at) => font.I16(at) / 16384.0;

    // Quadratic B-splines: two off-curve points in a row imply an on-curve point between them.
    private static List<(double X, double Y)> Flatten(List<(int X, int Y, bool On)> contour)
    {
        var expanded = new List<(double X, double Y, bool On)>();
        for (var i = 0; i < contour.Count; i++)
        {
            var p = contour[i];
            var next = contour[(i + 1) % contour.Count];
            expanded.Add((p.X, p.Y, p.On));
            if (!p.On && !next.On)
            {
                expanded.Add(((p.X + next.X) / 2.0, (p.Y + next.Y) / 2.0, true));
            }
        }

        var startIndex = expanded.FindIndex(p => p.On);
        var polygon = new List<(double X, double Y)>();
        if (startIndex < 0)
        {
            return polygon;
        }

        var n = expanded.Count;
        var current = expanded[startIndex];
        polygon.Add((current.X, current.Y));
        for (var k = 1; k <= n; k++)
        {
            var p = expanded[(startIndex + k) % n];
            if (p.On)
            {
                polygon.Add((p.X, p.Y));
                current = p;
                continue;
            }

            var end = expanded[(startIndex + k + 1) % n];
            for (var s = 1; s <= CurveSteps; s++)
            {
                var t = s / (double)CurveSteps;
                var u = 1 - t;
                polygon.Add(((u * u * current.X) + (2 * u * t * p.X) + (t * t * end.X), (u * u * current.Y) + (2 * u * t * p.Y) + (t * t * end.Y)));
            }

            current = end;
            k++;
        }

        return polygon;
    }
}
