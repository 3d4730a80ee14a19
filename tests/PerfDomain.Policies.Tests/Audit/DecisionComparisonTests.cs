using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Policies.Audit;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Parameters;
using PerfDomain.Policies.Tests.TestSupport;

namespace PerfDomain.Policies.Tests.Audit;

public sealed class DecisionComparisonTests
{
    [Fact]
    public void Between_AnEvaluationAndItself_IsEmpty_EveryDecisionUnchanged()
    {
        var document = SampleOrganization.Evaluate();

        var comparison = DecisionComparison.Between(document, document);

        Assert.True(comparison.IsEmpty);
        Assert.Equal(document.Decisions.Count, comparison.Unchanged);
    }

    [Fact]
    public void Between_TwoParameterSets_ReportsTheDecisionsThatUsedTheChangedParameter()
    {
        var before = SampleOrganization.Evaluate();
        var after = SampleOrganization.Evaluate(parameters: PolicyParameters.FromJson("""{"reviewCadence":{"checkInIntervalDays":14}}"""));

        var comparison = DecisionComparison.Between(before, after);

        Assert.NotEqual(before.Record!.ParameterFingerprint, after.Record!.ParameterFingerprint);
        var due = Assert.Single(comparison.Changed, c => c.After.Kind == DecisionKind.CheckInDue && c.After.EmployeeId.Value == "e-034");
        Assert.Equal(["dueOn", "explanation.parameters", "explanation.reason"], due.Fields);
        Assert.Equal("30", due.Before.Explanation.Parameters["intervalDays"]);
        Assert.Equal("14", due.After.Explanation.Parameters["intervalDays"]);
        Assert.All(comparison.Changed.SelectMany(c => new[] { c.Before, c.After }), d => Assert.Equal("review-cadence", d.Explanation.Pack));
    }

    [Fact]
    public void Between_ANewPackVersion_IsAChange_NotAWithdrawalAndAnAddition()
    {
        var before = SampleOrganization.Evaluate();
        var bumped = before.Decisions.Select(d => d.Explanation.Pack == "rating-consequences" ? d with { Explanation = d.Explanation with { PackVersion = "1.1.0" } } : d).ToList();
        var after = new DecisionDocument(before.Organization, before.AsOf, before.Packs, bumped);

        var comparison = DecisionComparison.Between(before, after);

        Assert.Empty(comparison.Added);
        Assert.Empty(comparison.Withdrawn);
        Assert.Equal(before.Decisions.Count(d => d.Explanation.Pack == "rating-consequences"), comparison.Changed.Count);
        Assert.All(comparison.Changed, c => Assert.Equal(["explanation.packVersion"], c.Fields));
    }

    [Property(MaxTest = 12)]
    public void Between_CountsEveryDecisionOnce_AndSwappingSidesSwapsAddedAndWithdrawn(byte beforeOffset, byte afterOffset)
    {
        var before = SampleOrganization.Evaluate(SampleOrganization.ReferenceDate.PlusDays(-beforeOffset));
        var after = SampleOrganization.Evaluate(SampleOrganization.ReferenceDate.PlusDays(-afterOffset));

        var forward = DecisionComparison.Between(before, after);
        var backward = DecisionComparison.Between(after, before);

        Assert.Equal(before.Decisions.Count, forward.Withdrawn.Count + forward.Changed.Count + forward.Unchanged);
        Assert.Equal(after.Decisions.Count, forward.Added.Count + forward.Changed.Count + forward.Unchanged);
        Assert.Equal(forward.Added, backward.Withdrawn);
        Assert.Equal(forward.Withdrawn, backward.Added);
        Assert.Equal(forward.Changed.Select(c => (c.Before, c.After)).ToHashSet(), backward.Changed.Select(c => (c.After, c.Before)).ToHashSet());
        Assert.True(beforeOffset != afterOffset || forward.IsEmpty);
    }
}
