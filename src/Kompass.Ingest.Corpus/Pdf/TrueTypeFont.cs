using System.Buffers.Binary;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Pdf;

/// <summary>
/// Reads glyph outlines from a TrueType file (cmap format 4, loca, glyf with simple and composite
/// glyphs, hmtx) so that <see cref="ScannedPage"/> can draw real letter shapes into a raster
/// image without a graphics library. Outlines are flattened to polygons in font units, y up.
/// </summary>
public sealed class TrueTypeFont
{
    private readonly byte[] _data;
    private readonly Dictionary<string, int> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<int, IReadOnlyList<IReadOnlyList<(double X, double Y)>>> _outlines = [];
    private readonly bool _longOffsets;
    private readonly int _metricsCount;
    private readonly int _unicodeMap;

    /// <summary>Parses the table directory of <paramref name="data"/>.</summary>
    public TrueTypeFont(byte[] data)
    {
        _data = Guard.NotNull(data);
        var count = U16(4);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + (16 * i);
            _tables[System.Text.Encoding.ASCII.GetString(_data, record, 4)] = (int)U32(record + 8);
        }

        UnitsPerEm = U16(_tables["head"] + 18);
        _longOffsets = I16(_tables["head"] + 50) == 1;
        _metricsCount = U16(_tables["hhea"] + 34);
        _unicodeMap = FindUnicodeSubtable();
    }

    /// <summary>Font units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>The glyph for <paramref name="c"/> (0, the missing glyph, when the font lacks it).</summary>
    public int GlyphIndex(char c)
    {
        var table = _unicodeMap;
        var segments = U16(table + 6) / 2;
        var ends = table + 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            if (U16(ends + (2 * s)) < c)
            {
                continue;
            }

            var start = U16(starts + (2 * s));
            if (start > c)
            {
                return 0;
            }

            var delta = I16(deltas + (2 * s));
            var rangeOffset = U16(rangeOffsets + (2 * s));
            if (rangeOffset == 0)
            {
                return (c + delta) & 0xFFFF;
            }

            var glyph = U16(rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start)));
            return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
        }

        return 0;
    }

    /// <summary>The advance width of <paramref name="glyph"/> in font units.</summary>
    public int Advance(int glyph) => U16(_tables["hmtx"] + (4 * Math.Min(glyph, _metricsCount - 1)));

    /// <summary>The closed polygons of <paramref name="glyph"/> in font units (empty for a space).</summary>
    public IReadOnlyList<IReadOnlyList<(double X, double Y)>> Outline(int glyph)
    {
        if (!_outlines.TryGetValue(glyph, out var outline))
        {
            outline = GlyphOutlines.Read(this, glyph);
            _outlines[glyph] = outline;
        }

        return outline;
    }

    /// <summary>The byte range of <paramref name="glyph"/> in the glyf table; empty for a glyph without contours.</summary>
    internal (int Start, int Length) GlyphData(int glyph)
    {
        var loca = _tables["loca"];
        var (from, to) = _longOffsets
            ? ((int)U32(loca + (4 * glyph)), (int)U32(loca + (4 * glyph) + 4))
            : (U16(loca + (2 * glyph)) * 2, U16(loca + (2 * glyph) + 2) * 2);
        return (_tables["glyf"] + from, to - from);
    }

    internal int U16(int offset) => BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(offset));

    internal int I16(int offset) => BinaryPrimitives.ReadInt16BigEndian(_data.AsSpan(offset));

    internal int U8(int offset) => _data[offset];

    private uint U32(int offset) => BinaryPrimitives.ReadUInt32BigEndian(_data.AsSpan(offset));

    private int FindUnicodeSubtable()
    {
        var cmap = _tables["cmap"];
        for (var i = 0; i < U16(cmap + 2); i++)
        {
            var record = cmap + 4 + (8 * i);
            var platform = U16(record);
            var encoding = U16(record + 2);
            var table = cmap + (int)U32(record + 4);
            if (((platform == 3 && encoding == 1) || platform == 0) && U16(table) == 4)
            {
                return table;
            }
        }

        throw new KompassBugException("the font has no Unicode cmap of format 4");
    }
}
