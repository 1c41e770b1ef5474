using System.CommandLine;
using System.Text.Json;
using Kompass.Ingest.Cli.Commands;
using Kompass.Ingest.Domain.Guards;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Kompass.Ingest.Cli.Tests;

/// <summary><c>kompass tables</c> on a PDF drawn in the test: an unruled numeric table and a ruled one.</summary>
public sealed class TablesCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kompass-tables-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Tables_Json_GivesTheDocumentedShapeForBothTables()
    {
        var pdf = WritePdf();

        var (exit, output, _) = await RunAsync("tables", pdf, "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["tables"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var tables = json.RootElement.GetProperty("tables").EnumerateArray().ToList();
        Assert.True(tables.Count == 2, output);
        foreach (var table in tables)
        {
            Assert.Equal(["page", "bbox", "cells"], table.EnumerateObject().Select(p => p.Name));
            Assert.Equal(1, table.GetProperty("page").GetInt32());
            Assert.Equal(4, table.GetProperty("bbox").GetArrayLength());
            Assert.All(table.GetProperty("cells").EnumerateArray(), cell =>
            {
                Assert.Equal(["row", "col", "rowSpan", "colSpan", "text", "bbox"], cell.EnumerateObject().Select(p => p.Name));
                Assert.Equal(4, cell.GetProperty("bbox").GetArrayLength());
            });
        }

        Assert.Equal("Social services and\nelderly care", Text(tables[0], 1, 0));
        Assert.Equal("1250", Text(tables[0], 1, 1));
        Assert.Equal("Total", Text(tables[0], 3, 0));
        Assert.Equal("Result", Text(tables[1], 0, 1));
        Assert.Equal(2, Cell(tables[1], 0, 1).GetProperty("colSpan").GetInt32());
        Assert.Equal(string.Empty, Text(tables[1], 2, 2));
        var ruledBox = tables[1].GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()).ToList();
        Assert.Equal([57.0, 320, 360, 400], ruledBox);
    }

    [Fact]
    public async Task Tables_AreaAndText_PrintsOneGrid()
    {
        var pdf = WritePdf();

        var (exit, output, _) = await RunAsync("tables", pdf, "--page", "1", "--area", "50,300,400,410");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("table 1: page 1, lattice, bbox [57,320,360,400], 4 rows x 3 columns", output, StringComparison.Ordinal);
        Assert.Contains("  Town       | Result | <<", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tables_MissingFile_IsAUserError()
    {
        await Assert.ThrowsAsync<UserActionableException>(() => RunAsync("tables", Path.Combine(_folder, "none.pdf")));
    }

    [Fact]
    public async Task Tables_MalformedArea_IsAUsageError()
    {
        var (exit, _, error) = await RunAsync("tables", WritePdf(), "--area", "1,2,3");

        Assert.NotEqual(ExitCodes.Success, exit);
        Assert.Contains("X0,Y0,X1,Y1", error, StringComparison.Ordinal);
    }

    private static string Text(JsonElement table, int row, int column) => Cell(table, row, column).GetProperty("text").GetString()!;

    private static JsonElement Cell(JsonElement table, int row, int column)
        => table.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("row").GetInt32() == row && c.GetProperty("col").GetInt32() == column);

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { TablesCommand.Create() };
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>An unruled budget table (wrapped first column, right-aligned numbers) above a ruled table with a spanning heading and an empty cell.</summary>
    private string WritePdf()
    {
        using var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        void Right(string text, double right, double baseline, PdfDocumentBuilder.AddedFont font)
        {
            var width = page.MeasureText(text, 10, new PdfPoint(0, 0), font).Max(l => l.BoundingBox.Right);
            page.AddText(text, 10, new PdfPoint(right - width, baseline), font);
        }

        page.AddText("Department", 10, new PdfPoint(57, 750), bold);
        Right("Budget", 330, 750, bold);
        Right("Actual", 420, 750, bold);
        page.AddText("Social services and", 10, new PdfPoint(57, 736), regular);
        page.AddText("elderly care", 10, new PdfPoint(57, 724), regular);
        Right("1250", 330, 736, regular);
        Right("980", 420, 736, regular);
        page.AddText("Schools", 10, new PdfPoint(57, 710), regular);
        Right("2400", 330, 710, regular);
        Right("2512", 420, 710, regular);
        page.AddText("Total", 10, new PdfPoint(57, 696), bold);
        Right("3650", 330, 696, bold);
        Right("3492", 420, 696, bold);

        foreach (var y in new[] { 400.0, 360, 340, 320 })
        {
            page.DrawLine(new PdfPoint(57, y), new PdfPoint(360, y));
        }

        page.DrawLine(new PdfPoint(160, 380), new PdfPoint(360, 380));
        page.DrawLine(new PdfPoint(57, 320), new PdfPoint(57, 400));
        page.DrawLine(new PdfPoint(160, 320), new PdfPoint(160, 400));
        page.DrawLine(new PdfPoint(260, 320), new PdfPoint(260, 380));
        page.DrawLine(new PdfPoint(360, 320), new PdfPoint(360, 400));
        page.AddText("Town", 10, new PdfPoint(62, 376), bold);
        page.AddText("Result", 10, new PdfPoint(190, 386), bold);
        page.AddText("2016", 10, new PdfPoint(165, 366), bold);
        page.AddText("2017", 10, new PdfPoint(265, 366), bold);
        page.AddText("Vallentuna", 10, new PdfPoint(62, 346), regular);
        page.AddText("555", 10, new PdfPoint(165, 346), regular);
        page.AddText("Tranas", 10, new PdfPoint(62, 326), regular);
        page.AddText("512", 10, new PdfPoint(165, 326), regular);
        page.AddText("530", 10, new PdfPoint(265, 326), regular);

        var path = Path.Combine(_folder, "tables.pdf");
        File.WriteAllBytes(path, builder.Build());
        return path;
    }
}
