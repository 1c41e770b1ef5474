using System.Runtime.CompilerServices;

// The stream detector's pieces (column channels, numbers, row cues) are tested one by one.
[assembly: InternalsVisibleTo("Kompass.Ingest.Extraction.Tests")]
[assembly: InternalsVisibleTo("tablebench")]
