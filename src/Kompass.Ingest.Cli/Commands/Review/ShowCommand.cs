using System.CommandLine;
using Kompass.Ingest.Evaluation;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Commands.Review;

/// <summary>
/// The <c>kompass show DOC</c> verb: a document's values (corrections applied, the extracted value
/// beside a corrected one) with the page each is printed on, and its flags with their status.
/// </summary>
public static class ShowCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var db = ReviewOptions.Db();
        var doc = ReviewOptions.Doc();
        var area = new Option<int?>("--area") { Description = "Only this area's values (1-8).", HelpName = "N" };
        area.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1 or > 8)
            {
                r.AddError("--area is an area number, 1 to 8");
            }
        });
        var command = new Command("show", Description()) { doc, db, area };
        command.SetAction((parseResult, _) => Task.FromResult(ReviewOptions.WithReview(parseResult.GetRequiredValue(db), StoreAccess.ReadOnly, review =>
        {
            var document = review.Find(parseResult.GetRequiredValue(doc));
            Print(review.Document(document.Sha256), parseResult.GetValue(area), parseResult.InvocationConfiguration.Output);
            return ExitCodes.Success;
        })));
        return command;
    }

    private static void Print(DocumentReview review, int? area, TextWriter output)
    {
        output.WriteLine(ReviewText.Document(review.Document, review.MunicipalityName));
        output.WriteLine($"sha256 {review.Document.Sha256}");
        output.WriteLine();
        var rows = review.Values
            .Where(v => v.Value is not null || v.Extracted is not null)
            .Where(v => area is null || v.Area == area)
            .Select(v => (IReadOnlyList<string>?)[v.Field, v.Value ?? "(empty)", v.Corrected ? $"corrected; extracted {ReviewText.Quoted(v.Extracted)}" : string.Empty, ReviewText.Page(v)])
            .ToList();
        output.Write(TextTable.RenderText(["field", "value", "", "page"], rows));
        output.WriteLine();
        var flags = review.Flags.Where(f => area is null || f.Flag.Area == area).ToList();
        output.WriteLine(flags.Count == 0 ? "No flags." : "Flags:");
        foreach (var flag in flags)
        {
            output.WriteLine("  " + ReviewText.Flag(flag));
        }

        foreach (var stale in review.StaleCorrections)
        {
            output.WriteLine($"  correction #{stale.Correction.Id} of {stale.Correction.Field} no longer applies: {stale.Reason}");
        }

        if (area is null && review.Notes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Notes:");
            foreach (var note in review.Notes)
            {
                output.WriteLine("  " + note);
            }
        }
    }

    private static string Description()
        => "A document's values with the page each is printed on (corrections applied), its flags, and its notes\n"
            + "(repairs made while reading it, and the learned model's second opinion where it reads another type).\n"
            + "Examples:\n"
            + "  kompass show \"Göteborg 2016\" --db kompass.db\n"
            + "  kompass show 3fa9c2 --db kompass.db --area 4\n"
            + "Exit codes: 0 shown; 1 wrong command line; 2 missing store, or DOC names no document or several.";
}
