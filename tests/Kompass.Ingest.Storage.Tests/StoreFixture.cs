using LiteDB;

namespace Kompass.Ingest.Storage.Tests;

/// <summary>Builds stores on an in-memory stream, and writes for them.</summary>
internal static class StoreFixture
{
    public static readonly DateTimeOffset Noon = new(2025, 3, 14, 12, 0, 0, TimeSpan.Zero);

    public static LiteDbDocumentStore InMemory() => new(new LiteDatabase(new MemoryStream(), StoreBsonMapper.Create()));

    public static string Sha(char c) => new(c, 64);

    public static DocumentWrite Write(string sha, string path, int run, Domain.Reports.ReportExtraction? extraction = null, string version = "x/1")
        => new(sha, path, run, extraction ?? SampleExtraction.Full(), 34, version, "pipeline/1", Noon.AddMinutes(run));

    public static int StartRun(this LiteDbDocumentStore store)
        => store.StartRun(new RunStart("archive", Noon, "x/1", "pipeline/1"));
}
