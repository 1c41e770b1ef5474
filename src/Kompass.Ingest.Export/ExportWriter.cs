using System.Globalization;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Export;

/// <summary>
/// Writes a <c>kompass-export/1</c> file through <see cref="ContractJson"/>: the schema name, the
/// time of writing (UTC, ISO 8601 to the second, from the injected clock) and the documents.
/// </summary>
public sealed class ExportWriter(TimeProvider time)
{
    private readonly TimeProvider _time = Guard.NotNull(time);

    /// <summary>The export file for <paramref name="documents"/>, stamped now.</summary>
    public ExportFile Build(IEnumerable<ExportDocument> documents)
        => new(
            ExportFile.SchemaName,
            _time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            Guard.NotNull(documents).ToList());

    /// <summary>Writes the export of <paramref name="documents"/> to <paramref name="output"/> (UTF-8, no BOM, final newline).</summary>
    public void Write(Stream output, IEnumerable<ExportDocument> documents)
    {
        Guard.NotNull(output);
        ContractJson.Write(output, Build(documents));
        output.WriteByte((byte)'\n');
    }

    /// <summary>Writes the export to <paramref name="path"/>, replacing it whole (see <see cref="AtomicFile"/>).</summary>
    public void WriteFile(string path, IEnumerable<ExportDocument> documents)
        => AtomicFile.Write(path, stream => Write(stream, documents));
}
