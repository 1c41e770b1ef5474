using System.IO.Compression;
using System.Text;

namespace Kompass.Ingest.Corpus.Families.Unscored.NonDocuments;

/// <summary>
/// Bytes of the non-document files that collect in shared folders: a Word document (.docx, a zip
/// of XML parts), Word's "~$" owner file, Windows' Thumbs.db (an OLE compound file) and a note.
/// Deterministic: zip entries get a fixed time stamp.
/// </summary>
public static class OfficeFiles
{
    private static readonly DateTimeOffset Stamp = new(2017, 3, 14, 9, 30, 0, TimeSpan.Zero);

    /// <summary>A minimal but well-formed .docx with one Swedish paragraph per line of <paramref name="paragraphs"/>.</summary>
    public static byte[] Docx(IReadOnlyList<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            var body = string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(p)}</w:t></w:r></w:p>"));
            Entry(zip, "word/document.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""");
        }

        return stream.ToArray();
    }

    /// <summary>Word's owner file "~$…docx": 162 bytes, the user name padded with spaces and zeros.</summary>
    public static byte[] WordOwnerFile(string userName)
    {
        var bytes = new byte[162];
        bytes[0] = (byte)Math.Min(userName.Length, 53);
        Encoding.Latin1.GetBytes(userName.PadRight(53)[..53]).CopyTo(bytes, 1);
        Encoding.Unicode.GetBytes(userName.PadRight(53)[..53]).CopyTo(bytes, 55);
        return bytes[..162];
    }

    /// <summary>A Thumbs.db: the OLE compound file signature and header, then sectors of thumbnail-like noise.</summary>
    public static byte[] ThumbsDb(Random random)
    {
        var bytes = new byte[512 * 24];
        random.NextBytes(bytes);
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x3E, 0x00, 0x03, 0x00, 0xFE, 0xFF, 0x09, 0x00];
        header.CopyTo(bytes, 0);
        Array.Clear(bytes, header.Length, 512 - header.Length);
        return bytes;
    }

    /// <summary>A plain-text note in UTF-8 with Windows line ends, as Notepad saves it.</summary>
    public static byte[] Note(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    private static void Entry(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Stamp;
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
