using System.CommandLine;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Commands.Review;

/// <summary>
/// The <c>kompass undo DOC --reason …</c> verb: takes back the latest correction or dismissal on a
/// document that is still in force. The undo is itself recorded: the audit trail keeps both.
/// </summary>
public static class UndoCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var db = ReviewOptions.Db();
        var doc = ReviewOptions.Doc();
        var reason = ReviewOptions.Reason();
        var reviewer = ReviewOptions.Reviewer();
        var command = new Command("undo", Description()) { doc, db, reason, reviewer };
        command.SetAction((parseResult, _) => Task.FromResult(ReviewOptions.WithReview(parseResult.GetRequiredValue(db), StoreAccess.ReadWrite, review =>
        {
            var document = review.Find(parseResult.GetRequiredValue(doc));
            var entry = review.Undo(document.Sha256, parseResult.GetValue(reviewer) ?? string.Empty, parseResult.GetRequiredValue(reason));
            parseResult.InvocationConfiguration.Output.WriteLine("Recorded " + ReviewText.Audit(entry));
            return ExitCodes.Success;
        })));
        return command;
    }

    private static string Description()
        => "Take back the latest correction or dismissal on a document (the trail keeps both).\n"
            + "Example:\n"
            + "  kompass undo \"Göteborg 2016\" --reason \"corrected the wrong row\" --db kompass.db\n"
            + "Exit codes: 0 undone; 1 wrong command line; 2 missing or busy store, unknown DOC, or nothing to undo.";
}
