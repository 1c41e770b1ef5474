using System.Text;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Export.Tests;

public sealed class CsvExportWriterTests
{
    private readonly CsvExportWriter _sut = new();

    [Fact]
    public void Write_Always_StartsWithABomAndTheHeader()
    {
        var bytes = Write([]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(string.Join(',', CsvExportWriter.Columns) + "\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Write_Report_HasOneRowPerNumberWithItsPage()
    {
        var lines = Lines(Report());

        Assert.Equal(
        [
            "sha256,path,documentType,municipality,municipalityCode,year,frameworkVersion,area,question,label,measure,value,page",
            $"{Extractions.Sha},\"Ö/rapport, 2017.pdf\",kommunkompassen-analysis,Helsingborg,1283,2017,2010,,,,total,512.5,",
            $"{Extractions.Sha},\"Ö/rapport, 2017.pdf\",kommunkompassen-analysis,Helsingborg,1283,2017,2010,1,,Offentlighet och demokrati,score,62,5",
            $"{Extractions.Sha},\"Ö/rapport, 2017.pdf\",kommunkompassen-analysis,Helsingborg,1283,2017,2010,1,1.1,\"Hur \"\"informerar\"\" kommunen?\",score,10.5,30",
            $"{Extractions.Sha},\"Ö/rapport, 2017.pdf\",kommunkompassen-analysis,Helsingborg,1283,2017,2010,1,1.1,\"Hur \"\"informerar\"\" kommunen?\",max,15,30",
        ],
        lines);
    }

    [Fact]
    public void Write_DocumentWithoutNumbers_HasNoRows()
    {
        var lines = Lines(new ExportDocument { Sha256 = Extractions.Sha, Path = "a.pdf", DocumentType = "unreadable", Error = "empty file" });

        Assert.Single(lines);
    }

    internal static ExportDocument Report() => new()
    {
        Sha256 = Extractions.Sha,
        Path = "Ö/rapport, 2017.pdf",
        DocumentType = "kommunkompassen-analysis",
        Municipality = new ExportMunicipality("Helsingborg", "1283", "kommun"),
        Year = 2017,
        FrameworkVersion = "2010",
        Total = 512.5m,
        Areas =
        [
            new ExportArea
            {
                Number = 1,
                Name = "Offentlighet och demokrati",
                Score = 62,
                Page = 5,
                Questions = [new ExportQuestion { Id = "1.1", Text = "Hur \"informerar\" kommunen?", Score = 10.5m, Max = 15, Page = 30 }],
            },
        ],
    };

    private byte[] Write(IEnumerable<ExportDocument> documents)
    {
        using var stream = new MemoryStream();
        _sut.Write(stream, documents);
        return stream.ToArray();
    }

    private string[] Lines(ExportDocument document)
        => Encoding.UTF8.GetString(Write([document])[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
