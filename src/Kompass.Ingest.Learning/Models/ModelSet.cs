namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// The three trained models, as <c>kompass train</c> writes them and ingest loads them. A model
/// the training data could not support (fewer than two classes) is null, and its part of ingest
/// does nothing. Thread-safe.
/// </summary>
public sealed record ModelSet(DocumentTypeModel? DocumentTypes, PlacementModel? Placement, ThemeModel? Themes)
{
    /// <summary>The version of the models' file format; part of every file name, so a later format never reads an older file by mistake.</summary>
    public const string FormatVersion = "v1";
}
