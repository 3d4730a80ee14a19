using System.Globalization;
using System.Text;

namespace PerfDomain.Benchmarks.Policies;

/// <summary>
/// Draws docs/images/scale.svg from the last benchmark results: median time against organisation size, both on log
/// scales, for the batch (one session and slices), the million-employee run, one event through a partition and a
/// move to the next day. <c>dotnet run -c Release -- chart [output.svg]</c> after the benchmarks it reads.
/// </summary>
public static class ScaleChart
{
    private const int Width = 760;
    private const int Height = 440;
    private const int Left = 70;
    private const int Right = 200;
    private const int Top = 30;
    private const int Bottom = 50;

    private static readonly (string Report, string Method, string Label, string Colour)[] Series =
    [
        ("PerfDomain.Benchmarks.Policies.BatchScaleBenchmarks", "One session (previous design)", "Batch, one session (before)", "#999999"),
        ("PerfDomain.Benchmarks.Policies.BatchScaleBenchmarks", "Slices, all cores", "Batch, slices on all cores", "#1f77b4"),
        ("PerfDomain.Benchmarks.Policies.AdvanceDayBenchmarks", "AdvanceTo(next day)", "AdvanceTo(next day)", "#d62728"),
        ("PerfDomain.Benchmarks.Policies.PartitionEventBenchmarks", "Apply(whole snapshot)", "Apply(whole snapshot) (before)", "#bbbbbb"),
        ("PerfDomain.Benchmarks.Policies.PartitionEventBenchmarks", "Apply(changed aggregate)", "Apply(changed aggregate)", "#2ca02c"),
    ];

    public static int Run(string[] args)
    {
        var output = args.Length > 1 ? args[1] : Path.Combine("..", "..", "docs", "images", "scale.svg");
        var results = Path.Combine("BenchmarkDotNet.Artifacts", "results");
        var lines = new List<(string Label, string Colour, List<(double X, double Ms)> Points)>();
        foreach (var (report, method, label, colour) in Series)
        {
            var points = Medians(Path.Combine(results, report + "-report.csv"), method);
            if (label.StartsWith("Batch, slices", StringComparison.Ordinal))
            {
                points.AddRange(ScaleRuns());
            }

            if (points.Count > 0)
            {
                lines.Add((label, colour, points.OrderBy(p => p.X).ToList()));
            }
        }

        if (lines.Count == 0)
        {
            Console.Error.WriteLine($"No results under {results}: run the benchmarks first (see docs/performance.md).");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, Draw(lines));
        Console.WriteLine($"Wrote {output}.");
        return 0;
    }

    private static List<(double X, double Ms)> Medians(string csv, string method)
    {
        var points = new List<(double, double)>();
        if (!File.Exists(csv))
        {
            return points;
        }

        var rows = File.ReadAllLines(csv).Select(Fields).ToList();
        var header = rows[0];
        int Column(string name) => header.IndexOf(name);
        foreach (var row in rows.Skip(1))
        {
            if (row[Column("Method")].Trim('\'') == method)
            {
                points.Add((double.Parse(row[Column("Employees")], CultureInfo.InvariantCulture), Milliseconds(row[Column("Median")])));
            }
        }

        return points;
    }

    private static IEnumerable<(double X, double Ms)> ScaleRuns()
    {
        var file = Path.Combine("BenchmarkDotNet.Artifacts", "scale-run.csv");
        return File.Exists(file)
            ? File.ReadAllLines(file).Skip(1).Select(l => l.Split(',')).Select(f => (double.Parse(f[0], CultureInfo.InvariantCulture), double.Parse(f[1], CultureInfo.InvariantCulture)))
            : [];
    }

    // BenchmarkDotNet's CSV quotes fields that hold commas ("37,193.3 μs").
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }

    private static double Milliseconds(string value)
    {
        var parts = value.Replace(",", string.Empty, StringComparison.Ordinal).Split(' ');
        var number = double.Parse(parts[0], CultureInfo.InvariantCulture);
        return parts[1] switch
        {
            "ns" => number / 1e6,
            "μs" or "us" => number / 1e3,
            "ms" => number,
            "s" => number * 1e3,
            _ => throw new FormatException($"Unknown unit in '{value}'."),
        };
    }

    private static string Draw(List<(string Label, string Colour, List<(double X, double Ms)> Points)> lines)
    {
        var all = lines.SelectMany(l => l.Points).ToList();
        var (x0, x1) = (Math.Floor(Math.Log10(all.Min(p => p.X))), Math.Ceiling(Math.Log10(all.Max(p => p.X))));
        var (y0, y1) = (Math.Floor(Math.Log10(all.Min(p => p.Ms))), Math.Ceiling(Math.Log10(all.Max(p => p.Ms))));
        double Px(double x) => Left + ((Math.Log10(x) - x0) / (x1 - x0) * (Width - Left - Right));
        double Py(double ms) => Height - Bottom - ((Math.Log10(ms) - y0) / (y1 - y0) * (Height - Top - Bottom));
        var svg = new StringBuilder();
        void Add(FormattableString s) => svg.AppendLine(s.ToString(CultureInfo.InvariantCulture));
        Add($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" font-family=\"sans-serif\" font-size=\"12\">");
        Add($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>");
        Add($"<text x=\"{Left}\" y=\"18\" font-size=\"14\">Median time against employees (log scales; 2-core machine, docs/performance.md)</text>");
        for (var e = x0; e <= x1; e++)
        {
            var x = Px(Math.Pow(10, e));
            Add($"<line x1=\"{x:F1}\" y1=\"{Top}\" x2=\"{x:F1}\" y2=\"{Height - Bottom}\" stroke=\"#eeeeee\"/>");
            Add($"<text x=\"{x:F1}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{Math.Pow(10, e):N0}</text>");
        }

        for (var e = y0; e <= y1; e++)
        {
            var y = Py(Math.Pow(10, e));
            Add($"<line x1=\"{Left}\" y1=\"{y:F1}\" x2=\"{Width - Right}\" y2=\"{y:F1}\" stroke=\"#eeeeee\"/>");
            Add($"<text x=\"{Left - 6}\" y=\"{y + 4:F1}\" text-anchor=\"end\">{Label(Math.Pow(10, e))}</text>");
        }

        Add($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 12}\" text-anchor=\"middle\">employees</text>");
        var row = 0;
        foreach (var (label, colour, points) in lines)
        {
            var path = string.Join(" ", points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{Px(p.X):F1},{Py(p.Ms):F1}")));
            Add($"<polyline points=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>");
            foreach (var (x, ms) in points)
            {
                Add($"<circle cx=\"{Px(x):F1}\" cy=\"{Py(ms):F1}\" r=\"3\" fill=\"{colour}\"><title>{label}: {x:N0} employees, {Label(ms)}</title></circle>");
            }

            var ly = Top + 10 + (row++ * 18);
            Add($"<line x1=\"{Width - Right + 12}\" y1=\"{ly}\" x2=\"{Width - Right + 30}\" y2=\"{ly}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
            Add($"<text x=\"{Width - Right + 34}\" y=\"{ly + 4}\">{label}</text>");
        }

        Add($"</svg>");
        return svg.ToString();
    }

    private static string Label(double ms) =>
        ms >= 1000 ? string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:G3} s")
        : ms >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{ms:G3} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{ms * 1000:G3} µs");
}
