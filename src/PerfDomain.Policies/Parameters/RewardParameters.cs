using System.Globalization;

namespace PerfDomain.Policies.Parameters;

/// <summary>The parameters of the rewards pack: the merit matrix, bonus eligibility, the merit budget and retention signals.</summary>
/// <remarks>
/// Percentages are of annual base pay (3.5 is 3.5%). The defaults are a common shape of merit matrix for a budget
/// near 3.5%: the better the calibrated rating and the lower the pay in its range, the larger the guideline.
/// </remarks>
public sealed record RewardParameters
{
    /// <summary>The columns of the merit matrix by the pay's quartile of its range (the default).</summary>
    public const string RangeQuartileColumns = "rangeQuartile";

    /// <summary>The columns of the merit matrix by compa-ratio band (<see cref="CompaRatioBandEdges"/>).</summary>
    public const string CompaRatioBandColumns = "compaRatioBand";

    /// <summary>
    /// Gets the merit matrix: guideline increases in percent, one row per rating point counted down from the top of
    /// the scale (row 0 for the top point, row 1 for the next…), four columns from the lowest-paid (first quartile
    /// or compa-ratio band) to the highest-paid. Ratings below "meets" and ratings without a row get no increase.
    /// Each row is at most the row above it, column by column, so that a better rating never gets less.
    /// Defaults: top [6, 5, 4, 3], next [4.5, 4, 3, 2], next [3, 2.5, 2, 1].
    /// </summary>
    public IReadOnlyList<IReadOnlyList<double>> MeritMatrix { get; init; } =
    [
        [6.0, 5.0, 4.0, 3.0],
        [4.5, 4.0, 3.0, 2.0],
        [3.0, 2.5, 2.0, 1.0],
    ];

    /// <summary>Gets what the merit matrix's columns are: <c>"rangeQuartile"</c> (the default) or <c>"compaRatioBand"</c>.</summary>
    public string MeritColumns { get; init; } = RangeQuartileColumns;

    /// <summary>
    /// Gets the three compa-ratios that divide the four compa-ratio bands, increasing ([0.9, 1.0, 1.1]: below 0.9,
    /// 0.9 to under 1.0, 1.0 to under 1.1, 1.1 and above).
    /// </summary>
    public IReadOnlyList<double> CompaRatioBandEdges { get; init; } = [0.9, 1.0, 1.1];

    /// <summary>Gets whether the part of a guideline that would take pay past its range's maximum is paid as a lump sum (true) or dropped.</summary>
    public bool MeritLumpSumAboveMaximum { get; init; } = true;

    /// <summary>Gets the merit budget of an org unit, in percent of its payroll (3.5), against which the budget view scales guidelines.</summary>
    public double MeritBudgetPercent { get; init; } = 3.5;

    /// <summary>Gets how many days after a cycle ends its merit and bonus decisions are still made (120): rewards of older cycles are history.</summary>
    public int RewardsWindowDays { get; init; } = 120;

    /// <summary>Gets how many days of a cycle someone must have been employed for a bonus (90).</summary>
    public int BonusMinimumDaysInCycle { get; init; } = 90;

    /// <summary>Gets how many months without recognition make a retention signal (12).</summary>
    public int RetentionRecognitionMonths { get; init; } = 12;

    /// <summary>Gets how many months without a role change make a retention signal (36).</summary>
    public int RetentionRoleChangeMonths { get; init; } = 36;

    /// <summary>Gets the compa-ratio below which pay is a retention signal (0.9).</summary>
    public double RetentionCompaRatioBelow { get; init; } = 0.9;

    /// <summary>Gets how many days a new manager is a retention signal (90).</summary>
    public int RetentionNewManagerDays { get; init; } = 90;

    /// <inheritdoc/>
    /// <remarks>The merit matrix and the band edges compare by value, so that parameters read back from JSON equal those written.</remarks>
    public bool Equals(RewardParameters? other) =>
        other is not null
        && SameMatrix(MeritMatrix, other.MeritMatrix)
        && MeritColumns == other.MeritColumns
        && SameList(CompaRatioBandEdges, other.CompaRatioBandEdges)
        && MeritLumpSumAboveMaximum == other.MeritLumpSumAboveMaximum
        && MeritBudgetPercent.Equals(other.MeritBudgetPercent)
        && RewardsWindowDays == other.RewardsWindowDays
        && BonusMinimumDaysInCycle == other.BonusMinimumDaysInCycle
        && RetentionRecognitionMonths == other.RetentionRecognitionMonths
        && RetentionRoleChangeMonths == other.RetentionRoleChangeMonths
        && RetentionCompaRatioBelow.Equals(other.RetentionCompaRatioBelow)
        && RetentionNewManagerDays == other.RetentionNewManagerDays;

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(MeritColumns, MeritLumpSumAboveMaximum, MeritBudgetPercent, RewardsWindowDays, BonusMinimumDaysInCycle, RetentionRecognitionMonths, RetentionRoleChangeMonths, RetentionNewManagerDays);

    // Null only where validation would refuse it; equal when both are null.
    private static bool SameList(IReadOnlyList<double>? left, IReadOnlyList<double>? right) =>
        ReferenceEquals(left, right) || (left is not null && right is not null && left.SequenceEqual(right));

    private static bool SameMatrix(IReadOnlyList<IReadOnlyList<double>>? left, IReadOnlyList<IReadOnlyList<double>>? right) =>
        ReferenceEquals(left, right)
        || (left is not null && right is not null && left.Count == right.Count && left.Zip(right).All(rows => SameList(rows.First, rows.Second)));

    /// <summary>Checks the values at <paramref name="section"/> (<c>$.rewards</c>).</summary>
    internal void Validate(string section)
    {
        var matrix = MeritMatrix ?? throw new InvalidParametersException($"{section}.meritMatrix", "must not be null.");
        if (matrix.Count is 0 or > ParameterBounds.MaxMeritRows)
        {
            throw new InvalidParametersException($"{section}.meritMatrix", string.Create(CultureInfo.InvariantCulture, $"has {matrix.Count} rows; expected 1 to {ParameterBounds.MaxMeritRows}, one per rating point from the top of the scale."));
        }

        for (var row = 0; row < matrix.Count; row++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{section}.meritMatrix[{row}]");
            var cells = matrix[row] ?? throw new InvalidParametersException(at, "must not be null.");
            if (cells.Count != 4)
            {
                throw new InvalidParametersException(at, string.Create(CultureInfo.InvariantCulture, $"has {cells.Count} columns; expected 4, from the lowest-paid quartile or band to the highest."));
            }

            for (var column = 0; column < 4; column++)
            {
                var cell = string.Create(CultureInfo.InvariantCulture, $"{at}[{column}]");
                ParameterBounds.Percent(cells[column], cell);
                if (row > 0 && cells[column] > matrix[row - 1][column])
                {
                    throw new InvalidParametersException(cell, string.Create(CultureInfo.InvariantCulture, $"is {cells[column]}, more than the {matrix[row - 1][column]} of the better rating above it; a better rating never gets a smaller guideline."));
                }
            }
        }

        if (MeritColumns is not (RangeQuartileColumns or CompaRatioBandColumns))
        {
            throw new InvalidParametersException($"{section}.meritColumns", $"is {(MeritColumns is null ? "null" : ParameterJson.Quote(MeritColumns))}; expected \"{RangeQuartileColumns}\" or \"{CompaRatioBandColumns}\".");
        }

        var edges = CompaRatioBandEdges ?? throw new InvalidParametersException($"{section}.compaRatioBandEdges", "must not be null.");
        if (edges.Count != 3)
        {
            throw new InvalidParametersException($"{section}.compaRatioBandEdges", string.Create(CultureInfo.InvariantCulture, $"has {edges.Count} numbers; expected 3, dividing four bands."));
        }

        for (var i = 0; i < 3; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{section}.compaRatioBandEdges[{i}]");
            ParameterBounds.CompaRatio(edges[i], at);
            if (i > 0 && edges[i] <= edges[i - 1])
            {
                throw new InvalidParametersException(at, string.Create(CultureInfo.InvariantCulture, $"is {edges[i]}; the band edges must increase."));
            }
        }

        ParameterBounds.Percent(MeritBudgetPercent, $"{section}.meritBudgetPercent");
        ParameterBounds.Check(RewardsWindowDays, $"{section}.rewardsWindowDays");
        ParameterBounds.Check(BonusMinimumDaysInCycle, $"{section}.bonusMinimumDaysInCycle");
        ParameterBounds.Check(RetentionRecognitionMonths, $"{section}.retentionRecognitionMonths");
        ParameterBounds.Check(RetentionRoleChangeMonths, $"{section}.retentionRoleChangeMonths");
        ParameterBounds.CompaRatio(RetentionCompaRatioBelow, $"{section}.retentionCompaRatioBelow");
        ParameterBounds.Check(RetentionNewManagerDays, $"{section}.retentionNewManagerDays");
    }
}
