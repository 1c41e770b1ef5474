using System.Security.Cryptography;
using System.Text;

namespace Kompass.Ingest.Learning.Evaluation;

/// <summary>
/// Splits documents into folds by group (<see cref="Data.DocumentGroups"/>), so whole documents,
/// and the copies of one evaluation together, are held out: never a finding whose document's
/// other findings were trained on. A group's fold comes from a hash of its key, so the split does
/// not depend on the order of the store and a new document never moves the others.
/// </summary>
public static class DocumentFolds
{
    /// <summary>The fold (0 to <paramref name="folds"/> − 1) of <paramref name="group"/>.</summary>
    public static int Of(string group, int folds)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(group));
        return (int)(BitConverter.ToUInt32(hash, 0) % (uint)folds);
    }
}
