using System.CommandLine;
using System.Globalization;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Evaluation;
using Kompass.Ingest.Export;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Commands.Review;

/// <summary>
/// The <c>kompass flags</c> verb: the review queue, open flags by default, errors first, with
/// each flag's id for <c>kompass dismiss</c>.
/// </summary>
public static class FlagsCommand
{
    private const string All = "all";

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var db = ReviewOptions.Db();
        var code = new Option<string[]>("--code") { Description = "Only these flag codes (repeatable), e.g. question-sum-mismatch.", HelpName = "CODE" };
        code.AcceptOnlyFromAmong([.. FlagCodes.All]);
        var severity = new Option<string[]>("--severity") { Description = "Only these severities (repeatable): info, warning, error.", HelpName = "SEVERITY" };
        severity.AcceptOnlyFromAmong([.. Enum.GetValues<FlagSeverity>().Select(ContractNames.Of)]);
        var status = new Option<string[]>("--status")
        {
            Description = "Only these statuses (repeatable): open, resolved, dismissed, or all. Default: open.",
            HelpName = "STATUS",
            DefaultValueFactory = _ => [ContractNames.Of(FlagStatus.Open)],
        };
        status.AcceptOnlyFromAmong([.. Enum.GetValues<FlagStatus>().Select(ContractNames.Of), All]);
        var municipality = new Option<string>("--municipality") { Description = "Only this municipality: any printed form of its name, or its code.", HelpName = "NAME" };
        var year = new Option<int?>("--year") { Description = "Only this evaluation year.", HelpName = "YYYY" };

        var command = new Command("flags", Description()) { db, code, severity, status, municipality, year };
        command.SetAction((parseResult, _) => Task.FromResult(ReviewOptions.WithReview(parseResult.GetRequiredValue(db), StoreAccess.ReadOnly, review =>
        {
            var query = new FlagQuery
            {
                Codes = (parseResult.GetValue(code) ?? []).ToHashSet(StringComparer.Ordinal),
                Severities = (parseResult.GetValue(severity) ?? []).Select(s => Enum.GetValues<FlagSeverity>().Single(v => ContractNames.Of(v) == s)).ToHashSet(),
                Statuses = Statuses(parseResult.GetValue(status) ?? []),
                MunicipalityCode = parseResult.GetValue(municipality) is { } name ? review.MunicipalityCodeOf(name) : null,
                Year = parseResult.GetValue(year),
            };
            Print(review.Queue(query), parseResult.InvocationConfiguration.Output);
            return ExitCodes.Success;
        })));
        return command;
    }

    private static HashSet<FlagStatus> Statuses(string[] names)
        => names.Contains(All) ? [] : names.Select(s => Enum.GetValues<FlagStatus>().Single(v => ContractNames.Of(v) == s)).ToHashSet();

    private static void Print(IReadOnlyList<QueueEntry> queue, TextWriter output)
    {
        if (queue.Count == 0)
        {
            output.WriteLine("No flags match.");
            return;
        }

        var rows = queue.Select(e => (IReadOnlyList<string>?)
        [
            e.Flag.Id,
            ContractNames.Of(e.Flag.Flag.Severity),
            ContractNames.Of(e.Flag.Status),
            e.Flag.Flag.Code,
            $"{e.MunicipalityName ?? e.Document.MunicipalityCode ?? "?"} {e.Document.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}",
            e.Document.Sha256[..10],
            e.Flag.Flag.Message,
        ]).ToList();
        output.Write(TextTable.RenderText(["flag", "severity", "status", "code", "document", "hash", "message"], rows));
        var documents = queue.Select(e => e.Document.Sha256).Distinct(StringComparer.Ordinal).Count();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{queue.Count} flag{(queue.Count == 1 ? "" : "s")} on {documents} document{(documents == 1 ? "" : "s")}."));
    }

    private static string Description()
        => "The review queue: the flags of the whole store, open ones by default, errors first.\n"
            + "Examples:\n"
            + "  kompass flags --db kompass.db\n"
            + "  kompass flags --db kompass.db --code question-sum-mismatch --municipality Göteborg --year 2016\n"
            + "  kompass flags --db kompass.db --status all --severity warning --severity error\n"
            + "Exit codes: 0 listed; 1 wrong command line; 2 missing or unusable store, or an unknown municipality.";
}
