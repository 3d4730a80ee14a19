using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Rewards;

/// <summary>
/// Works out merit guidelines as the rewards pack does: the matrix cell of the calibrated rating (row: points below
/// the top of the scale) and the pay's place in its range (column: quartile or compa-ratio band), prorated for the
/// share of the cycle worked, capped so that pay does not pass the range maximum, the rest a lump sum.
/// </summary>
/// <remarks>Pure and thread-safe; the merit rule and <see cref="MeritBudget"/> both use it.</remarks>
public static class MeritGuideline
{
    /// <summary>Works out the guideline.</summary>
    /// <param name="rating">The calibrated rating.</param>
    /// <param name="pay">The pay and its range.</param>
    /// <param name="service">The share of the rating's cycle worked.</param>
    /// <param name="parameters">The matrix and its columns.</param>
    /// <returns>The calculation; every percentage 0 when the rating is below "meets" or has no row.</returns>
    public static MeritCalculation Calculate(RatingFact rating, CompensationFact pay, CycleServiceFact service, RewardParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(rating);
        ArgumentNullException.ThrowIfNull(pay);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(parameters);
        var row = rating.TopRating - rating.Rating;
        var column = ColumnOf(pay, parameters);
        var cell = rating.MeetsOrAbove && row < parameters.MeritMatrix.Count ? (decimal)parameters.MeritMatrix[row][column] : 0m;
        var proration = service.Proration;
        var prorated = Math.Round(cell * proration, 2, MidpointRounding.ToZero);
        var headroom = pay.AnnualPay >= pay.RangeMaximum ? 0m : Math.Round((pay.RangeMaximum - pay.AnnualPay) / pay.AnnualPay * 100m, 2, MidpointRounding.ToZero);
        var increase = Math.Min(prorated, headroom);
        var lumpSum = parameters.MeritLumpSumAboveMaximum ? prorated - increase : 0m;
        return new MeritCalculation(
            row,
            column,
            cell,
            proration,
            prorated,
            increase,
            lumpSum,
            Math.Round(pay.AnnualPay * increase / 100m, 2, MidpointRounding.ToZero),
            Math.Round(pay.AnnualPay * lumpSum / 100m, 2, MidpointRounding.ToZero));
    }

    /// <summary>Gets the matrix column of a pay: its quartile, or its compa-ratio band, 0 (lowest-paid) to 3.</summary>
    /// <param name="pay">The pay and its range.</param>
    /// <param name="parameters">The columns' kind and band edges.</param>
    /// <returns>The column.</returns>
    public static int ColumnOf(CompensationFact pay, RewardParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(pay);
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters.MeritColumns == RewardParameters.CompaRatioBandColumns
            ? parameters.CompaRatioBandEdges.Count(edge => pay.CompaRatio >= (decimal)edge)
            : pay.Quartile - 1;
    }
}
