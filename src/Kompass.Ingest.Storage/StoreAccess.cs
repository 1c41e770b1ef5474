namespace Kompass.Ingest.Storage;

/// <summary>How a store file is opened.</summary>
public enum StoreAccess
{
    /// <summary>Read and write; the file is created when missing (ingest).</summary>
    ReadWrite,

    /// <summary>Read only; the file must exist (export, reports).</summary>
    ReadOnly,
}
