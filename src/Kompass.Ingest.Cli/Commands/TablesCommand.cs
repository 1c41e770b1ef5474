using System.CommandLine;
using System.Globalization;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Tables;
using Kompass.Ingest.Extraction.Tables.Output;
using Kompass.Ingest.Layout;

namespace Kompass.Ingest.Cli.Commands;

/// <summary>
/// The <c>kompass tables</c> verb: a diagnostic that shows what the table engine sees in a PDF.
/// Without <c>--area</c> the engine finds the tables itself (lattice where ruling lines form a grid,
/// stream elsewhere); each <c>--area</c> is read as exactly one table on every selected page.
/// Coordinates are PDF points with the origin at the bottom-left of the page as displayed.
/// </summary>
public static class TablesCommand
{
    private const string Text = "text";
    private const string Json = "json";

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The PDF to read." };
        var page = new Option<int?>("--page") { Description = "Only this page (1-based).", HelpName = "N" };
        var area = new Option<string[]>("--area")
        {
            Description = "Read this rectangle as exactly one table: X0,Y0,X1,Y1 in PDF points, origin bottom-left. Repeatable.",
            HelpName = "X0,Y0,X1,Y1",
        };
        var format = new Option<string>("--format")
        {
            Description = "text: each table as a grid for people; json: {\"tables\":[{\"page\",\"bbox\",\"cells\":[…]}]} for scripts.",
            DefaultValueFactory = _ => Text,
        };
        format.AcceptOnlyFromAmong(Text, Json);
        var join = new Option<bool>("--join")
        {
            Description = "Join tables continued on the next page (json then gives each cell its \"page\").",
        };
        page.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--page is a page number, 1 or more");
            }
        });
        area.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (ParseArea(value) is null)
                {
                    result.AddError($"--area {value}: expected four numbers X0,Y0,X1,Y1 in points, e.g. 50,400,550,700");
                }
            }
        });

        var command = new Command("tables", Description()) { file };
        command.Options.Add(page);
        command.Options.Add(area);
        command.Options.Add(format);
        command.Options.Add(join);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(file),
            parseResult.GetValue(page),
            (parseResult.GetValue(area) ?? []).Select(a => ParseArea(a)!.Value).ToList(),
            parseResult.GetValue(format) == Json,
            parseResult.GetValue(join),
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static string Description()
        => "Show the tables the engine finds in a PDF: page, box and cells.\n"
            + "Boxes are PDF points, origin bottom-left; rows and columns are 0-based; a wrapped cell's lines are joined with a newline.\n"
            + "Exit codes: 0 done (also when no table is found); 2 the file is missing or cannot be read, or --page is past the end.";

    private static async Task<int> RunAsync(
        FileInfo file, int? pageNumber, IReadOnlyList<BoundingBox> areas, bool json, bool join, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw new UserActionableException($"{file.FullName}: no such file");
        }

        var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        var read = new PdfLayoutReader().Read(bytes, cancellationToken);
        if (read.Layout is not { } layout)
        {
            throw new UserActionableException($"{file.FullName}: cannot read it: {read.Failure}");
        }

        var pages = Select(layout, pageNumber, file);
        var tables = Extract(new TableExtractor(), pages, areas, join);
        var text = json ? TableJsonWriter.Write(tables, cellPages: join) : TableTextWriter.Write(tables);
        await console.Output.WriteAsync(text.AsMemory(), cancellationToken);
        return ExitCodes.Success;
    }

    private static IReadOnlyList<PageLayout> Select(DocumentLayout layout, int? pageNumber, FileInfo file)
    {
        if (pageNumber is not { } number)
        {
            return layout.Pages;
        }

        var page = layout.Pages.FirstOrDefault(p => p.Number == number)
            ?? throw new UserActionableException($"{file.FullName}: has no page {number} (it has {layout.Pages.Count})");
        return [page];
    }

    private static IReadOnlyList<Table> Extract(TableExtractor extractor, IReadOnlyList<PageLayout> pages, IReadOnlyList<BoundingBox> areas, bool join)
    {
        if (areas.Count > 0)
        {
            return pages.SelectMany(p => extractor.Extract(p, areas)).ToList();
        }

        return join
            ? extractor.Extract(new DocumentLayout(pages, [], FromOcr: false))
            : pages.SelectMany(extractor.Extract).ToList();
    }

    /// <summary>"X0,Y0,X1,Y1" in points (invariant culture) as a box with its corners in order; null when malformed.</summary>
    private static BoundingBox? ParseArea(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : (double?)null).ToList();
        if (numbers.Count != 4 || numbers.Any(n => n is null))
        {
            return null;
        }

        var (x0, y0, x1, y1) = (numbers[0]!.Value, numbers[1]!.Value, numbers[2]!.Value, numbers[3]!.Value);
        return new BoundingBox(Math.Min(x0, x1), Math.Min(y0, y1), Math.Max(x0, x1), Math.Max(y0, y1));
    }
}
