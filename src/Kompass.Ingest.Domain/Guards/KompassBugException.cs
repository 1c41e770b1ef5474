namespace Kompass.Ingest.Domain.Guards;

/// <summary>
/// The loud "this is a bug" exception: an invariant of our own code was broken. Never thrown
/// because a document is strange; hosts log it in full and exit non-zero.
/// </summary>
public sealed class KompassBugException(string invariant) : Exception($"Bug: {invariant}");
