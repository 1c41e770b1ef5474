namespace Kompass.Ingest.Cli;

/// <summary>
/// The exit codes of <c>kompass</c>. Stable: scripts rely on them; README.md lists them.
/// A run that stored every file it could and listed the ones it refused exits 0: refusing a
/// broken file is a normal outcome, not a failure of the run.
/// </summary>
public static class ExitCodes
{
    /// <summary>The verb did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>The command line was wrong (unknown verb or option, missing argument).</summary>
    public const int Usage = 1;

    /// <summary>Something the user can fix: a folder or file that does not exist, a store that cannot be opened.</summary>
    public const int UserError = 2;

    /// <summary><c>kompass eval</c>: the summary figure is below <c>--min</c>.</summary>
    public const int BelowMinimum = 3;

    /// <summary>A bug in kompass itself; the full error is printed for a bug report.</summary>
    public const int InternalError = 70;

    /// <summary>Cancelled with Ctrl+C; whatever was stored is complete, nothing is half-written.</summary>
    public const int Cancelled = 130;
}
