using System.Text;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Corpus.Generation;

/// <summary>
/// Reads what the generator draws on from a <c>pipelines/</c> folder: every framework catalog in
/// <c>frameworks/</c>, the official municipality list <c>reference/kommuner.csv</c> and the county
/// list <c>reference/lan.csv</c>. The context's random is a placeholder: the generator gives each
/// family its own.
/// </summary>
public static class CorpusContextReader
{
    /// <summary>Reads the folder; throws <see cref="FileNotFoundException"/> or <see cref="DirectoryNotFoundException"/> when a part is missing.</summary>
    public static CorpusContext Read(string pipelinesDirectory)
    {
        ArgumentNullException.ThrowIfNull(pipelinesDirectory);
        var catalogs = Directory.GetFiles(Path.Combine(pipelinesDirectory, "frameworks"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => FrameworkCatalogJson.Parse(File.ReadAllText(path, Encoding.UTF8)))
            .ToList();
        var municipalities = Rows(Path.Combine(pipelinesDirectory, "reference", "kommuner.csv"))
            .Select(r => new OfficialMunicipality(r[0], r[1], r[2]))
            .ToList();
        var counties = Rows(Path.Combine(pipelinesDirectory, "reference", "lan.csv"))
            .Select(r => new OfficialCounty(r[0], r[1], r[2]))
            .ToList();
        return new CorpusContext(new Random(0), catalogs, municipalities) { Counties = counties };
    }

    // The reference lists are plain comma-separated files with a header row and no quoted fields.
    private static IEnumerable<string[]> Rows(string path)
        => File.ReadAllLines(path, Encoding.UTF8)
            .Skip(1)
            .Where(line => line.Trim().Length > 0)
            .Select(line => line.Split(',').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length >= 3);
}
