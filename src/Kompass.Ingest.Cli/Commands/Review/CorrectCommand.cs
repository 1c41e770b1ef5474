using System.CommandLine;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Commands.Review;

/// <summary>
/// The <c>kompass correct DOC FIELD VALUE --reason …</c> verb: stores a reviewer correction and
/// says which flags it resolved or raised. Corrections survive re-ingest and re-extraction.
/// </summary>
public static class CorrectCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var db = ReviewOptions.Db();
        var doc = ReviewOptions.Doc();
        var field = new Argument<string>("FIELD") { Description = "The field path as `kompass show` lists it, e.g. areas[4].score, areas[4].questions[4.2].score, year, areas[2].strengths[3]." };
        var value = new Argument<string>("VALUE") { Description = "The right value (decimal comma or point); \"\" clears the field or removes the list item." };
        var reason = ReviewOptions.Reason();
        var reviewer = ReviewOptions.Reviewer();
        var command = new Command("correct", Description()) { doc, field, value, db, reason, reviewer };
        command.SetAction((parseResult, _) => Task.FromResult(ReviewOptions.WithReview(parseResult.GetRequiredValue(db), StoreAccess.ReadWrite, review =>
        {
            var document = review.Find(parseResult.GetRequiredValue(doc));
            var outcome = review.Correct(
                document.Sha256,
                parseResult.GetRequiredValue(field),
                parseResult.GetRequiredValue(value),
                parseResult.GetValue(reviewer) ?? string.Empty,
                parseResult.GetRequiredValue(reason));
            var output = parseResult.InvocationConfiguration.Output;
            var c = outcome.Correction;
            output.WriteLine($"Corrected {c.Field} of {document.Sha256[..10]}: {ReviewText.Quoted(c.OldValue)} → {ReviewText.Quoted(c.NewValue)} (correction #{c.Id}).");
            foreach (var flag in outcome.Resolved)
            {
                output.WriteLine($"  resolved {ReviewText.Flag(flag)}");
            }

            foreach (var flag in outcome.Raised)
            {
                output.WriteLine($"  raised   {ReviewText.Flag(flag)}");
            }

            return ExitCodes.Success;
        })));
        return command;
    }

    private static string Description()
        => "Correct one value of a document; the flags whose evidence it removes become resolved.\n"
            + "Examples:\n"
            + "  kompass correct \"Göteborg 2016\" areas[4].score 81 --reason \"summary table misread\" --db kompass.db\n"
            + "  kompass correct 3fa9c2 areas[4].questions[4.2].score 2,5 --reason \"row misread\" --db kompass.db\n"
            + "Exit codes: 0 stored; 1 wrong command line; 2 missing or busy store, unknown DOC, or a field/value that does not fit.";
}
