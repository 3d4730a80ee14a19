using FsCheck;
using FsCheck.Fluent;
using PerfDomain.Cycles;

namespace PerfDomain.Tests.Properties;

/// <summary>A stage move to attempt: to the next stage or any stage, some days after the current stage was entered (possibly before).</summary>
public sealed record StageAttempt(bool ToNext, LifecycleStage Stage, int DayOffset)
{
    public override string ToString() => $"{(ToNext ? "next" : Stage.ToString())}@{DayOffset:+0;-0;0}";
}

/// <summary>A sequence of stage moves to attempt on a freshly opened record.</summary>
public sealed record StageScenario(StageAttempt[] Attempts)
{
    public override string ToString() => string.Join(", ", Attempts.Select(a => a.ToString()));
}

/// <summary>Generators of valid cycle-area values.</summary>
public static class CyclesArbitraries
{
    public static Arbitrary<StageScenario> Stages() => Arb.From(
        Gen.Sized(size =>
            from attempts in Attempt().ListOf(Math.Clamp(size, 1, 25))
            select new StageScenario([.. attempts])),
        s => ShrinkList.Smaller(s.Attempts).Select(a => new StageScenario(a)));

    public static Arbitrary<RatingScale> Scales() => Arb.From(
        from count in Gen.Choose(RatingScale.MinPoints, RatingScale.MaxPoints)
        from threshold in Gen.Choose(1, count)
        from suffix in Gen.Choose(0, 999)
        select new RatingScale(Enumerable.Range(1, count).Select(i => $"Level {i}.{suffix}"), threshold));

    private static Gen<StageAttempt> Attempt() =>
        from toNext in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from stage in Gen.Elements(Enum.GetValues<LifecycleStage>())
        from offset in Gen.Frequency((5, Gen.Choose(0, 30)), (1, Gen.Choose(-10, -1)))
        select new StageAttempt(toNext, stage, offset);
}
