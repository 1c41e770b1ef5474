using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Tables.Output;

/// <summary>
/// Writes tables as the diagnostic JSON of <c>kompass tables</c>:
/// <c>{"tables":[{"page":1,"bbox":[x0,y0,x1,y1],"cells":[{"row":0,"col":0,"rowSpan":1,"colSpan":1,"text":"…","bbox":[…]}]}]}</c>.
/// Boxes are PDF points (origin bottom-left, rounded to 0.01 pt), rows and columns 0-based, a
/// wrapped cell's lines joined with "\n". A table joined across pages adds a <c>"page"</c> to each
/// cell when <c>cellPages</c> is set; otherwise the shape is exactly the one above.
/// </summary>
public static class TableJsonWriter
{
    private const int Decimals = 2;

    /// <summary>The JSON text for <paramref name="tables"/>, indented.</summary>
    public static string Write(IReadOnlyList<Table> tables, bool cellPages = false)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteStartArray("tables");
            foreach (var table in tables)
            {
                WriteTable(json, table, cellPages);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteTable(Utf8JsonWriter json, Table table, bool cellPages)
    {
        json.WriteStartObject();
        json.WriteNumber("page", table.Page);
        WriteBox(json, "bbox", table.Box);
        json.WriteStartArray("cells");
        foreach (var cell in table.Cells.OrderBy(c => c.Row).ThenBy(c => c.Column))
        {
            json.WriteStartObject();
            json.WriteNumber("row", cell.Row);
            json.WriteNumber("col", cell.Column);
            json.WriteNumber("rowSpan", cell.RowSpan);
            json.WriteNumber("colSpan", cell.ColumnSpan);
            json.WriteString("text", cell.Text);
            WriteBox(json, "bbox", cell.Box);
            if (cellPages)
            {
                json.WriteNumber("page", cell.Page);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteBox(Utf8JsonWriter json, string name, BoundingBox box)
    {
        json.WriteStartArray(name);
        json.WriteNumberValue(Math.Round(box.Left, Decimals));
        json.WriteNumberValue(Math.Round(box.Bottom, Decimals));
        json.WriteNumberValue(Math.Round(box.Right, Decimals));
        json.WriteNumberValue(Math.Round(box.Top, Decimals));
        json.WriteEndArray();
    }
}
