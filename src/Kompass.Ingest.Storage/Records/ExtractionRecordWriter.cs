using System.Text;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Storage.Bson;

namespace Kompass.Ingest.Storage.Records;

/// <summary>
/// Writes a raw <see cref="ReportExtraction"/> as the compact binary record the <c>extractions</c>
/// collection keeps it in (one BSON binary value, see <see cref="StoredExtractionBson"/>);
/// <see cref="ExtractionRecordReader"/> reads it back.
/// <para>
/// Why not a BSON document, as stores before it kept: a report's extraction is over a thousand
/// sourced values, each a document of five fields and a box array. Building those and having
/// LiteDB encode them was the biggest part of storing a document; writing the same values in a
/// fixed order into one buffer, which LiteDB then copies as it is, costs a fraction of that.
/// JSON was tried too: formatting every box coordinate as the shortest text that reads back
/// exactly cost more than the BSON did.
/// </para>
/// <para>
/// The format (version <see cref="Version"/>), little-endian as <see cref="BinaryWriter"/> writes:
/// the version byte, then every field of <see cref="ReportExtraction"/> in the order
/// <see cref="WriteExtraction"/> writes them. Text is length-prefixed UTF-8 (a lone surrogate,
/// which is no Unicode, becomes U+FFFD); a number is a decimal (its 16 bytes keep the printed
/// scale); a date is its day number; an optional value is a presence byte and the value; a list
/// is a 7-bit encoded count and the items; a sourced value is the value, then its page, a
/// presence byte and the box's four doubles, its raw text and its extractor. A change of the
/// format is a new version, and the reader keeps reading the old ones.
/// </para>
/// </summary>
internal static class ExtractionRecordWriter
{
    /// <summary>The format version this writer writes.</summary>
    public const byte Version = 1;

    // Replaces a lone surrogate instead of throwing as BinaryWriter's own UTF-8 does.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    // The writer thread's buffer, reused: a report's record is tens of KB, and a fresh stream
    // grew through a dozen copies to get there.
    [ThreadStatic]
    private static MemoryStream? t_buffer;

    /// <summary>The extraction's record.</summary>
    public static byte[] Write(ReportExtraction extraction)
    {
        var buffer = t_buffer ??= new MemoryStream(64 * 1024);
        buffer.SetLength(0);
        using (var writer = new BinaryWriter(buffer, Utf8, leaveOpen: true))
        {
            writer.Write(Version);
            WriteExtraction(writer, extraction);
        }

        return buffer.ToArray();
    }

    private static void WriteExtraction(BinaryWriter w, ReportExtraction e)
    {
        w.Write(StoreNames.Name(e.Type));
        Optional(w, e.Error);
        Optional(w, e.TypeEvidence);
        Optional(w, e.Title, Text);
        Optional(w, e.Framework is { } f ? StoreNames.Name(f) : null);
        Optional(w, e.QuestionSet);
        Optional(w, e.MunicipalityAsPrinted, Text);
        Optional(w, e.Municipality, Municipality);
        Optional(w, e.Year, Integer);
        Optional(w, e.TitleYear, Integer);
        Optional(w, e.TextYear, Integer);
        Optional(w, e.Month, Integer);
        Optional(w, e.FirstVisitDay, Date);
        Optional(w, e.ReportDate, Date);
        List(w, e.Evaluators, Text);
        Optional(w, e.EvaluationRound, Integer);
        Optional(w, e.InterviewCount, Integer);
        w.Write(e.Ocr);
        Optional(w, e.Total, Number);
        Optional(w, e.NationalMeanTotal, Number);
        List(w, e.Areas, Area);
        List(w, e.Warnings, (writer, warning) => writer.Write(warning));
        w.Write(e.PageCount);
        Optional(w, e.Producer);
        Optional(w, e.LeadText);
    }

    private static void Municipality(BinaryWriter w, Municipality m)
    {
        w.Write(m.Name);
        Optional(w, m.Code?.Value);
        w.Write(StoreNames.Name(m.Kind));
    }

    private static void Area(BinaryWriter w, AreaExtraction area)
    {
        w.Write(area.Number);
        Optional(w, area.Name, Text);
        Optional(w, area.SummaryScore, Number);
        Optional(w, area.NationalMean, Number);
        Optional(w, area.SectionScore, Number);
        Optional(w, area.TableTotal, Number);
        Optional(w, area.TableTotalMax, Number);
        List(w, area.Subheadings, Text);
        List(w, area.Strengths, Text);
        List(w, area.Improvements, Text);
        List(w, area.Questions, Question);
    }

    private static void Question(BinaryWriter w, QuestionRow row)
    {
        Text(w, row.Id);
        Text(w, row.Text);
        Optional(w, row.Score, Number);
        Optional(w, row.Max, Number);
        Optional(w, row.Percent, Number);
    }

    private static void Text(BinaryWriter w, Sourced<string> sourced)
    {
        w.Write(sourced.Value);
        Source(w, sourced.Source);
    }

    private static void Number(BinaryWriter w, Sourced<decimal> sourced)
    {
        w.Write(sourced.Value);
        Source(w, sourced.Source);
    }

    private static void Integer(BinaryWriter w, Sourced<int> sourced)
    {
        w.Write(sourced.Value);
        Source(w, sourced.Source);
    }

    private static void Date(BinaryWriter w, Sourced<DateOnly> sourced)
    {
        w.Write(sourced.Value.DayNumber);
        Source(w, sourced.Source);
    }

    private static void Source(BinaryWriter w, Provenance source)
    {
        w.Write(source.Page);
        w.Write(source.Box is not null);
        if (source.Box is { } b)
        {
            w.Write(b.Left);
            w.Write(b.Bottom);
            w.Write(b.Right);
            w.Write(b.Top);
        }

        w.Write(source.RawText);
        w.Write(source.Extractor);
    }

    private static void Optional(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null)
        {
            w.Write(text);
        }
    }

    private static void Optional<T>(BinaryWriter w, T? value, Action<BinaryWriter, T> write)
        where T : class
    {
        w.Write(value is not null);
        if (value is not null)
        {
            write(w, value);
        }
    }

    private static void List<T>(BinaryWriter w, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        w.Write7BitEncodedInt(items.Count);
        foreach (var item in items)
        {
            write(w, item);
        }
    }
}
