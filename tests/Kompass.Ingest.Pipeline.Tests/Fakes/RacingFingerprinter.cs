namespace Kompass.Ingest.Pipeline.Tests.Fakes;

/// <summary>
/// A fingerprinter that lets a test act on the archive right after a file was hashed and before
/// ingest reads it: the moment a file deleted or replaced under a running ingest is caught in.
/// </summary>
internal sealed class RacingFingerprinter(Action<string> afterHashing) : Fingerprinter
{
    public override string ComputeFile(string path, CancellationToken cancellationToken)
    {
        var sha256 = base.ComputeFile(path, cancellationToken);
        afterHashing(Path.GetFileName(path));
        return sha256;
    }
}
