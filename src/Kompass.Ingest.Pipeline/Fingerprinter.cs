using System.Buffers;
using System.Security.Cryptography;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// The identity of a document: the SHA-256 of its bytes as 64 lowercase hex digits. Files are
/// hashed streaming, in 1 MiB blocks, so a large file is never held in memory and Ctrl+C is
/// honoured between blocks. Thread-safe. Not sealed: a test stands in for a file that changes
/// the moment after it was hashed.
/// </summary>
public class Fingerprinter
{
    private const int BlockSize = 1 << 20;

    /// <summary>Hashes a file; IO failures (missing, locked, unreadable) propagate as <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.</summary>
    public virtual string ComputeFile(string path, CancellationToken cancellationToken)
    {
        Guard.NotNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Compute(stream, cancellationToken);
    }

    /// <summary>Hashes a stream from its current position to its end.</summary>
    public string Compute(Stream stream, CancellationToken cancellationToken)
    {
        Guard.NotNull(stream);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var block = ArrayPool<byte>.Shared.Rent(BlockSize);
        try
        {
            int read;
            while ((read = stream.Read(block, 0, BlockSize)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                hash.AppendData(block, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Hashes bytes already in memory.</summary>
    public string Compute(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
