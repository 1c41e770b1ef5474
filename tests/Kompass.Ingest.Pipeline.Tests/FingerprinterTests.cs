using System.Security.Cryptography;
using System.Text;
using Kompass.Ingest.Pipeline.Tests.Fakes;

namespace Kompass.Ingest.Pipeline.Tests;

public sealed class FingerprinterTests
{
    private readonly Fingerprinter _sut = new();

    [Fact]
    public void Compute_Abc_IsTheKnownLowercaseDigest()
    {
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes("abc"));

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", _sut.Compute(stream, CancellationToken.None));
    }

    [Fact]
    public void ComputeFile_LargerThanOneBlock_EqualsTheDigestOfTheBytes()
    {
        using var archive = new TempArchive();
        var bytes = new byte[(3 << 20) + 17];
        new Random(7).NextBytes(bytes);
        var path = archive.WriteBytes("big.pdf", bytes);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), _sut.ComputeFile(path, CancellationToken.None));
        Assert.Equal(_sut.Compute(bytes), _sut.ComputeFile(path, CancellationToken.None));
    }

    [Fact]
    public void Compute_Cancelled_Throws()
    {
        using var stream = new MemoryStream(new byte[10]);

        Assert.ThrowsAny<OperationCanceledException>(() => _sut.Compute(stream, new CancellationToken(canceled: true)));
    }
}
