using Microsoft.Extensions.Hosting;

namespace Kompass.Ingest.Cli.Worker;

/// <summary>
/// The host's lifetime under System.CommandLine: it handles no signal itself. System.CommandLine
/// already takes SIGINT and SIGTERM, cancels the verb's token (which stops the host) and waits for
/// the verb to return; the host's default console lifetime would take the same signals a second
/// time and stop the host behind the verb's back.
/// </summary>
internal sealed class CommandLineLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
