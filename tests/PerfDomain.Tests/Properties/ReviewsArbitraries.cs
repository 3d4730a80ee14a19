using FsCheck;
using FsCheck.Fluent;
using PerfDomain.Cycles;

namespace PerfDomain.Tests.Properties;

/// <summary>One calibration to make: a rating on the scale, days after the previous change, with a reason.</summary>
public sealed record CalibrationStep(int Rating, int DaysLater, string Reason);

/// <summary>A submitted manager review's scale and original rating, and the calibrations to apply to it.</summary>
public sealed record CalibrationScenario(RatingScale Scale, int Original, CalibrationStep[] Steps)
{
    public override string ToString() => $"{Scale.Top}-point scale, original {Original}, calibrated to [{string.Join(", ", Steps.Select(s => $"{s.Rating}@+{s.DaysLater}"))}]";
}

/// <summary>Generators of valid review-area values.</summary>
public static class ReviewsArbitraries
{
    public static Arbitrary<CalibrationScenario> Calibrations() => Arb.From(
        Gen.Sized(size =>
            from scale in CyclesArbitraries.Scales().Generator
            from original in Gen.Choose(1, scale.Top)
            from steps in Step(scale).ListOf(Math.Clamp(size, 0, 15))
            select new CalibrationScenario(scale, original, [.. steps])),
        s => ShrinkList.Smaller(s.Steps).Select(steps => s with { Steps = steps }));

    private static Gen<CalibrationStep> Step(RatingScale scale) =>
        from rating in Gen.Choose(1, scale.Top)
        from days in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(1, 20)))
        from reason in Gen.Elements("Calibration panel", "Peer evidence", "Guideline distribution", "Confirmed")
        select new CalibrationStep(rating, days, reason);
}
