using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Employees;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generation;
using PerfDomain.Testing.Generators;

namespace PerfDomain.Testing.Tests.Generators;

public sealed class OrganizationArbitrariesTests
{
    [Property(Arbitrary = new[] { typeof(OrganizationArbitraries) }, MaxTest = 30)]
    public bool Organization_RegisteredWithXunit_IsValidAndWithinBounds(OrganizationSnapshot snapshot)
    {
        var ids = snapshot.Employees.Select(e => e.Id).ToHashSet();
        return snapshot.Employees.Count is >= 1 and <= OrganizationArbitraries.DefaultMaxEmployees
            && ids.Count == snapshot.Employees.Count
            && snapshot.Employees.All(e => e.ManagerId is null || ids.Contains(e.ManagerId.Value))
            && snapshot.Reviews.All(r => r.OverallRating is null || (r.OverallRating >= 1 && r.OverallRating <= r.Scale.Top));
    }

    [Property(Arbitrary = new[] { typeof(OrganizationArbitraries) }, MaxTest = 30)]
    public bool Options_RegisteredWithXunit_AreValid(SyntheticOrganizationOptions options)
    {
        options.Validate();
        return options.Employees <= OrganizationArbitraries.DefaultMaxEmployees && options.Years <= OrganizationArbitraries.DefaultMaxYears;
    }

    [Fact]
    public void OrganizationGen_Samples_VaryInSize()
    {
        var sizes = OrganizationArbitraries.OrganizationGen().Sample(40, 60).Select(s => s.Employees.Count).ToHashSet();

        Assert.True(sizes.Count >= 5, $"sizes: {string.Join(", ", sizes)}");
    }

    [Fact]
    public void Organization_Shrinker_GoesToFewerEmployeesAndYears()
    {
        var arbitrary = OrganizationArbitraries.Organizations(Gen.Constant(new SyntheticOrganizationOptions { Seed = 3, Employees = 20, Years = 3 }));
        var snapshot = arbitrary.Generator.Sample(1, 1).Single();

        var smaller = arbitrary.Shrinker(snapshot).ToList();

        Assert.NotEmpty(smaller);
        Assert.All(smaller, s => Assert.True(s.Employees.Count < 20 || s.Cycles.Count < snapshot.Cycles.Count));
        Assert.Contains(smaller, s => s.Employees.Count == 1);
        Assert.Contains(smaller, s => s.Cycles.Count < snapshot.Cycles.Count);
    }

    [Fact]
    public void Organization_Shrinker_KeepsPayAndPotentialWhileShrinking_ThenDropsThem()
    {
        var arbitrary = OrganizationArbitraries.Organizations(Gen.Constant(new SyntheticOrganizationOptions { Seed = 3, Employees = 20, Years = 2, PayAndPotential = true }));
        var snapshot = arbitrary.Generator.Sample(1, 1).Single();

        var smaller = arbitrary.Shrinker(snapshot).ToList();

        Assert.NotEmpty(snapshot.Compensation);
        Assert.NotEmpty(snapshot.PotentialAssessments);
        var fewer = smaller.Where(s => s.Employees.Count < 20).ToList();
        Assert.NotEmpty(fewer);
        Assert.All(fewer.Where(s => s.Employees.Count > 1), s => Assert.NotEmpty(s.Compensation));
        Assert.All(fewer, s => Assert.All(s.Compensation, c => Assert.Contains(s.Employees, e => e.Id == c.EmployeeId)));
        var withoutPay = Assert.Single(smaller, s => s.Employees.Count == 20 && s.Cycles.Count == snapshot.Cycles.Count);
        Assert.Empty(withoutPay.PayRanges);
        Assert.Empty(withoutPay.Compensation);
        Assert.Empty(withoutPay.PotentialAssessments);
    }

    [Fact]
    public void ShrinkOptions_PayAndPotential_ShrinksTowardsNone()
    {
        var shrunk = OrganizationArbitraries.ShrinkOptions(new SyntheticOrganizationOptions { Employees = 1, Years = 1, PayAndPotential = true });

        Assert.Equal([new SyntheticOrganizationOptions { Employees = 1, Years = 1, PayAndPotential = false }], shrunk);
    }

    [Fact]
    public void OptionsGen_DrawsPayAndPotentialMostOfTheTime_ButNotAlways()
    {
        var draws = OrganizationArbitraries.OptionsGen().Sample(50, 200).Select(o => o.PayAndPotential).ToList();

        Assert.Contains(true, draws);
        Assert.Contains(false, draws);
        Assert.True(draws.Count(d => d) > draws.Count / 2, $"{draws.Count(d => d)} of {draws.Count} with pay");
    }

    [Fact]
    public void Generate_PayAndPotential_AddsThemWithoutChangingTheRest()
    {
        var options = new SyntheticOrganizationOptions { Seed = 8, Employees = 30, Years = 2 };

        var unpaid = SyntheticOrganization.Generate(options);
        var paid = SyntheticOrganization.Generate(options with { PayAndPotential = true });

        Assert.Empty(unpaid.Compensation);
        Assert.NotEmpty(paid.PayRanges);
        Assert.InRange(paid.Compensation.Count, 1, paid.Employees.Count);
        Assert.NotEmpty(paid.PotentialAssessments);
        Assert.Contains(paid.PotentialAssessments, a => a.IsCalibrated);
        Assert.All(paid.Compensation, c => Assert.Equal(paid.Employees.Single(e => e.Id == c.EmployeeId).HireDate, c.BasePay[0].EffectiveOn));
        var rest = new OrganizationSnapshot(
            paid.OrganizationName, paid.Employees, paid.Cycles, paid.ReferenceDate, paid.OrgUnits, paid.CycleRecords, paid.GoalSets, paid.CheckIns,
            paid.FeedbackNotes, paid.Reviews, paid.DevelopmentPlans, paid.Recognitions, paid.ImprovementPlans);
        Assert.Equal(SnapshotWriter.Write(unpaid), SnapshotWriter.Write(rest));
    }

    [Fact]
    public void ShrinkOptions_SmallestOptions_DoNotShrink()
    {
        Assert.Empty(OrganizationArbitraries.ShrinkOptions(new SyntheticOrganizationOptions { Employees = 1, Years = 1 }));
    }

    [Fact]
    public void Organizations_TransformAndFilter_AreAppliedToGeneratedAndShrunkValues()
    {
        // "An organisation with someone on leave": keep only organisations that have one, named to show the transform ran.
        var arbitrary = OrganizationArbitraries.Organizations(
            OrganizationArbitraries.OptionsGen(maxEmployees: 30),
            transform: s => new OrganizationSnapshot("transformed", s.Employees, s.Cycles, s.ReferenceDate, s.OrgUnits, s.CycleRecords, s.GoalSets, s.CheckIns, s.FeedbackNotes, s.Reviews, s.DevelopmentPlans, s.Recognitions, s.ImprovementPlans),
            filter: s => s.Employees.Count >= 3);

        var samples = arbitrary.Generator.Sample(10, 30);

        Assert.All(samples, s => Assert.Equal("transformed", s.OrganizationName));
        Assert.All(samples, s => Assert.True(s.Employees.Count >= 3));
        Assert.All(samples.SelectMany(arbitrary.Shrinker), s =>
        {
            Assert.Equal("transformed", s.OrganizationName);
            Assert.True(s.Employees.Count >= 3);
        });
    }

    [Fact]
    public void TryGetOptions_GeneratedSnapshot_GivesItsOptions()
    {
        var options = new SyntheticOrganizationOptions { Seed = 9, Employees = 5, Years = 1 };
        var snapshot = OrganizationArbitraries.OrganizationGen(Gen.Constant(options)).Sample(1, 1).Single();

        Assert.True(OrganizationArbitraries.TryGetOptions(snapshot, out var found));
        Assert.Equal(options, found);
        Assert.False(OrganizationArbitraries.TryGetOptions(SyntheticOrganization.Generate(options), out _));
    }

    [Fact]
    public void Copy_GivesAnEqualIndependentSnapshot()
    {
        var snapshot = SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Seed = 4, Employees = 12, Years = 1 });

        var copy = OrganizationArbitraries.Copy(snapshot);

        Assert.NotSame(snapshot.Employees[0], copy.Employees[0]);
        Assert.Equal(SnapshotWriter.Write(snapshot), SnapshotWriter.Write(copy));
    }

    [Fact]
    public void AsOfGen_StaysInTheWindow()
    {
        var reference = new NodaTime.LocalDate(2026, 11, 16);

        var dates = OrganizationArbitraries.AsOfGen(reference, 10, 5).Sample(10, 100);

        Assert.All(dates, d => Assert.InRange(d, reference.PlusDays(-10), reference.PlusDays(5)));
    }

    [Fact]
    public void Organizations_EveryManagerNew_CanBeBuiltFromTheBlocks()
    {
        // A filter on a generated shape: every manager (someone with reports) hired in the last two years.
        static bool EveryManagerNew(OrganizationSnapshot s) =>
            s.Employees.Where(e => s.Employees.Any(r => r.ManagerId == e.Id)).All(m => m.HireDate >= s.ReferenceDate!.Value.PlusYears(-2));
        var arbitrary = OrganizationArbitraries.Organizations(OrganizationArbitraries.OptionsGen(maxEmployees: 4), filter: EveryManagerNew);

        var result = Prop.ForAll(arbitrary, EveryManagerNew);

        Check.QuickThrowOnFailure(result);
    }
}
