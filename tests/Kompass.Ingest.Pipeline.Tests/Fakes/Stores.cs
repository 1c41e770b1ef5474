using Kompass.Ingest.Storage;
using LiteDB;

namespace Kompass.Ingest.Pipeline.Tests.Fakes;

/// <summary>Real stores on in-memory streams.</summary>
internal static class Stores
{
    public static LiteDbDocumentStore InMemory() => new(new LiteDatabase(new MemoryStream(), StoreBsonMapper.Create()));
}
