using NodaTime;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Snapshots;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;

namespace PerfDomain.Policies.Tests.Evaluation;

/// <summary>How a partition moves forward in time: only what can change goes through the session, and it agrees with a batch every day.</summary>
public sealed class PolicyPartitionDateTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 16);

    private static readonly OrganizationSnapshot Sample = SnapshotReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", "sample-organization.json"));

    [Fact]
    public void AdvanceTo_CustomRulesReadingAsOf_AgreeWithABatchEveryDay()
    {
        var engine = TestRuntime.CreateBuilder().AddDefaultPacks().AddPack(DateReadingRules.Pack()).Build();
        var partition = engine.CreatePartition(Sample, AsOf);
        var mondays = 0;

        for (var day = AsOf.PlusDays(1); day <= AsOf.PlusDays(9); day = day.PlusDays(1))
        {
            var changes = partition.AdvanceTo(day);

            Assert.Equal(engine.Evaluate(Sample, day).Decisions, partition.Decisions);
            Assert.NotEqual(0, changes.Added.Count(d => d.Kind == DateReadingRules.OddDay) + changes.Withdrawn.Count(d => d.Kind == DateReadingRules.OddDay));
            mondays += partition.Decisions.Any(d => d.Kind == DateReadingRules.Monday) ? 1 : 0;
        }

        Assert.Equal(1, mondays);
    }

    [Fact]
    public void AdvanceTo_AMondayRuleOnTheDateAlone_BringsEveryEmployeesDecisionOnMondayOnly()
    {
        var engine = TestRuntime.CreateBuilder().AddPack(DateReadingRules.Pack()).Build();
        var partition = engine.CreatePartition(Sample, D(2026, 11, 20));

        var monday = partition.AdvanceTo(D(2026, 11, 23));
        var tuesday = partition.AdvanceTo(D(2026, 11, 24));

        Assert.Equal(Sample.Employees.Count(e => e.HireDate <= D(2026, 11, 23)), monday.Added.Count(d => d.Kind == DateReadingRules.Monday));
        Assert.Equal(monday.Added.Count(d => d.Kind == DateReadingRules.Monday), tuesday.Withdrawn.Count(d => d.Kind == DateReadingRules.Monday));
        Assert.Equal(engine.Evaluate(Sample, D(2026, 11, 24)).Decisions, partition.Decisions);
    }

    [Fact]
    public void AdvanceTo_ADayNothingChanges_SendsNoFactAndFiresNoRule()
    {
        var engine = TestRuntime.CreateBuilder().AddDefaultPacks().Build();
        var partition = engine.CreatePartition(Sample, AsOf);

        var changes = partition.AdvanceTo(AsOf.PlusDays(1));

#if NRULES_RUNTIME
        Assert.Equal(1, changes.FactsChanged);
#else
        Assert.Equal(0, changes.FactsChanged);
#endif
        Assert.True(changes.IsEmpty);
        Assert.All(partition.Decisions, d => Assert.Equal(AsOf.PlusDays(1), d.Explanation.AsOf));
    }

    [Fact]
    public void AdvanceTo_OverdueCheckIn_ReadsOneMoreDayWithoutBeingReportedAsChanged()
    {
        var engine = TestRuntime.CreateBuilder().AddDefaultPacks().Build();
        var partition = engine.CreatePartition(Sample, AsOf);
        var before = partition.Decisions.First(d => d.Kind == DecisionKind.CheckInOverdue);

        var changes = partition.AdvanceTo(AsOf.PlusDays(1));
        var after = partition.Decisions.Single(d => d.Kind == DecisionKind.CheckInOverdue && d.EmployeeId == before.EmployeeId);

        Assert.Matches(@"overdue by \d+ days", before.Explanation.Reason);
        Assert.NotEqual(before.Explanation.Reason, after.Explanation.Reason);
        Assert.Equal(before.Explanation.Reason.Replace(Days(before, 0), Days(before, 1), StringComparison.Ordinal), after.Explanation.Reason);
        Assert.DoesNotContain(changes.Changed, d => d.EmployeeId == before.EmployeeId);
    }

    [Fact]
    public void AdvanceTo_Backwards_AgreesWithABatch()
    {
        var engine = TestRuntime.CreateBuilder().AddDefaultPacks().Build();
        var partition = engine.CreatePartition(Sample, AsOf);
        partition.AdvanceTo(AsOf.PlusDays(20));

        partition.AdvanceTo(AsOf.PlusDays(3));

        Assert.Equal(engine.Evaluate(Sample, AsOf.PlusDays(3)).Decisions, partition.Decisions);
    }

    // "overdue by N days" as of the decision's date plus some days.
    private static string Days(Decision overdue, int more)
    {
        var n = int.Parse(System.Text.RegularExpressions.Regex.Match(overdue.Explanation.Reason, @"overdue by (\d+) days").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + more;
        return $"overdue by {n} days";
    }
}
