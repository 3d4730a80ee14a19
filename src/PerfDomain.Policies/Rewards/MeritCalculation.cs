namespace PerfDomain.Policies.Rewards;

/// <summary>A merit guideline worked out for one employee: from the matrix cell, prorated, capped at the range maximum.</summary>
/// <param name="Row">The matrix row: rating points below the top of the scale.</param>
/// <param name="Column">The matrix column, 0 (lowest-paid quartile or band) to 3.</param>
/// <param name="MatrixPercent">The matrix cell; 0 for a rating below "meets" or without a row.</param>
/// <param name="Proration">The share of the cycle worked (employed days less leave, over the cycle's days).</param>
/// <param name="ProratedPercent">The cell times the proration, to two decimals.</param>
/// <param name="IncreasePercent">The part of it added to base pay: at most what takes pay to the range maximum.</param>
/// <param name="LumpSumPercent">The rest, paid once, when lump sums above the maximum are on; else 0.</param>
/// <param name="IncreaseAmount">The increase per year, in the pay's currency, to two decimals.</param>
/// <param name="LumpSumAmount">The lump sum, in the pay's currency, to two decimals.</param>
public sealed record MeritCalculation(
    int Row,
    int Column,
    decimal MatrixPercent,
    decimal Proration,
    decimal ProratedPercent,
    decimal IncreasePercent,
    decimal LumpSumPercent,
    decimal IncreaseAmount,
    decimal LumpSumAmount)
{
    /// <summary>Gets whether the range maximum cut the increase.</summary>
    public bool IsCapped => IncreasePercent < ProratedPercent;
}
