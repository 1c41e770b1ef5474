using System.Diagnostics;

namespace Kompass.Ingest.Pipeline.Tests;

/// <summary>
/// Runs the contract's acceptance checker (<c>shared/tools/check-export.py</c>, found in an
/// ancestor of the test folder: <c>shared/</c> sits beside the repository) on an export file.
/// Skips the test, saying why, when the checker or python3 is not there.
/// </summary>
internal static class CheckExportScript
{
    public static (int ExitCode, string Output) Run(string exportPath)
    {
        var script = Find();
        Skip.If(script is null, "shared/tools/check-export.py was not found in any folder above the tests; the contract check did not run");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script!);
        start.ArgumentList.Add(exportPath);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Skip.If(true, $"python3 is not on PATH ({e.Message}); the contract check did not run");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
    }

    private static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "tools", "check-export.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
