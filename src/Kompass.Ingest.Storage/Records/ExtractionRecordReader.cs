using System.Text;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Storage.Bson;

namespace Kompass.Ingest.Storage.Records;

/// <summary>
/// Reads the binary record <see cref="ExtractionRecordWriter"/> writes (the format is described
/// there). A record that is not one (damaged, or written by another program) is the store's
/// one-line "malformed record" error, never a reader's exception.
/// </summary>
internal static class ExtractionRecordReader
{
    private const string Record = "extraction";
    private const string Field = "extractionRecord";

    /// <summary>The extraction <paramref name="record"/> holds.</summary>
    public static ReportExtraction Read(byte[] record)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(record, writable: false), Encoding.UTF8);
            var version = reader.ReadByte();
            if (version != ExtractionRecordWriter.Version)
            {
                throw BsonRead.Malformed(Record, Field);
            }

            var extraction = ReadExtraction(reader);
            return reader.BaseStream.Position == record.Length ? extraction : throw BsonRead.Malformed(Record, Field);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException)
        {
            throw BsonRead.Malformed(Record, Field);
        }
    }

    /// <summary>
    /// What comparing copies of a report needs (see <see cref="IDocumentReader.ExtractionScores"/>):
    /// the extraction <see cref="Read"/> reads, its texts left out.
    /// </summary>
    public static ReportExtraction ReadScores(byte[] record)
    {
        var e = Read(record);
        return new ReportExtraction
        {
            Type = e.Type,
            Municipality = e.Municipality,
            Year = e.Year,
            Total = e.Total,
            Areas = [.. e.Areas.Select(a => new AreaExtraction
            {
                Number = a.Number,
                SummaryScore = a.SummaryScore,
                SectionScore = a.SectionScore,
                TableTotal = a.TableTotal,
                Questions = a.Questions,
            })],
        };
    }

    // In the order ExtractionRecordWriter writes the fields.
    private static ReportExtraction ReadExtraction(BinaryReader r) => new()
    {
        Type = StoreNames.TypeOf(r.ReadString(), Record),
        Error = OptionalText(r),
        TypeEvidence = OptionalText(r),
        Title = Optional(r, Text),
        Framework = StoreNames.Revision(OptionalText(r)),
        QuestionSet = OptionalText(r),
        MunicipalityAsPrinted = Optional(r, Text),
        Municipality = Optional(r, Municipality),
        Year = Optional(r, Integer),
        TitleYear = Optional(r, Integer),
        TextYear = Optional(r, Integer),
        Month = Optional(r, Integer),
        FirstVisitDay = Optional(r, Date),
        ReportDate = Optional(r, Date),
        Evaluators = List(r, Text),
        EvaluationRound = Optional(r, Integer),
        InterviewCount = Optional(r, Integer),
        Ocr = r.ReadBoolean(),
        Total = Optional(r, Number),
        NationalMeanTotal = Optional(r, Number),
        Areas = List(r, Area),
        Warnings = List(r, reader => reader.ReadString()),
        PageCount = r.ReadInt32(),
        Producer = OptionalText(r),
        LeadText = OptionalText(r),
    };

    private static Municipality Municipality(BinaryReader r)
    {
        var name = r.ReadString();
        var code = MunicipalityCode.TryParse(OptionalText(r), out var parsed) ? parsed : (MunicipalityCode?)null;
        return new Municipality(name, code, StoreNames.Kind(r.ReadString()));
    }

    private static AreaExtraction Area(BinaryReader r) => new()
    {
        Number = r.ReadInt32(),
        Name = Optional(r, Text),
        SummaryScore = Optional(r, Number),
        NationalMean = Optional(r, Number),
        SectionScore = Optional(r, Number),
        TableTotal = Optional(r, Number),
        TableTotalMax = Optional(r, Number),
        Subheadings = List(r, Text),
        Strengths = List(r, Text),
        Improvements = List(r, Text),
        Questions = List(r, Question),
    };

    private static QuestionRow Question(BinaryReader r) => new(
        Text(r),
        Text(r),
        Optional(r, Number),
        Optional(r, Number),
        Optional(r, Number));

    // Each value is read before its provenance, as written.
    private static Sourced<string> Text(BinaryReader r) => Sourced(r.ReadString(), r);

    private static Sourced<decimal> Number(BinaryReader r) => Sourced(r.ReadDecimal(), r);

    private static Sourced<int> Integer(BinaryReader r) => Sourced(r.ReadInt32(), r);

    private static Sourced<DateOnly> Date(BinaryReader r) => Sourced(DateOnly.FromDayNumber(r.ReadInt32()), r);

    private static Sourced<T> Sourced<T>(T value, BinaryReader r)
    {
        var page = r.ReadInt32();
        var box = r.ReadBoolean() ? new BoundingBox(r.ReadDouble(), r.ReadDouble(), r.ReadDouble(), r.ReadDouble()) : (BoundingBox?)null;
        return Domain.Provenance.Sourced.Of(value, new Provenance(page, box, r.ReadString(), r.ReadString()));
    }

    private static string? OptionalText(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static T? Optional<T>(BinaryReader r, Func<BinaryReader, T> read)
        where T : class
        => r.ReadBoolean() ? read(r) : null;

    private static IReadOnlyList<T> List<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        var count = r.Read7BitEncodedInt();
        if (count < 0 || count > r.BaseStream.Length - r.BaseStream.Position)
        {
            // Every item takes at least a byte: a larger count is a damaged record, not a list to allocate.
            throw new FormatException("a list longer than the record");
        }

        var items = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read(r));
        }

        return items;
    }
}
