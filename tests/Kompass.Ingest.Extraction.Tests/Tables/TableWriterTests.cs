using System.Text.Json;
using Kompass.Ingest.Extraction.Tables;
using Kompass.Ingest.Extraction.Tables.Output;

namespace Kompass.Ingest.Extraction.Tests.Tables;

/// <summary>The diagnostic output of <c>kompass tables</c>: the JSON shape and the text grid.</summary>
public sealed class TableWriterTests
{
    [Fact]
    public void Write_Json_HasExactlyTheDocumentedShape()
    {
        var table = new StreamTableDetector().Detect(StreamTableDetectorTests.BudgetPage())[0];

        var json = TableJsonWriter.Write([table]);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(["tables"], root.EnumerateObject().Select(p => p.Name));
        var first = root.GetProperty("tables")[0];
        Assert.Equal(["page", "bbox", "cells"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, first.GetProperty("page").GetInt32());
        Assert.Equal(4, first.GetProperty("bbox").GetArrayLength());
        var cell = first.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("row").GetInt32() == 1 && c.GetProperty("col").GetInt32() == 0);
        Assert.Equal(["row", "col", "rowSpan", "colSpan", "text", "bbox"], cell.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Social services and\nelderly care", cell.GetProperty("text").GetString());
        Assert.Equal([57.0, 726, 147, 745], cell.GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(table.RowCount * table.ColumnCount, first.GetProperty("cells").GetArrayLength());
    }

    [Fact]
    public void Write_JsonWithCellPages_AddsPageToEachCell()
    {
        var table = new StreamTableDetector().Detect(StreamTableDetectorTests.BudgetPage())[0];

        var json = TableJsonWriter.Write([table], cellPages: true);

        using var document = JsonDocument.Parse(json);
        Assert.All(document.RootElement.GetProperty("tables")[0].GetProperty("cells").EnumerateArray(), c => Assert.Equal(1, c.GetProperty("page").GetInt32()));
    }

    [Fact]
    public void Write_Text_PrintsRowsWithSeparators()
    {
        var table = new StreamTableDetector().Detect(StreamTableDetectorTests.BudgetPage())[0];

        var text = TableTextWriter.Write([table]);

        var lines = text.Split(Environment.NewLine);
        Assert.StartsWith("table 1: page 1, stream, bbox [57,678,510,757], 5 rows x 4 columns", lines[0], StringComparison.Ordinal);
        Assert.Equal("  Social services and // elderly care           | 1 250  | 980    | -270", lines[2]);
    }

    [Fact]
    public void Write_NoTables_SaysSo()
    {
        Assert.Equal("no tables" + Environment.NewLine, TableTextWriter.Write([]));
        Assert.Equal(0, JsonDocument.Parse(TableJsonWriter.Write([])).RootElement.GetProperty("tables").GetArrayLength());
    }
}
