using PerfDomain.Policies.Fairness;
using static PerfDomain.Cli.Output.FairnessFigures;

namespace PerfDomain.Cli.Output;

/// <summary>Writes <c>perfdomain fairness</c> for people: per attribute, a table of groups per decision kind, then ratings, calibration and managers.</summary>
internal static class FairnessTable
{
    /// <summary>Writes the report.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="report">The report.</param>
    /// <param name="source">What it was made from.</param>
    /// <param name="terminal">The width to fit and whether to colour.</param>
    public static void Write(TextWriter output, FairnessReport report, FairnessSource source, Terminal terminal)
    {
        var width = terminal.Width;
        TextLayout.WriteWrapped(output, width, string.Empty, "  ", DecisionTable.Invariant($"{source.Organization}: fairness as of {DecisionTable.Date(report.AsOf)} ({source.Snapshot}; groups {source.Groups}; packs {source.Packs}); {report.Population} employees."));
        TextLayout.WriteWrapped(output, width, string.Empty, "  ", Settings(report));
        foreach (var attribute in report.Attributes)
        {
            output.WriteLine();
            output.WriteLine(TextLayout.Paint(terminal, DecisionTable.Invariant($"Attribute {attribute.Attribute}: groups {string.Join(", ", attribute.Groups)}; {attribute.Unlabelled} unlabelled"), TextLayout.Bold));
            foreach (var selection in attribute.Selection)
            {
                output.WriteLine();
                output.WriteLine(DecisionTable.Invariant($"  {selection.Kind} ({Direction(selection.Direction)}; most favoured: {selection.ReferenceGroup ?? "none, every group suppressed"})"));
                Rows(output, ["group", "n", "selected", "rate", "ratio", "4/5", "p"], selection.Groups.Select(g => g.Suppressed
                    ? new[] { g.Group, Count(g.Size), "suppressed", string.Empty, string.Empty, string.Empty, string.Empty }
                    : [g.Group, Count(g.Size), Count(g.Selected!.Value), Percent(g.Rate), Number(g.ImpactRatio), g.FourFifthsFlag ? "FLAG" : selection.Direction == DecisionDirection.Neutral ? "n/a" : "ok", PValue(g)]));
            }

            foreach (var cycle in attribute.Ratings.GroupBy(r => r.Cycle))
            {
                var scale = report.Scales.Single(s => s.Cycle == cycle.Key);
                output.WriteLine();
                output.WriteLine(DecisionTable.Invariant($"  Ratings in {cycle.Key} (points 1-{scale.Labels.Count}; meets = {scale.MeetsThreshold})"));
                Rows(output, ["group", "n", "counts", "mean", "below meets", "calibrated", "raised", "lowered", "mean shift"], cycle.Select(r =>
                {
                    var shift = attribute.Calibration.Single(c => c.Cycle == r.Cycle && c.Group == r.Group);
                    return r.Suppressed
                        ? new[] { r.Group, Count(r.Size), "suppressed", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty }
                        : [r.Group, Count(r.Size), string.Join('/', r.Counts!), Number(r.Mean), Percent(r.ShareBelowMeets), Count(shift.Calibrated!.Value), Count(shift.Raised!.Value), Count(shift.Lowered!.Value), Signed(shift.MeanShift)];
                }));
            }
        }

        output.WriteLine();
        output.WriteLine(TextLayout.Paint(terminal, "Managers whose ratings differ most from the organisation's (advisory)", TextLayout.Bold));
        if (report.ManagerDeviations.Count == 0)
        {
            output.WriteLine(DecisionTable.Invariant($"  None with at least {report.Options.MinimumGroupSize} rated reports differs."));
        }
        else
        {
            Rows(output, ["cycle", "manager", "reports", "distance", "mean", "organisation"], report.ManagerDeviations.Select(m => new[]
            {
                m.Cycle.Value, m.ManagerId.Value, Count(m.Reports), Number(m.Distance), Number(m.Mean), Number(m.OrganizationMean),
            }));
        }

        output.WriteLine();
        foreach (var caveat in Caveats)
        {
            TextLayout.WriteWrapped(output, width, "- ", "  ", caveat);
        }
    }

    private static string Count(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Rows(TextWriter output, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => all.Max(r => r[i].Length)).ToArray();
        foreach (var row in all)
        {
            output.WriteLine(("    " + string.Join("  ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i])))).TrimEnd());
        }
    }
}
