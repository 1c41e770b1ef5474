using System.Globalization;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Questions;
using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Extraction.Tests.Questions;

/// <summary>Reads layouts with <see cref="QuestionTableReader"/> and asserts on the result, printing the words and what was read when an assertion fails.</summary>
internal static class QuestionAssert
{
    public static IReadOnlyList<PageLines> Lines(DocumentLayout layout)
    {
        var builder = new LineBuilder();
        return layout.Pages.Select(p => new PageLines(p, builder.Build(p))).ToList();
    }

    public static IReadOnlyList<AreaQuestionTable> Read(DocumentLayout layout, QuestionTableOptions? options = null)
    {
        var context = ExtractionContexts.For(layout);
        return new QuestionTableReader(options).Read(context.Pages, context.Furniture);
    }

    public static string Seen(DocumentLayout layout, IReadOnlyList<AreaQuestionTable> tables)
        => LayoutDescriber.Describe(layout) + Environment.NewLine + string.Join(Environment.NewLine, tables.Select(Describe));

    public static string Describe(AreaQuestionTable table)
        => string.Create(CultureInfo.InvariantCulture, $"area {table.Area} (heading '{table.Heading?.Value}'), total {table.Total?.Value}/{table.TotalMax?.Value}")
            + string.Concat(table.Questions.Select(q => string.Create(CultureInfo.InvariantCulture,
                $"{Environment.NewLine}  p{q.Page} {q.Id.Value} '{q.Text.Value}' {q.Score?.Value} {q.Max?.Value} {q.Percent?.Value}")));

    /// <summary>Asserts the areas found, in order.</summary>
    public static void Areas(int[] expected, IReadOnlyList<AreaQuestionTable> tables, DocumentLayout layout)
        => Assert.True(expected.SequenceEqual(tables.Select(t => t.Area)),
            $"expected areas {string.Join(',', expected)}, found {string.Join(',', tables.Select(t => t.Area))}{Environment.NewLine}{Seen(layout, tables)}");

    /// <summary>Asserts every row: id, text, score, max, percent (null when the spec prints none).</summary>
    public static void Rows(IReadOnlyList<QuestionSpec> expected, AreaQuestionTable table, DocumentLayout layout)
    {
        var why = Environment.NewLine + Seen(layout, [table]);
        Assert.True(expected.Count == table.Questions.Count, $"expected {expected.Count} rows, found {table.Questions.Count}{why}");
        for (var k = 0; k < expected.Count; k++)
        {
            var (spec, row) = (expected[k], table.Questions[k]);
            Assert.True(spec.Id == row.Id.Value, $"row {k}: id {row.Id.Value}, expected {spec.Id}{why}");
            Assert.True(spec.Text == row.Text.Value, $"row {k}: text '{row.Text.Value}', expected '{spec.Text}'{why}");
            Assert.True(Number(spec.Score) == row.Score?.Value, $"row {k}: score {row.Score?.Value}, expected {spec.Score}{why}");
            Assert.True(Number(spec.Max) == row.Max?.Value, $"row {k}: max {row.Max?.Value}, expected {spec.Max}{why}");
            Assert.True(Number(spec.Percent) == row.Percent?.Value, $"row {k}: percent {row.Percent?.Value}, expected {spec.Percent}{why}");
        }
    }

    /// <summary>Asserts the total row's score and max.</summary>
    public static void Total(string score, string max, AreaQuestionTable table, DocumentLayout layout)
        => Assert.True(table.Total?.Value == Number(score) && table.TotalMax?.Value == Number(max),
            $"expected total {score}/{max}, found {table.Total?.Value}/{table.TotalMax?.Value}{Environment.NewLine}{Seen(layout, [table])}");

    public static decimal? Number(string? printed)
        => printed is null ? null : decimal.Parse(printed.TrimEnd('%', ' ').Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
