using System.CommandLine;
using Kompass.Ingest.Pipeline;
using Spectre.Console;

namespace Kompass.Ingest.Cli.Commands;

/// <summary>
/// Shows an ingest run's progress on standard error: for a person at a terminal a live bar with
/// the count, rate and time left (Spectre.Console), with the line of every change printed above
/// it; for a log or a pipe plain lines, one per change. Documents already stored get a line only
/// every <see cref="KnownHeartbeat"/>-th, so that a re-run over a large unchanged archive says it
/// is alive without printing (and waiting for) a line each.
/// </summary>
internal static class IngestProgressView
{
    private const int KnownHeartbeat = 500;

    /// <summary>Runs <paramref name="ingest"/> with a progress reporter suited to where standard error goes.</summary>
    public static IngestSummary Run(InvocationConfiguration console, Func<IProgress<IngestProgress>, IngestSummary> ingest)
        => IsPersonWatching(console) ? WithBar(ingest) : WithLines(console.Error, ingest);

    // Only the real console at a terminal gets the bar; tests and redirections get lines.
    private static bool IsPersonWatching(InvocationConfiguration console)
        => ReferenceEquals(console.Error, Console.Error)
           && !Console.IsErrorRedirected
           && Environment.GetEnvironmentVariable("TERM") is not (null or "dumb");

    private static IngestSummary WithLines(TextWriter error, Func<IProgress<IngestProgress>, IngestSummary> ingest)
        => ingest(new SynchronousProgress<IngestProgress>(p =>
        {
            if (IsWorthALine(p))
            {
                error.WriteLine(IngestSummaryText.ProgressLine(p));
            }
        }));

    private static IngestSummary WithBar(Func<IProgress<IngestProgress>, IngestSummary> ingest)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("scanning", autoStart: true, maxValue: 1);
                return ingest(new SynchronousProgress<IngestProgress>(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Index;
                    task.Description = $"{p.Index:N0}/{p.Total:N0} documents";
                    if (p.Outcome != IngestOutcome.AlreadyKnown)
                    {
                        console.WriteLine(IngestSummaryText.ProgressLine(p), Style.Plain);
                    }
                }));
            });
    }

    private static bool IsWorthALine(IngestProgress p)
        => p.Outcome != IngestOutcome.AlreadyKnown || p.Index % KnownHeartbeat == 0 || p.Index == p.Total;
}
