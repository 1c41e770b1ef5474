using Parquet.Serialization;

namespace Kompass.Ingest.Export.Tests;

/// <summary>The Parquet export holds the CSV's rows, typed; read back here with Parquet.Net.</summary>
public sealed class ParquetExportWriterTests
{
    [Fact]
    public async Task Write_Report_HoldsTheLongFormatRowsTyped()
    {
        using var stream = new MemoryStream();
        new ParquetExportWriter().Write(stream, [CsvExportWriterTests.Report()]);
        stream.Position = 0;

        var result = await ParquetSerializer.DeserializeAsync<LongFormatRow>(stream);
        var rows = result.Data;

        Assert.Equal(CsvExportWriter.Columns, result.Schema.GetDataFields().Select(f => f.Name));

        Assert.Equal(CsvExportWriter.Rows(CsvExportWriterTests.Report()), rows);
        Assert.Equal(("total", 512.5m, (int?)null), (rows[0].Measure, rows[0].Value, rows[0].Area));
        Assert.Equal(("1.1", "max", 15m, (int?)30), (rows[3].Question, rows[3].Measure, rows[3].Value, rows[3].Page));
    }
}
