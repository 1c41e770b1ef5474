using System.ComponentModel.DataAnnotations;
using Kompass.Ingest.Pipeline;

namespace Kompass.Ingest.Cli.Worker;

/// <summary>
/// The settings of <c>kompass worker</c>, bound from the configuration section <c>Worker</c>
/// (<c>appsettings.json</c>, then <c>KOMPASS_Worker__NAME</c> environment variables, then the
/// flags, each overriding the one before) and validated once at start by
/// <see cref="WorkerOptionsBinder"/>. Plain data: the worker reads it.
/// </summary>
public sealed class WorkerOptions
{
    /// <summary>The configuration section these settings live in.</summary>
    public const string Section = "Worker";

    /// <summary>The archive folder to ingest and watch (the ARCHIVE argument); must exist.</summary>
    public string Archive { get; set; } = string.Empty;

    /// <summary>The store file (<c>--db</c>); its folder must exist. Opened only for a pass.</summary>
    public string Db { get; set; } = string.Empty;

    /// <summary>
    /// Seconds without a file event, and without a change of any changed file's length or
    /// last-write time, before a pass runs (<c>--settle</c>); default 5, from 0.1 to 600. Long
    /// enough that a copy over a slow share is not read half way.
    /// </summary>
    [Range(0.1, 600)]
    public double SettleSeconds { get; set; } = 5;

    /// <summary>
    /// Minutes between full passes that run without any event (<c>--rescan</c>), a safety net for
    /// events a network share never sends; default 10, from 1 to 10080 (a week).
    /// </summary>
    [Range(1, 10080)]
    public double RescanMinutes { get; set; } = 10;

    /// <summary>Documents read in parallel (<c>--workers</c>); default the core count, from 1 to 64.</summary>
    [Range(1, IngestOptions.MaxWorkers)]
    public int Workers { get; set; } = Environment.ProcessorCount;

    /// <summary>The settle time as a span.</summary>
    public TimeSpan Settle => TimeSpan.FromSeconds(SettleSeconds);

    /// <summary>The rescan interval as a span.</summary>
    public TimeSpan RescanInterval => TimeSpan.FromMinutes(RescanMinutes);
}
