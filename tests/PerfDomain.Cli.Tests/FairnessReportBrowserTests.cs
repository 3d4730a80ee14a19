using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PerfDomain.Cli.Tests;

/// <summary>The HTML report of <c>perfdomain fairness</c>, opened in a real browser (headless Chromium) and read back as rendered.</summary>
public sealed partial class FairnessReportBrowserTests
{
    // Added to a copy of the page only: the report itself has no script. It measures every chart as laid out and
    // writes the sizes, and any script error, into the page, which --dump-dom then prints.
    private const string Probe = """
        <script>
        window.addEventListener('error', e => document.body.insertAdjacentHTML('beforeend', '<pre id="probe-' + 'error">' + e.message + '</pre>'));
        window.addEventListener('load', () => {
          const lines = [...document.querySelectorAll('svg.chart')].map(svg => {
            const box = svg.getBoundingClientRect();
            const drawn = svg.querySelectorAll('rect, line').length;
            return [svg.dataset.chart, svg.dataset.attribute, svg.dataset.kind || svg.dataset.cycle, Math.round(box.width), Math.round(box.height), drawn].join('|');
          });
          const pre = document.createElement('pre');
          pre.id = 'probe';
          pre.textContent = lines.join('\n');
          document.body.appendChild(pre);
        });
        </script>
        """;

    [Fact]
    public void FairnessHtml_InChromium_ShowsEveryGroupAndKind_DrawsEveryChart_WithoutErrors_AndKeepsAScreenshot()
    {
        var html = Cli.Run("fairness", "--format", "html");
        Assert.Equal(0, html.ExitCode);
        Assert.DoesNotContain("<script", html.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html.Stdout);
        using var json = Cli.Run("fairness", "--format", "json").Json();
        var attributes = json.RootElement.GetProperty("attributes").EnumerateArray().ToList();

        var directory = Directory.CreateTempSubdirectory("perfdomain-report-");
        var report = Path.Combine(directory.FullName, "fairness.html");
        File.WriteAllText(report, html.Stdout);
        var probed = Path.Combine(directory.FullName, "fairness-probed.html");
        File.WriteAllText(probed, html.Stdout.Replace("</body>", Probe + "</body>", StringComparison.Ordinal));

        var (dom, log) = Chromium.Run(probed, "--window-size=1100,1600", "--virtual-time-budget=5000", "--dump-dom");

        Assert.DoesNotContain("Uncaught", log, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"probe-error\"", dom, StringComparison.Ordinal);
        var text = WebUtility(dom);
        var expectedCharts = 0;
        foreach (var attribute in attributes)
        {
            Assert.Contains($"Attribute: {attribute.GetProperty("attribute").GetString()}", text, StringComparison.Ordinal);
            foreach (var group in attribute.GetProperty("groups").EnumerateArray())
            {
                Assert.Contains($"data-group=\"{group.GetString()}\"", dom, StringComparison.Ordinal);
            }

            foreach (var selection in attribute.GetProperty("selection").EnumerateArray())
            {
                Assert.Contains($"<span class=\"kind\">{selection.GetProperty("kind").GetString()}</span>", dom, StringComparison.Ordinal);
                expectedCharts++;
            }

            expectedCharts += 2 * attribute.GetProperty("ratings").EnumerateArray().Select(r => r.GetProperty("cycleId").GetString()).Distinct().Count();
        }

        var probe = ProbeBlock().Match(dom);
        Assert.True(probe.Success, "The probe wrote no measurements: the page's load event did not run.");
        var charts = probe.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expectedCharts, charts.Length);
        Assert.All(charts, line =>
        {
            var fields = line.Split('|');
            Assert.True(int.Parse(fields[3], CultureInfo.InvariantCulture) > 100 && int.Parse(fields[4], CultureInfo.InvariantCulture) > 20, $"chart drawn too small: {line}");
            Assert.True(int.Parse(fields[5], CultureInfo.InvariantCulture) > 0, $"chart with nothing drawn: {line}");
        });

        var screenshot = Path.Combine(AppContext.BaseDirectory, "artifacts", "fairness-report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);
        Chromium.Run(report, "--window-size=1100,1600", "--hide-scrollbars", $"--screenshot={screenshot}");
        var png = File.ReadAllBytes(screenshot);
        Assert.True(png.Length > 10_000, $"The screenshot is {png.Length} bytes.");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        directory.Delete(recursive: true);
    }

    private static string WebUtility(string dom) => System.Net.WebUtility.HtmlDecode(Regex.Replace(dom, "<[^>]+>", " "));

    [GeneratedRegex("<pre id=\"probe\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ProbeBlock();
}
