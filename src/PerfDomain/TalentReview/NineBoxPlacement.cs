using Ardalis.GuardClauses;
using PerfDomain.Cycles;

namespace PerfDomain.TalentReview;

/// <summary>A place in the performance × potential grid of a talent review (the "9-box").</summary>
/// <param name="Performance">The performance band of the calibrated rating.</param>
/// <param name="Potential">The calibrated potential.</param>
/// <remarks>
/// An immutable value. Boxes are numbered 1 to 9 from low performance and low potential (1) along performance, then up
/// potential: box 3 is high performance with low potential, box 9 high on both. The names are the usual ones of talent
/// reviews, in lower case; they describe a place on the grid, never a person's worth.
/// </remarks>
public readonly record struct NineBoxPlacement(PerformanceBand Performance, PotentialLevel Potential)
{
    private static readonly string[] Names =
    [
        "risk", "effective", "trusted professional",
        "inconsistent", "core player", "high performer",
        "rough diamond", "future star", "star",
    ];

    /// <summary>Gets the box number, 1 to 9.</summary>
    public int Box => ((int)Potential * 3) + (int)Performance + 1;

    /// <summary>Gets the box's name, such as <c>core player</c>.</summary>
    public string Name => Names[Box - 1];

    /// <summary>Places a calibrated rating and a calibrated potential on the grid.</summary>
    /// <param name="scale">The rating's scale.</param>
    /// <param name="calibratedRating">The calibrated rating, a point of the scale.</param>
    /// <param name="potential">The calibrated potential.</param>
    /// <returns>The placement.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rating is off the scale.</exception>
    /// <exception cref="ArgumentException">The potential is not a defined level.</exception>
    public static NineBoxPlacement Of(RatingScale scale, int calibratedRating, PotentialLevel potential) =>
        new(BandOf(scale, calibratedRating), Guard.Against.EnumOutOfRange(potential));

    /// <summary>Gets the performance band of a rating: below "meets" low, at it moderate, above it high.</summary>
    /// <param name="scale">The rating's scale.</param>
    /// <param name="rating">A point of the scale.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rating is off the scale.</exception>
    public static PerformanceBand BandOf(RatingScale scale, int rating)
    {
        Guard.Against.Null(scale);
        scale.Require(rating, nameof(rating));
        return rating < scale.MeetsThreshold ? PerformanceBand.Low : rating == scale.MeetsThreshold ? PerformanceBand.Moderate : PerformanceBand.High;
    }

    /// <inheritdoc/>
    public override string ToString() => $"box {Box} ({Name}: {Performance} performance, {Potential} potential)";
}
