using Kompass.Ingest.Extraction.Metadata;
using static Kompass.Ingest.Extraction.Tests.Metadata.ReportLayouts;

namespace Kompass.Ingest.Extraction.Tests.Metadata;

public sealed class InterviewCountExtractorTests
{
    private readonly InterviewCountExtractor _sut = new();

    [Theory]
    [InlineData("genomfört intervjuer med ca 39 personer i organisationen", 39)]
    [InlineData("Totalt intervjuades 40 personer.", 40)]
    [InlineData("Utvärderarna har intervjuat cirka 25 personer.", 25)]
    [InlineData("Sammanlagt 31 personer intervjuades.", 31)]
    [InlineData("Ett 30-tal personer intervjuades.", 30)]
    public void Extract_CountedInterviewees_SetsTheCount(string sentence, int count)
        => Assert.Equal(count, MetadataDocument.Run(_sut, Report(Cover(["KommunKompassen"]), "2017-06-25", sentence).Build()).InterviewCount?.Value);

    [Theory]
    [InlineData("intervjuer, officiella dokument och kommunens webbsida.")]
    [InlineData("Intervjuerna hölls under 3 dagar med politiker.")]
    public void Extract_NoCount_LeavesItNull(string sentence)
        => Assert.Null(MetadataDocument.Run(_sut, Report(Cover(["KommunKompassen"]), "2017-06-25", sentence).Build()).InterviewCount);
}
