using System.Globalization;
using System.Text;

namespace Kompass.Ingest.Layout;

/// <summary>
/// Checks a file's last cross-reference section against its bytes. PdfPig's lenient parser
/// repairs a wrong "startxref" or wrong object offsets by scanning the file, but says nothing;
/// this check is how such a repair still becomes a warning on the document. Only classic tables
/// are checked entry by entry; a cross-reference stream is only checked to be where it is said to be.
/// </summary>
internal static class CrossReferenceCheck
{
    private const int TailWindow = 4096;
    private const string Repaired = "PdfPig rebuilt it by scanning the file";

    /// <summary>Zero or one warning line.</summary>
    public static IReadOnlyList<string> Check(byte[] pdf)
    {
        var tailStart = Math.Max(0, pdf.Length - TailWindow);
        var marker = pdf.AsSpan(tailStart).LastIndexOf("startxref"u8);
        if (marker < 0)
        {
            return []; // PdfPig reports a missing startxref itself.
        }

        var cursor = new ByteCursor(pdf, tailStart + marker + "startxref".Length);
        if (cursor.ReadNumber() is not { } offset)
        {
            return [$"damaged cross-reference table: startxref gives no offset; {Repaired}"];
        }

        if (offset >= pdf.Length)
        {
            return [$"damaged cross-reference table: startxref points past the end of the file (byte {offset} of {pdf.Length}); {Repaired}"];
        }

        var table = new ByteCursor(pdf, (int)offset);
        if (table.TryKeyword("xref"))
        {
            var (checkedEntries, wrong) = CheckTable(table);
            return wrong == 0
                ? []
                : [$"damaged cross-reference table: {wrong} of {checkedEntries} object offsets are wrong; {Repaired}"];
        }

        return IsObjectHeader(pdf, offset, expectedNumber: null)
            ? []
            : [$"damaged cross-reference table: startxref points at byte {offset}, where no table starts; {Repaired}"];
    }

    private static (int Checked, int Wrong) CheckTable(ByteCursor cursor)
    {
        int total = 0, wrong = 0;
        while (cursor.ReadNumber() is { } first && cursor.ReadNumber() is { } count)
        {
            for (var i = 0; i < count; i++)
            {
                if (cursor.ReadNumber() is not { } offset || cursor.ReadNumber() is null || cursor.ReadWord() is not { } kind)
                {
                    return (total, wrong + 1);
                }

                if (kind == "n" && first + i > 0)
                {
                    total++;
                    wrong += IsObjectHeader(cursor.Bytes, offset, first + i) ? 0 : 1;
                }
            }
        }

        return (total, wrong);
    }

    private static bool IsObjectHeader(byte[] pdf, long offset, long? expectedNumber)
    {
        if (offset < 0 || offset >= pdf.Length)
        {
            return false;
        }

        var cursor = new ByteCursor(pdf, (int)offset);
        return cursor.ReadNumber() is { } number
            && (expectedNumber is null || number == expectedNumber)
            && cursor.ReadNumber() is not null
            && cursor.TryKeyword("obj");
    }

    /// <summary>A forward reader over PDF tokens: numbers and bare words separated by white space.</summary>
    private sealed class ByteCursor(byte[] bytes, int position)
    {
        private int _position = position;

        public byte[] Bytes { get; } = bytes;

        public long? ReadNumber()
        {
            SkipWhiteSpace();
            var start = _position;
            while (_position < Bytes.Length && Bytes[_position] is >= (byte)'0' and <= (byte)'9' && _position - start < 18)
            {
                _position++;
            }

            return _position == start
                ? null
                : long.Parse(Encoding.ASCII.GetString(Bytes, start, _position - start), CultureInfo.InvariantCulture);
        }

        public string? ReadWord()
        {
            SkipWhiteSpace();
            var start = _position;
            while (_position < Bytes.Length && Bytes[_position] is >= (byte)'a' and <= (byte)'z')
            {
                _position++;
            }

            return _position == start ? null : Encoding.ASCII.GetString(Bytes, start, _position - start);
        }

        public bool TryKeyword(string keyword)
        {
            SkipWhiteSpace();
            var start = _position;
            if (ReadWord() == keyword)
            {
                return true;
            }

            _position = start;
            return false;
        }

        private void SkipWhiteSpace()
        {
            while (_position < Bytes.Length && Bytes[_position] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0)
            {
                _position++;
            }
        }
    }
}
