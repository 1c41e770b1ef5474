using System.Security.Cryptography;
using System.Text;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Extraction.Normalisation;
using Kompass.Ingest.Extraction.Validation;

namespace Kompass.Ingest.Cli.Composition;

/// <summary>
/// The pipeline definitions shipped beside the executable in <c>pipelines/</c>: every framework
/// catalog of <c>frameworks/</c>, the official municipality and county lists of
/// <c>reference/</c> and the validation tolerances of <c>validation.json</c>. Read once per process; a missing or malformed file is a one-line user error
/// naming the file.
/// </summary>
public sealed class PipelineDefinitions
{
    private static readonly Lazy<PipelineDefinitions> Shipped = new(() => Read(Path.Combine(AppContext.BaseDirectory, "pipelines")));

    private PipelineDefinitions(
        IReadOnlyList<FrameworkCatalog> catalogs, FrameworkCrosswalk crosswalk, MunicipalityDirectory municipalities, ValidationOptions validation, string version)
    {
        Catalogs = catalogs;
        Crosswalk = crosswalk;
        Municipalities = municipalities;
        Validation = validation;
        Version = version;
    }

    /// <summary>The tolerances of the flag rules.</summary>
    public ValidationOptions Validation { get; }

    /// <summary>
    /// The definitions' version: the first 12 hex digits of a SHA-256 over every file read (name and
    /// bytes), so that editing a catalog or the municipality list changes the extractor's version
    /// and ingest extracts the stored documents again.
    /// </summary>
    public string Version { get; }

    /// <summary>Every framework revision's catalog, in file-name order.</summary>
    public IReadOnlyList<FrameworkCatalog> Catalogs { get; }

    /// <summary>
    /// The crosswalk of the 2002 and 2020 areas to the 2010 ones, for trends across revisions. It
    /// is not part of <see cref="Version"/>: extraction does not read it.
    /// </summary>
    public FrameworkCrosswalk Crosswalk { get; }

    /// <summary>The official municipalities and regions.</summary>
    public MunicipalityDirectory Municipalities { get; }

    /// <summary>The definitions shipped with this build.</summary>
    public static PipelineDefinitions Current => Shipped.Value;

    /// <summary>Reads a <c>pipelines/</c> folder.</summary>
    public static PipelineDefinitions Read(string folder)
    {
        Guard.NotNull(folder);
        var frameworks = Path.Combine(folder, "frameworks");
        if (!Directory.Exists(frameworks))
        {
            throw new UserActionableException($"the framework catalogs are missing: no folder {frameworks} (reinstall, or run from the build output)");
        }

        var catalogs = Directory.GetFiles(frameworks, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => Parse(path, () => FrameworkCatalogJson.Parse(ReadText(path))))
            .ToList();
        if (catalogs.Count == 0)
        {
            throw new UserActionableException($"the framework catalogs are missing: {frameworks} holds no *.json file");
        }

        var crosswalkFile = Path.Combine(frameworks, "crosswalk", "crosswalk.json");
        var crosswalk = Parse(crosswalkFile, () => FrameworkCrosswalkJson.Parse(ReadText(crosswalkFile), catalogs));
        var kommuner = Path.Combine(folder, "reference", "kommuner.csv");
        var lan = Path.Combine(folder, "reference", "lan.csv");
        var municipalities = Parse(kommuner, () => MunicipalityDirectory.Parse(ReadText(kommuner), ReadText(lan)));
        var validation = Path.Combine(folder, "validation.json");
        var options = Parse(validation, () => ValidationOptionsJson.Parse(ReadText(validation)));
        var files = Directory.GetFiles(frameworks, "*.json").Order(StringComparer.Ordinal).Append(kommuner).Append(lan).Append(validation);
        return new PipelineDefinitions(catalogs, crosswalk, municipalities, options, VersionOf(folder, files, ModelFiles(folder)));
    }

    // The shipped models (models/*.zip) raise flags and notes as the rules do, so a new model
    // extracts the store again like a new catalog; a store without models hashes as before.
    private static IReadOnlyList<string> ModelFiles(string folder)
    {
        var models = Path.Combine(folder, "models");
        return Directory.Exists(models) ? Directory.GetFiles(models, "*.zip").Order(StringComparer.Ordinal).ToList() : [];
    }

    private static string VersionOf(string folder, IEnumerable<string> files, IReadOnlyList<string> binaryFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file).Replace('\\', '/') + "\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(ReadText(file)));
        }

        foreach (var file in binaryFiles)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file).Replace('\\', '/') + "\n"));
            hash.AppendData(ReadBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    // A malformed definition is a deployment mistake the person running kompass can fix.
    private static T Parse<T>(string path, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or System.Text.Json.JsonException or ArgumentException)
        {
            throw new UserActionableException($"cannot read the pipeline definition {path}: {e.Message}");
        }
    }

    private static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserActionableException($"cannot read the pipeline definition {path}: {e.Message}");
        }
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserActionableException($"cannot read the pipeline definition {path}: {e.Message}");
        }
    }
}
