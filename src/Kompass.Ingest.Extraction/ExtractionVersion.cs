namespace Kompass.Ingest.Extraction;

/// <summary>
/// The version of extraction behaviour, stored with every extraction so that a store can tell
/// which documents to extract again. Bump it on every change that can change any extracted value
/// or flag (a parser, a validation rule, a tolerance default, a classifier rule); a pure
/// refactoring keeps it. Changes to the files in pipelines/ change the version by themselves.
/// </summary>
public static class ExtractionVersion
{
    /// <summary>The current version.</summary>
    public const string Current = "extraction/0.10";

    /// <summary>The provenance name of one extractor at this version ("TitleExtractor@extraction/0.2").</summary>
    public static string Of(string extractor) => $"{extractor}@{Current}";
}
