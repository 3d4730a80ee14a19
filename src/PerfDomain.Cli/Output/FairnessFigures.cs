using System.Globalization;
using PerfDomain.Policies.Fairness;

namespace PerfDomain.Cli.Output;

/// <summary>How the fairness outputs write figures, and the caveats every output states.</summary>
internal static class FairnessFigures
{
    /// <summary>The caveats every fairness output states, in this order.</summary>
    public static readonly string[] Caveats =
    [
        "A flag is a reason to look, not a finding: impact ratios on small groups move a lot with one person.",
        "Many groups, kinds and cycles are compared at once: at a 0.05 level about one comparison in twenty is 'significant' by chance alone.",
        "Selection rates count employees with at least one decision of the kind among those employed on the as-of date; adverse kinds compare the rates of not receiving them.",
        "Group labels come from the host's file beside the snapshot; no rule saw them.",
    ];

    /// <summary>Writes a share as a percentage with one decimal, or a dash.</summary>
    public static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";

    /// <summary>Writes a ratio or mean with two decimals, or a dash.</summary>
    public static string Number(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    /// <summary>Writes a signed shift with two decimals, or a dash.</summary>
    public static string Signed(double? value) => value is { } v ? v.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "-";

    /// <summary>Writes a p-value with the test that gave it, or a dash.</summary>
    public static string PValue(GroupSelection row) => row.PValue is { } p
        ? $"{(p < 0.0001 ? "<0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture))} ({Test(row.Test)})"
        : "-";

    /// <summary>Gets the short name of a test.</summary>
    public static string Test(SignificanceTest test) => test switch
    {
        SignificanceTest.FisherExact => "fisher",
        SignificanceTest.TwoProportionZ => "z",
        _ => "none",
    };

    /// <summary>Gets the name of a direction, as the outputs write it.</summary>
    public static string Direction(DecisionDirection direction) => direction switch
    {
        DecisionDirection.Favourable => "favourable",
        DecisionDirection.Adverse => "adverse",
        _ => "neutral",
    };

    /// <summary>Gets the sentence that states the options.</summary>
    public static string Settings(FairnessReport report) => string.Create(
        CultureInfo.InvariantCulture,
        $"Groups smaller than {report.Options.MinimumGroupSize} are suppressed. A group is flagged when its impact ratio is below {report.Options.FourFifthsThreshold:0.##} (the four-fifths rule). p-values are two-sided: Fisher's exact test when an expected count is below 5, else the two-proportion z-test.");
}
