using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Kompass.Ingest.Corpus.Generation;

/// <summary>
/// The seed of one family's random stream: a hash of the run's seed and the family's name
/// (SHA-256, stable across processes and .NET versions, unlike <see cref="string.GetHashCode()"/>),
/// so adding or removing a family never changes another family's output.
/// </summary>
public static class StableSeed
{
    /// <summary>A non-negative seed for <paramref name="name"/> under run seed <paramref name="seed"/>.</summary>
    public static int Of(int seed, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{seed}/{name}")));
        return BinaryPrimitives.ReadInt32LittleEndian(digest) & int.MaxValue;
    }
}
