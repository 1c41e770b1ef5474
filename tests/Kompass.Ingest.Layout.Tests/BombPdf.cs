using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Kompass.Ingest.Layout.Tests;

/// <summary>
/// Hand-written PDFs built to break readers: a compressed stream that unpacks to gigabytes, loops
/// and long chains in the object graph, page trees that lie about their size. Each is one page of
/// text ("Hej") plus the trap, so a reader that survives the trap could read the page.
/// </summary>
internal static class BombPdf
{
    private const string Text = "BT /F1 12 Tf 50 700 Td (Hej) Tj ET";

    /// <summary>The page's content stream, Flate-compressed, unpacks to <paramref name="megabytes"/> MB of spaces.</summary>
    public static byte[] InflatingContent(int megabytes)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(Encoding.ASCII.GetBytes(Text + "\n"));
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < megabytes; i++)
            {
                zlib.Write(spaces);
            }
        }

        var objects = HandWrittenPdf.TextPages([Text]);
        var data = Encoding.Latin1.GetString(buffer.ToArray());
        objects[^1] = $"<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n{data}\nendstream";
        return HandWrittenPdf.Build(objects);
    }

    /// <summary>The page's MediaBox is a reference to an object that is only a reference, and so on <paramref name="length"/> times; the last is the box, or, with <paramref name="loop"/>, a reference back to the first.</summary>
    public static byte[] ReferenceChain(int length, bool loop = false)
    {
        var objects = HandWrittenPdf.TextPages([Text]);
        var first = objects.Count + 1;
        objects[2] = objects[2].Replace("/MediaBox [0 0 595 842]", $"/MediaBox {first} 0 R", StringComparison.Ordinal);
        for (var i = 1; i < length; i++)
        {
            objects.Add(Invariant($"{first + i} 0 R"));
        }

        objects.Add(loop ? Invariant($"{first} 0 R") : "[0 0 595 842]");
        return HandWrittenPdf.Build(objects);
    }

    /// <summary>The one page sits under <paramref name="depth"/> levels of page-tree nodes with one kid each.</summary>
    public static byte[] DeepPageTree(int depth)
    {
        var objects = HandWrittenPdf.TextPages([Text]);
        var first = objects.Count + 1;
        objects[1] = Invariant($"<< /Type /Pages /Kids [{first} 0 R] /Count 1 >>");
        for (var i = 0; i < depth; i++)
        {
            var parent = i == 0 ? 2 : first + i - 1;
            var kid = i == depth - 1 ? 3 : first + i + 1;
            objects.Add(Invariant($"<< /Type /Pages /Parent {parent} 0 R /Kids [{kid} 0 R] /Count 1 >>"));
        }

        objects[2] = objects[2].Replace("/Parent 2 0 R", Invariant($"/Parent {first + depth - 1} 0 R"), StringComparison.Ordinal);
        return HandWrittenPdf.Build(objects);
    }

    /// <summary>One page whose page tree says it has <paramref name="claimed"/> pages.</summary>
    public static byte[] LyingPageCount(long claimed)
    {
        var objects = HandWrittenPdf.TextPages([Text]);
        objects[1] = objects[1].Replace("/Count 1", Invariant($"/Count {claimed}"), StringComparison.Ordinal);
        return HandWrittenPdf.Build(objects);
    }

    /// <summary><paramref name="pages"/> pages that all draw the same content stream (a few hundred bytes each).</summary>
    public static byte[] ManyPages(int pages)
    {
        var objects = HandWrittenPdf.TextPages([Text]);
        var kids = string.Join(' ', Enumerable.Range(0, pages).Select(i => Invariant($"{(i == 0 ? 3 : objects.Count + i)} 0 R")));
        objects[1] = Invariant($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>");
        for (var i = 1; i < pages; i++)
        {
            objects.Add(objects[2]);
        }

        return HandWrittenPdf.Build(objects);
    }

    /// <summary>An object stream that says it holds a billion objects, next to the one good page.</summary>
    public static byte[] HugeObjectStream()
    {
        var objects = HandWrittenPdf.TextPages([Text]);
        objects.Add("<< /Type /ObjStm /N 1000000000 /First 4 /Length 8 >>\nstream\n1 0 1 0 \nendstream");
        return HandWrittenPdf.Build(objects);
    }

    /// <summary>A dictionary nested <paramref name="depth"/> levels deep in the page dictionary.</summary>
    public static byte[] NestedDictionaries(int depth)
        => HandWrittenPdf.Build(HandWrittenPdf.TextPages(
            [Text],
            pageExtra: "/Deep " + string.Concat(Enumerable.Repeat("<< /A ", depth)) + "1" + string.Concat(Enumerable.Repeat(" >>", depth))));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
