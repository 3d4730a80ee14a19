using System.Globalization;
using System.Net;
using System.Text;
using PerfDomain.Policies.Fairness;
using static PerfDomain.Cli.Output.FairnessFigures;

namespace PerfDomain.Cli.Output;

/// <summary>
/// Writes <c>perfdomain fairness --format html</c>: one self-contained page — inline CSS and inline SVG charts drawn
/// here, no script, no external resource — that opens in any browser: per attribute, the impact ratio of each group
/// per decision kind against the four-fifths line, rating distributions and calibration shifts per group.
/// </summary>
internal static class FairnessHtml
{
    private const int LabelWidth = 170;
    private const int BarWidth = 420;
    private const int RowHeight = 26;
    private const int ChartWidth = LabelWidth + BarWidth + 150;

    private const string Style = """
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2430; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 2px solid #d8dee8; padding-bottom: .2rem; }
        h3 { margin: 1.4rem 0 .4rem; font-size: 1.05rem; } .meta { color: #556; } .kind { font-family: ui-monospace, monospace; }
        .flag { color: #b3261e; font-weight: 600; } .ok { color: #276749; } .muted { color: #778; }
        table { border-collapse: collapse; margin: .4rem 0 1rem; } th, td { padding: .2rem .6rem; text-align: right; border-bottom: 1px solid #e5e9f0; }
        th:first-child, td:first-child { text-align: left; } th { background: #f4f6fa; }
        .caveats { background: #fff8e6; border-left: 4px solid #e0a800; padding: .6rem 1rem; } svg { display: block; }
        """;

    /// <summary>Renders the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="source">What it was made from.</param>
    /// <returns>The page.</returns>
    public static string Render(FairnessReport report, FairnessSource source)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append(Invariant($"<title>Fairness report: {E(source.Organization)} as of {DecisionTable.Date(report.AsOf)}</title>\n"))
            .Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append(Invariant($"<h1>Fairness report: {E(source.Organization)}</h1>\n"))
            .Append(Invariant($"<p class=\"meta\">As of {DecisionTable.Date(report.AsOf)} · {report.Population} employees · snapshot {E(source.Snapshot)} · groups {E(source.Groups)} · packs {E(source.Packs)}</p>\n"))
            .Append(Invariant($"<p id=\"settings\">{E(Settings(report))}</p>\n"))
            .Append("<div class=\"caveats\"><strong>Read with care.</strong><ul>");
        foreach (var caveat in Caveats)
        {
            html.Append("<li>").Append(E(caveat)).Append("</li>");
        }

        html.Append("</ul></div>\n");
        foreach (var attribute in report.Attributes)
        {
            Attribute(html, report, attribute);
        }

        html.Append("<h2>Managers whose ratings differ most from the organisation's</h2>\n<p class=\"muted\">Advisory: total variation distance between a manager's rating distribution and the organisation's in the cycle (the share of ratings that would have to move to match), for managers with at least ")
            .Append(report.Options.MinimumGroupSize.ToString(CultureInfo.InvariantCulture)).Append(" rated reports.</p>\n");
        if (report.ManagerDeviations.Count == 0)
        {
            html.Append("<p>None differs.</p>\n");
        }
        else
        {
            html.Append("<table id=\"managers\"><tr><th>cycle</th><th>manager</th><th>reports</th><th>distance</th><th>mean</th><th>organisation mean</th></tr>\n");
            foreach (var m in report.ManagerDeviations)
            {
                html.Append(Invariant($"<tr><td>{E(m.Cycle.Value)}</td><td>{E(m.ManagerId.Value)}</td><td>{m.Reports}</td><td>{Number(m.Distance)}</td><td>{Number(m.Mean)}</td><td>{Number(m.OrganizationMean)}</td></tr>\n"));
            }

            html.Append("</table>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void Attribute(StringBuilder html, FairnessReport report, AttributeAnalysis attribute)
    {
        html.Append(Invariant($"<section class=\"attribute\" data-attribute=\"{E(attribute.Attribute)}\">\n<h2>Attribute: {E(attribute.Attribute)}</h2>\n"))
            .Append(Invariant($"<p class=\"meta\">Groups: {E(string.Join(", ", attribute.Groups))} · {attribute.Unlabelled} employees unlabelled</p>\n"));
        foreach (var selection in attribute.Selection)
        {
            var flagged = selection.AnyFlagged ? " <span class=\"flag\">flagged</span>" : string.Empty;
            html.Append(Invariant($"<h3 data-kind=\"{E(selection.Kind.Name)}\"><span class=\"kind\">{E(selection.Kind.Name)}</span> ({Direction(selection.Direction)}){flagged}</h3>\n"));
            SelectionChart(html, attribute.Attribute, selection);
            html.Append("<table><tr><th>group</th><th>n</th><th>selected</th><th>rate</th><th>impact ratio</th><th>four-fifths</th><th>p</th></tr>\n");
            foreach (var g in selection.Groups)
            {
                html.Append(g.Suppressed
                    ? Invariant($"<tr data-group=\"{E(g.Group)}\"><td>{E(g.Group)}</td><td>{g.Size}</td><td colspan=\"5\" class=\"muted\">suppressed: fewer than {report.Options.MinimumGroupSize}</td></tr>\n")
                    : Invariant($"<tr data-group=\"{E(g.Group)}\"><td>{E(g.Group)}</td><td>{g.Size}</td><td>{g.Selected}</td><td>{Percent(g.Rate)}</td><td>{Number(g.ImpactRatio)}</td><td class=\"{(g.FourFifthsFlag ? "flag\">flag" : selection.Direction == DecisionDirection.Neutral ? "muted\">n/a" : "ok\">ok")}</td><td>{PValue(g)}</td></tr>\n"));
            }

            html.Append("</table>\n");
        }

        foreach (var cycle in attribute.Ratings.GroupBy(r => r.Cycle))
        {
            var scale = report.Scales.Single(s => s.Cycle == cycle.Key);
            var shifts = attribute.Calibration.Where(c => c.Cycle == cycle.Key).ToList();
            html.Append(Invariant($"<h3>Ratings in {E(cycle.Key.Value)}</h3>\n"));
            DistributionChart(html, attribute.Attribute, scale, [.. cycle]);
            html.Append(Invariant($"<h3>Calibration shifts in {E(cycle.Key.Value)} (original → calibrated)</h3>\n"));
            ShiftChart(html, attribute.Attribute, cycle.Key.Value, shifts);
        }

        html.Append("</section>\n");
    }

    private static void SelectionChart(StringBuilder html, string attribute, SelectionAnalysis selection)
    {
        var height = 34 + (selection.Groups.Count * RowHeight);
        var line = LabelWidth + (BarWidth * 0.8);
        html.Append(Invariant($"<svg class=\"chart\" data-chart=\"selection\" data-attribute=\"{E(attribute)}\" data-kind=\"{E(selection.Kind.Name)}\" width=\"{ChartWidth}\" height=\"{height}\" viewBox=\"0 0 {ChartWidth} {height}\" role=\"img\" aria-label=\"Impact ratio per group for {E(selection.Kind.Name)}\">\n"))
            .Append(Invariant($"<text x=\"{LabelWidth}\" y=\"14\" font-size=\"11\" fill=\"#556\">impact ratio (0 to 1)</text>\n"));
        for (var i = 0; i < selection.Groups.Count; i++)
        {
            var g = selection.Groups[i];
            var y = 24 + (i * RowHeight);
            html.Append(Invariant($"<text x=\"{LabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"12\">{E(g.Group)}</text>\n"));
            if (g.Suppressed)
            {
                html.Append(Invariant($"<text x=\"{LabelWidth + 4}\" y=\"{y + 15}\" font-size=\"12\" fill=\"#889\">suppressed (n = {g.Size})</text>\n"));
                continue;
            }

            var width = Math.Max(1.0, BarWidth * g.ImpactRatio!.Value);
            var colour = g.FourFifthsFlag ? "#c2413b" : "#3d7cc9";
            html.Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{width:0.#}\" height=\"{RowHeight - 8}\" fill=\"{colour}\"><title>{E(g.Group)}: rate {Percent(g.Rate)}, ratio {Number(g.ImpactRatio)}</title></rect>\n"))
                .Append(Invariant($"<text x=\"{LabelWidth + width + 6:0.#}\" y=\"{y + 15}\" font-size=\"12\">{Number(g.ImpactRatio)} · rate {Percent(g.Rate)}</text>\n"));
        }

        html.Append(Invariant($"<line x1=\"{line:0.#}\" y1=\"18\" x2=\"{line:0.#}\" y2=\"{height - 4}\" stroke=\"#b3261e\" stroke-width=\"2\" stroke-dasharray=\"5 4\"/>\n"))
            .Append(Invariant($"<text x=\"{line + 4:0.#}\" y=\"14\" font-size=\"11\" fill=\"#b3261e\">four-fifths (0.8)</text>\n"))
            .Append("</svg>\n");
    }

    private static void DistributionChart(StringBuilder html, string attribute, CycleScale scale, List<RatingDistribution> rows)
    {
        var points = scale.Labels.Count;
        var legendRows = (points + 2) / 3;
        var height = 10 + (rows.Count * RowHeight) + 8 + (legendRows * 18);
        html.Append(Invariant($"<svg class=\"chart\" data-chart=\"ratings\" data-attribute=\"{E(attribute)}\" data-cycle=\"{E(scale.Cycle.Value)}\" width=\"{ChartWidth}\" height=\"{height}\" viewBox=\"0 0 {ChartWidth} {height}\" role=\"img\" aria-label=\"Rating distribution per group in {E(scale.Cycle.Value)}\">\n"));
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var y = 10 + (i * RowHeight);
            html.Append(Invariant($"<text x=\"{LabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"12\">{E(r.Group)}</text>\n"));
            if (r.Suppressed)
            {
                html.Append(Invariant($"<text x=\"{LabelWidth + 4}\" y=\"{y + 15}\" font-size=\"12\" fill=\"#889\">suppressed (n = {r.Size})</text>\n"));
                continue;
            }

            double x = LabelWidth;
            for (var point = 0; point < points; point++)
            {
                var width = BarWidth * r.Counts![point] / (double)r.Size;
                if (width > 0)
                {
                    html.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"{y + 3}\" width=\"{width:0.#}\" height=\"{RowHeight - 8}\" fill=\"{Colour(point, points)}\"><title>{E(scale.Labels[point])}: {r.Counts[point]} of {r.Size}</title></rect>\n"));
                }

                x += width;
            }

            html.Append(Invariant($"<text x=\"{LabelWidth + BarWidth + 6}\" y=\"{y + 15}\" font-size=\"12\">mean {Number(r.Mean)} · below meets {Percent(r.ShareBelowMeets)}</text>\n"));
        }

        var legendTop = 10 + (rows.Count * RowHeight) + 8;
        for (var point = 0; point < points; point++)
        {
            var lx = LabelWidth + ((point % 3) * 190);
            var ly = legendTop + ((point / 3) * 18);
            html.Append(Invariant($"<rect x=\"{lx}\" y=\"{ly}\" width=\"12\" height=\"12\" fill=\"{Colour(point, points)}\"/><text x=\"{lx + 16}\" y=\"{ly + 10}\" font-size=\"11\">{point + 1} {E(scale.Labels[point])}</text>\n"));
        }

        html.Append("</svg>\n");
    }

    private static void ShiftChart(StringBuilder html, string attribute, string cycle, List<CalibrationShift> rows)
    {
        var height = 30 + (rows.Count * RowHeight);
        var zero = LabelWidth + (BarWidth / 2);
        html.Append(Invariant($"<svg class=\"chart\" data-chart=\"calibration\" data-attribute=\"{E(attribute)}\" data-cycle=\"{E(cycle)}\" width=\"{ChartWidth}\" height=\"{height}\" viewBox=\"0 0 {ChartWidth} {height}\" role=\"img\" aria-label=\"Mean calibration shift per group in {E(cycle)}\">\n"))
            .Append(Invariant($"<text x=\"{LabelWidth}\" y=\"12\" font-size=\"11\" fill=\"#556\">-1 point</text><text x=\"{zero}\" y=\"12\" font-size=\"11\" fill=\"#556\" text-anchor=\"middle\">0</text><text x=\"{LabelWidth + BarWidth}\" y=\"12\" font-size=\"11\" fill=\"#556\" text-anchor=\"end\">+1 point</text>\n"));
        for (var i = 0; i < rows.Count; i++)
        {
            var s = rows[i];
            var y = 20 + (i * RowHeight);
            html.Append(Invariant($"<text x=\"{LabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"12\">{E(s.Group)}</text>\n"));
            if (s.Suppressed)
            {
                html.Append(Invariant($"<text x=\"{LabelWidth + 4}\" y=\"{y + 15}\" font-size=\"12\" fill=\"#889\">suppressed (n = {s.Size})</text>\n"));
                continue;
            }

            var shift = Math.Clamp(s.MeanShift ?? 0, -1, 1) * (BarWidth / 2);
            var x = shift < 0 ? zero + shift : zero;
            html.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"{y + 3}\" width=\"{Math.Max(1.0, Math.Abs(shift)):0.#}\" height=\"{RowHeight - 8}\" fill=\"{(shift < 0 ? "#c2413b" : "#2f855a")}\"><title>{E(s.Group)}: mean shift {Signed(s.MeanShift)}</title></rect>\n"))
                .Append(Invariant($"<text x=\"{LabelWidth + BarWidth + 6}\" y=\"{y + 15}\" font-size=\"12\">{Signed(s.MeanShift)} · {s.Calibrated} calibrated, {s.Raised} raised, {s.Lowered} lowered</text>\n"));
        }

        html.Append(Invariant($"<line x1=\"{zero}\" y1=\"16\" x2=\"{zero}\" y2=\"{height - 2}\" stroke=\"#556\" stroke-width=\"1\"/>\n</svg>\n"));
    }

    // From red (the lowest point) to green (the highest), so that a distribution reads at a glance.
    private static string Colour(int point, int points) =>
        Invariant($"hsl({(points <= 1 ? 120 : 120 * point / (points - 1))}, 55%, {(point % 2 == 0 ? 48 : 42)}%)");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
