using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// The models' files in a folder: <c>document-type.v1.zip</c>, <c>placement.v1.zip</c> and
/// <c>themes.v1.zip</c> (ML.NET's format), each written whole to a temporary file and then
/// moved into place, so a reader never sees half a model. A missing file is a missing model; an
/// unreadable one is a one-line user error naming it.
/// </summary>
public static class ModelFiles
{
    /// <summary>The document-type model's file name.</summary>
    public const string DocumentTypes = $"document-type.{ModelSet.FormatVersion}.zip";

    /// <summary>The placement model's file name.</summary>
    public const string Placement = $"placement.{ModelSet.FormatVersion}.zip";

    /// <summary>The theme model's file name.</summary>
    public const string Themes = $"themes.{ModelSet.FormatVersion}.zip";

    /// <summary>Writes the models of <paramref name="models"/> into <paramref name="folder"/> (created when missing).</summary>
    public static void Save(ModelSet models, string folder)
    {
        ArgumentNullException.ThrowIfNull(models);
        Directory.CreateDirectory(folder);
        Write(models.DocumentTypes?.Classifier, Path.Combine(folder, DocumentTypes));
        Write(models.Placement?.Classifier, Path.Combine(folder, Placement));
        Write(models.Themes?.Classifier, Path.Combine(folder, Themes));
    }

    /// <summary>Reads the models in <paramref name="folder"/>; an empty set when the folder holds none.</summary>
    public static ModelSet Load(string folder, int seed)
    {
        var types = Read(Path.Combine(folder, DocumentTypes), seed);
        var placement = Read(Path.Combine(folder, Placement), seed);
        var themes = Read(Path.Combine(folder, Themes), seed);
        return new ModelSet(
            types is null ? null : new DocumentTypeModel(types),
            placement is null ? null : new PlacementModel(placement),
            themes is null ? null : new ThemeModel(themes));
    }

    private static void Write(TextClassifier? model, string path)
    {
        if (model is null)
        {
            File.Delete(path);
            return;
        }

        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            model.Save(stream);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static TextClassifier? Read(string path, int seed)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            return TextClassifier.Load(stream, seed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException or InvalidDataException or ArgumentException)
        {
            throw new UserActionableException($"cannot read the model {path}: {e.Message.Split('\n')[0].Trim()} (train it again with kompass train)");
        }
    }
}
