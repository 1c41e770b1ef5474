using System.Text;
using System.Text.Json;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Export.Tests;

public sealed class ExportWriterTests
{
    private static readonly DateTimeOffset Moment = new(2025, 3, 14, 13, 45, 30, TimeSpan.FromHours(1));

    [Fact]
    public void Build_Always_StampsSchemaAndUtcTimeToTheSecond()
    {
        var sut = new ExportWriter(new FixedTime(Moment.AddTicks(1234)));

        var file = sut.Build([]);

        Assert.Equal(("kompass-export/1", "2025-03-14T12:45:30Z"), (file.Schema, file.GeneratedAt));
    }

    [Fact]
    public void Write_Document_WritesEveryContractFieldIncludingNulls()
    {
        var sut = new ExportWriter(new FixedTime(Moment));
        var document = new ExportDocument { Sha256 = Extractions.Sha, Path = "a.pdf", DocumentType = "related-document" };
        using var stream = new MemoryStream();

        sut.Write(stream, [document]);

        using var json = JsonDocument.Parse(stream.ToArray());
        var written = json.RootElement.GetProperty("documents")[0];
        string[] required = ["sha256", "path", "documentType", "error", "title", "frameworkVersion", "municipality", "year", "month",
            "reportDate", "evaluators", "evaluationRound", "ocr", "total", "nationalMeanTotal", "areas", "flags"];
        Assert.All(required, name => Assert.True(written.TryGetProperty(name, out _), name));
        Assert.Equal(JsonValueKind.Null, written.GetProperty("municipality").ValueKind);
    }

    [Fact]
    public void Write_SwedishText_IsWrittenAsItselfInUtf8WithoutBom()
    {
        var sut = new ExportWriter(new FixedTime(Moment));
        var document = new ExportDocument { Sha256 = Extractions.Sha, Path = "Örnsköldsvik/ånge.pdf", DocumentType = "related-document" };
        using var stream = new MemoryStream();

        sut.Write(stream, [document]);

        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Contains("\"Örnsköldsvik/ånge.pdf\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteFile_FolderMissing_IsUserActionable()
    {
        var sut = new ExportWriter(new FixedTime(Moment));
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "export.json");

        Assert.Throws<UserActionableException>(() => sut.WriteFile(path, []));
    }

    [Fact]
    public void WriteFile_ExistingFile_IsReplacedWhole()
    {
        var sut = new ExportWriter(new FixedTime(Moment));
        var path = Path.Combine(Path.GetTempPath(), $"kompass-export-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, new string('x', 100_000));
        try
        {
            sut.WriteFile(path, []);

            using var stream = File.OpenRead(path);
            Assert.Empty(ContractJson.ReadExport(stream).Documents);
            Assert.False(File.Exists(path + ".tmp"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
