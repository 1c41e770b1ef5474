namespace Kompass.Ingest.Extraction.Questions;

/// <summary>A number as printed in a question table: its value and whether it carried a percent sign.</summary>
internal readonly record struct PrintedNumber(decimal Value, bool IsPercent);
