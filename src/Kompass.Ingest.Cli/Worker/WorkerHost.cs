using Kompass.Ingest.Domain.Guards;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Kompass.Ingest.Cli.Worker;

/// <summary>
/// Builds the worker's Generic Host over its configuration and validated options: the loop as a
/// hosted service, single-line console logs to standard error (levels adjustable under
/// <c>Logging</c> in the configuration), and no console lifetime of its own (see
/// <see cref="CommandLineLifetime"/>).
/// </summary>
public static class WorkerHost
{
    // Less than the 30 s System.CommandLine waits for the verb after a signal (Program.cs), so
    // that the host gives up on a slow document before the process is ended.
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(25);

    /// <summary>The host; run it with the verb's token and call <see cref="WorkerOutcome.ThrowIfFailed"/> after.</summary>
    public static IHost Create(WorkerConfiguration configuration, WorkerOptions options, WorkerOutcome outcome, TimeProvider time)
    {
        Guard.NotNull(configuration);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            Configuration = configuration.Configuration,
            ContentRootPath = Directory.GetCurrentDirectory(),
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(c =>
        {
            c.SingleLine = true;
            c.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
        });
        builder.Services.Configure<ConsoleLoggerOptions>(c => c.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddSingleton<IHostLifetime, CommandLineLifetime>();
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton(outcome);
        builder.Services.AddSingleton(time);
        builder.Services.AddHostedService<WorkerService>();
        return builder.Build();
    }
}
