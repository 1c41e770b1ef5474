using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Corpus.Tests.Families;

/// <summary>Compares two truths field by field (records compare lists by reference, so a JSON round trip would never be equal).</summary>
internal sealed class TruthComparer : IEqualityComparer<TruthDocument>
{
    public static TruthComparer Instance { get; } = new();

    public bool Equals(TruthDocument? x, TruthDocument? y)
        => x is not null && y is not null
           && Kompass.Ingest.Export.ContractJson.Serialize(x) == Kompass.Ingest.Export.ContractJson.Serialize(y);

    public int GetHashCode(TruthDocument obj) => obj.Sha256.GetHashCode(StringComparison.Ordinal);
}
