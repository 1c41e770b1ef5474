using System.Text.Json;
using Kompass.Ingest.Export;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Evaluation;

/// <summary>
/// Reads a truth folder: <c>TRUTH_DIR/&lt;path relative to the archive&gt;.json</c>, one
/// <see cref="TruthDocument"/> each. The only IO of the evaluation. A file that is not a truth is
/// reported as a problem and skipped; the rest are still scored.
/// </summary>
public static class TruthFolderLoader
{
    private const string Extension = ".json";

    /// <summary>
    /// Loads every <c>*.json</c> below <paramref name="folder"/>, in path order. A truth without a
    /// <c>path</c> takes the one its location gives (the file name without ".json").
    /// </summary>
    public static TruthLoadResult Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var truths = new List<TruthDocument>();
        var problems = new List<string>();
        var files = Directory.EnumerateFiles(folder, "*" + Extension, SearchOption.AllDirectories)
            .Select(f => (File: f, Relative: Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (file, relative) in files)
        {
            try
            {
                var truth = ContractJson.ReadTruth(File.ReadAllText(file));

                // The serializer does not enforce non-null strings, and every figure groups by these two.
                if (string.IsNullOrWhiteSpace(truth.Family) || string.IsNullOrWhiteSpace(truth.DocumentType))
                {
                    problems.Add($"{relative}: not a truth file (family and documentType are required)");
                    continue;
                }

                truths.Add(string.IsNullOrWhiteSpace(truth.Path) ? truth with { Path = relative[..^Extension.Length] } : truth);
            }
            catch (JsonException e)
            {
                problems.Add($"{relative}: not a truth file ({e.Message})");
            }
            catch (IOException e)
            {
                problems.Add($"{relative}: cannot be read ({e.Message})");
            }
            catch (UnauthorizedAccessException e)
            {
                problems.Add($"{relative}: cannot be read ({e.Message})");
            }
        }

        return new TruthLoadResult(truths, problems);
    }
}
