using System.Globalization;

namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>Numbers as Swedish municipal documents print them: "12 345", "3,4", "4,1 %".</summary>
public static class Figures
{
    private static readonly NumberFormatInfo Format = new() { NumberGroupSeparator = " ", NumberDecimalSeparator = ",", NumberGroupSizes = [3] };

    /// <summary>A whole number with space as thousands separator ("12 345", "-1 200").</summary>
    public static string Whole(long value) => value.ToString("#,0", Format);

    /// <summary>One decimal with a decimal comma ("3,4").</summary>
    public static string OneDecimal(double value) => value.ToString("0.0", Format);

    /// <summary>A percentage with one decimal ("4,1 %").</summary>
    public static string Percent(double value) => OneDecimal(value) + " %";

    /// <summary>A budget table: one row per line item, one column per year, figures in mnkr growing a few percent a year.</summary>
    public static TableBlock Budget(string caption, IReadOnlyList<string> items, int firstYear, Random random, string firstColumn = "Mnkr")
    {
        var header = new List<string> { firstColumn, "Budget " + Year(firstYear), "Plan " + Year(firstYear + 1), "Plan " + Year(firstYear + 2) };
        var rows = new List<IReadOnlyList<string>>();
        var totals = new double[3];
        foreach (var item in items)
        {
            var value = random.Next(20, 900) + (random.Next(10) / 10.0);
            var row = new List<string> { item };
            for (var y = 0; y < 3; y++)
            {
                row.Add(OneDecimal(value));
                totals[y] += value;
                value = Math.Round(value * (1.01 + (random.Next(4) / 100.0)), 1);
            }

            rows.Add(row);
        }

        rows.Add(["Summa", OneDecimal(totals[0]), OneDecimal(totals[1]), OneDecimal(totals[2])]);
        return new TableBlock(caption, header, rows);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
