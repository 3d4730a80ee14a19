using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using PerfDomain.Compensation;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;
using PerfDomain.Policies.Rewards;
using PerfDomain.Reviews;
using Xunit;

namespace PerfDomain.Policies.Tests.Rules.Rewards;

public sealed class MeritGuidelineTests
{
    private static readonly EmployeeId Employee = new("e-1");
    private static readonly CycleId Cycle = new("c-2026");
    private static readonly PayRange Range = new(new GradeId("g-5"), new CurrencyCode("EUR"), PayPeriod.Annual, 68_000m, 85_000m, 102_000m);

    private static RatingFact Rating(int rating) =>
        new(new ReviewId("r-1"), Employee, Cycle, 1, rating, $"point {rating}", 5, 3, new LocalDate(2026, 11, 12), true);

    private static CompensationFact Pay(decimal annual, PayPeriod period = PayPeriod.Annual) =>
        CompensationFact.Of(Employee, new BasePay(new LocalDate(2026, 1, 1), annual / period.PerYear(), new CurrencyCode("EUR"), period, new GradeId("g-5")), Range);

    private static CycleServiceFact Service(int employed = 365, int leave = 0) => new(Employee, Cycle, 365, employed, leave);

    [Fact]
    public void Calculate_TopRatingLowInRange_GivesTheTopLeftCell()
    {
        // 70,000 lies at (70,000 - 68,000) / 34,000 = 0.059 of the range: quartile 1, column 0; top point, row 0: 6%.
        var merit = MeritGuideline.Calculate(Rating(5), Pay(70_000m), Service(), new RewardParameters());

        Assert.Equal((0, 0, 6.00m, 6.00m, 0m), (merit.Row, merit.Column, merit.IncreasePercent, merit.ProratedPercent, merit.LumpSumPercent));
        Assert.Equal(4_200.00m, merit.IncreaseAmount);
    }

    [Fact]
    public void Calculate_MonthlyPay_IsComparedWithTheRangePerYear()
    {
        // 7,000 a month is 84,000 a year: position 16,000 / 34,000 = 0.47, quartile 2; rating 4 (row 1) gives 4%.
        var merit = MeritGuideline.Calculate(Rating(4), Pay(84_000m, PayPeriod.Monthly), Service(), new RewardParameters());

        Assert.Equal((1, 1, 4.00m), (merit.Row, merit.Column, merit.IncreasePercent));
        Assert.Equal(3_360.00m, merit.IncreaseAmount);
    }

    [Fact]
    public void Calculate_HalfTheCycleWorkedAfterLeave_ProratesTheCell()
    {
        // Hired for the whole cycle of 365 days, 120 of them on leave: 245 / 365 = 0.6712...; 3% × 0.6712 = 2.0136 → 2.01%.
        var merit = MeritGuideline.Calculate(Rating(3), Pay(75_000m), Service(365, 120), new RewardParameters());

        Assert.Equal(3.00m, merit.MatrixPercent);
        Assert.Equal(2.01m, merit.ProratedPercent);
        Assert.Equal(2.01m, merit.IncreasePercent);
        Assert.Equal(1_507.50m, merit.IncreaseAmount);
    }

    [Fact]
    public void Calculate_NearTheMaximum_CapsTheIncreaseAndPaysTheRestAsALumpSum()
    {
        // 100,600 is quartile 4: rating 4 gives 2%; the maximum 102,000 allows 1,400 / 100,600 = 1.3916% → 1.39%.
        var merit = MeritGuideline.Calculate(Rating(4), Pay(100_600m), Service(), new RewardParameters());

        Assert.True(merit.IsCapped);
        Assert.Equal((2.00m, 1.39m, 0.61m), (merit.ProratedPercent, merit.IncreasePercent, merit.LumpSumPercent));
        Assert.Equal((1_398.34m, 613.66m), (merit.IncreaseAmount, merit.LumpSumAmount));
    }

    [Fact]
    public void Calculate_CapWithoutLumpSums_DropsTheRest()
    {
        var merit = MeritGuideline.Calculate(Rating(4), Pay(100_600m), Service(), new RewardParameters { MeritLumpSumAboveMaximum = false });

        Assert.Equal((1.39m, 0m), (merit.IncreasePercent, merit.LumpSumPercent));
    }

    [Fact]
    public void Calculate_BelowMeets_GivesNothing()
    {
        var merit = MeritGuideline.Calculate(Rating(2), Pay(70_000m), Service(), new RewardParameters());

        Assert.Equal((0m, 0m), (merit.MatrixPercent, merit.IncreasePercent));
    }

    [Fact]
    public void Calculate_CompaRatioBands_PickTheColumnByCompaRatio()
    {
        // 80,000 / 85,000 = 0.941: the second band (0.9 to under 1.0), column 1; rating 5 gives 5%.
        var parameters = new RewardParameters { MeritColumns = RewardParameters.CompaRatioBandColumns };

        var merit = MeritGuideline.Calculate(Rating(5), Pay(80_000m), Service(), parameters);

        Assert.Equal((1, 5.00m), (merit.Column, merit.IncreasePercent));
    }

    [Fact]
    public void Validate_ARowAboveTheOneBefore_IsRefusedAtItsCell()
    {
        var parameters = new PolicyParameters { Rewards = new RewardParameters { MeritMatrix = [[3.0, 2.0, 1.0, 1.0], [3.5, 2.0, 1.0, 0.5]] } };

        var ex = Assert.Throws<InvalidParametersException>(parameters.Validate);

        Assert.Equal("$.rewards.meritMatrix[1][0]", ex.Path);
    }

    [Property]
    public void Calculate_ABetterRating_NeverGetsLess(PositiveInt pay, byte rating, byte worked)
    {
        var annual = 40_000m + (pay.Get % 100_000);
        var lower = 1 + (rating % 4);
        var service = Service(365, worked % 366);
        var worse = MeritGuideline.Calculate(Rating(lower), Pay(annual), service, new RewardParameters());
        var better = MeritGuideline.Calculate(Rating(lower + 1), Pay(annual), service, new RewardParameters());

        Assert.True(better.IncreasePercent + better.LumpSumPercent >= worse.IncreasePercent + worse.LumpSumPercent);
        Assert.True(better.IncreasePercent >= worse.IncreasePercent);
    }
}
