using System.CommandLine;
using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Commands.Review;

/// <summary>The options every review verb shares, and how a verb opens the store for its one unit of work.</summary>
internal static class ReviewOptions
{
    /// <summary>The reviewer's name when --reviewer is not given.</summary>
    public const string ReviewerVariable = "KOMPASS_REVIEWER";

    public static Option<FileInfo> Db() => new("--db")
    {
        Description = "The store file written by kompass ingest.",
        HelpName = "FILE",
        Required = true,
    };

    public static Argument<string> Doc() => new("DOC")
    {
        Description = "The document: a hash prefix (6 or more hex digits) or \"Municipality YEAR\" (e.g. \"Göteborg 2016\").",
    };

    public static Option<string> Reason() => new("--reason")
    {
        Description = "Why, in your words; kept in the audit trail.",
        HelpName = "TEXT",
        Required = true,
    };

    public static Option<string> Reviewer() => new("--reviewer")
    {
        Description = $"Who you are, for the audit trail (default: ${ReviewerVariable}, else your user name).",
        HelpName = "NAME",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(ReviewerVariable) is { Length: > 0 } name ? name : Environment.UserName,
    };

    /// <summary>Runs <paramref name="work"/> with the store open (read-only unless it writes) and closes it after.</summary>
    public static T WithReview<T>(FileInfo db, StoreAccess access, Func<ReviewService, T> work)
    {
        using var store = PipelineFactory.OpenStore(db.ToString(), access);
        return work(PipelineFactory.CreateReviewService(store, TimeProvider.System));
    }
}
