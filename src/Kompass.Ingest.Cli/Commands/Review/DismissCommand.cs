using System.CommandLine;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Commands.Review;

/// <summary>The <c>kompass dismiss FLAG --reason …</c> verb: accepts the printed values of an open flag.</summary>
public static class DismissCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var db = ReviewOptions.Db();
        var flag = new Argument<string>("FLAG") { Description = "The flag's id as `kompass flags` prints it (6 or more of its digits)." };
        var reason = ReviewOptions.Reason();
        var reviewer = ReviewOptions.Reviewer();
        var command = new Command("dismiss", Description()) { flag, db, reason, reviewer };
        command.SetAction((parseResult, _) => Task.FromResult(ReviewOptions.WithReview(parseResult.GetRequiredValue(db), StoreAccess.ReadWrite, review =>
        {
            var dismissed = review.Dismiss(parseResult.GetRequiredValue(flag), parseResult.GetValue(reviewer) ?? string.Empty, parseResult.GetRequiredValue(reason));
            parseResult.InvocationConfiguration.Output.WriteLine($"Dismissed {ReviewText.Flag(dismissed)}");
            return ExitCodes.Success;
        })));
        return command;
    }

    private static string Description()
        => "Dismiss an open flag: the printed report really is inconsistent, and its values stand.\n"
            + "Example:\n"
            + "  kompass dismiss 3fa9c2d1e0 --reason \"the printed report says 76 and 81\" --db kompass.db\n"
            + "Exit codes: 0 dismissed; 1 wrong command line; 2 missing or busy store, unknown flag, or a flag that is not open.";
}
