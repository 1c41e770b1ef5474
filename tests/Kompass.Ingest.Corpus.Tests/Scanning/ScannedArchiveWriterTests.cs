using Kompass.Ingest.Corpus.Scanning;

namespace Kompass.Ingest.Corpus.Tests.Scanning;

public sealed class ScannedArchiveWriterTests
{
    [Fact]
    public void CopyPaths_DistinctFileNames_AreNamedByFileNameAlone()
    {
        var paths = ScannedArchiveWriter.CopyPaths([("2006/Kommunkompassen Arboga 2006.pdf", 200), ("2004/Malå kommun 2004.pdf", 150)]);

        Assert.Equal(["Skannade/Kommunkompassen Arboga 2006 (skannad 200 dpi).pdf", "Skannade/Malå kommun 2004 (skannad 150 dpi).pdf"], paths);
    }

    [Fact]
    public void CopyPaths_OneFileNameInTwoFolders_KeepsEachSourceFolderSoNeitherOverwritesTheOther()
    {
        var paths = ScannedArchiveWriter.CopyPaths([("2010/Analys.pdf", 200), ("2013/Analys.pdf", 200), ("2011/Analys.pdf", 150)]);

        Assert.Equal(["Skannade/2010/Analys (skannad 200 dpi).pdf", "Skannade/2013/Analys (skannad 200 dpi).pdf", "Skannade/Analys (skannad 150 dpi).pdf"], paths);
        Assert.Equal(paths.Count, paths.Distinct().Count());
    }
}
