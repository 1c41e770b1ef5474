using System.CommandLine;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Commands.Review;

/// <summary>The <c>kompass history DOC</c> verb: a document's audit trail, oldest first.</summary>
public static class HistoryCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var db = ReviewOptions.Db();
        var doc = ReviewOptions.Doc();
        var command = new Command("history", Description()) { doc, db };
        command.SetAction((parseResult, _) => Task.FromResult(ReviewOptions.WithReview(parseResult.GetRequiredValue(db), StoreAccess.ReadOnly, review =>
        {
            var document = review.Find(parseResult.GetRequiredValue(doc));
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(ReviewText.Document(document, review.Document(document.Sha256).MunicipalityName));
            var trail = review.History(document.Sha256);
            if (trail.Count == 0)
            {
                output.WriteLine("No corrections or decisions yet.");
            }

            foreach (var entry in trail)
            {
                output.WriteLine("  " + ReviewText.Audit(entry));
            }

            return ExitCodes.Success;
        })));
        return command;
    }

    private static string Description()
        => "The audit trail of a document: every correction, undo, dismissal and reopening, with who, when, the old\n"
            + "and new value, and why.\n"
            + "Example:\n"
            + "  kompass history \"Göteborg 2016\" --db kompass.db\n"
            + "Exit codes: 0 shown; 1 wrong command line; 2 missing store, or DOC names no document or several.";
}
