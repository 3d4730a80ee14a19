using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

using PerfDomain.Policies.Tests.TestSupport;

namespace PerfDomain.Policies.Tests.Properties;

[Properties(Arbitrary = [typeof(PolicyArbitraries)], MaxTest = 80)]
public sealed class PolicyLawProperties
{
    private static readonly DecisionKind[] Favourable = [DecisionKind.RecognitionRecommended, DecisionKind.PromotionReadinessFlagged];

    private static readonly Dictionary<DecisionKind, int> Harshness = new()
    {
        [DecisionKind.DevelopmentPlanRecommended] = 1,
        [DecisionKind.FeedbackDocumentationRequested] = 2,
        [DecisionKind.ImprovementPlanRecommended] = 3,
    };

    [Property]
    public void Evaluate_SameInputs_SameDecisionsInTheSameOrder(OrganizationCase org)
    {
        var snapshot = org.Build();

        var first = DefaultEngine.Evaluate(snapshot, org.AsOf).Decisions;
        var second = TestRuntime.CreateBuilder().AddDefaultPacks().Build().Evaluate(org.Build(), org.AsOf).Decisions;

        Assert.Equal(first, second);
        Assert.Equal(first.Order(DecisionOrder.Instance), first);
    }

    [Property]
    public void Evaluate_NeverContradictsItself(OrganizationCase org)
    {
        var decisions = DefaultEngine.Evaluate(org.Build(), org.AsOf).Decisions;

        foreach (var group in decisions.Where(d => d.CycleId is not null).GroupBy(d => (d.EmployeeId, d.CycleId)))
        {
            var kinds = group.Select(d => d.Kind).ToHashSet();
            Assert.False(
                kinds.Overlaps(Favourable) && (kinds.Contains(DecisionKind.ImprovementPlanRecommended) || kinds.Contains(DecisionKind.DevelopmentPlanRecommended)),
                $"{group.Key}: {string.Join(", ", kinds)}");
        }

        foreach (var group in decisions.GroupBy(d => d.EmployeeId))
        {
            var kinds = group.Select(d => d.Kind).ToList();
            Assert.False(kinds.Contains(DecisionKind.CheckInDue) && kinds.Contains(DecisionKind.CheckInOverdue), $"{group.Key} has a check-in both due and overdue");
            Assert.False(kinds.Contains(DecisionKind.ImprovementPlanRecommended) && kinds.Contains(DecisionKind.FeedbackDocumentationRequested), $"{group.Key} has an improvement plan and a feedback request");
        }
    }

    [Property]
    public void Evaluate_EveryWorkingEmployeeWithAManager_HasExactlyOneNextCheckIn(OrganizationCase org)
    {
        var snapshot = org.Build();
        var decisions = DefaultEngine.Evaluate(snapshot, org.AsOf).Decisions;

        foreach (var employee in snapshot.Employees)
        {
            var checksIn = employee.HireDate <= org.AsOf
                && employee.StatusOn(org.AsOf) is EmploymentStatus.Active or EmploymentStatus.Probation
                && employee.ManagerOn(org.AsOf) is not null;
            var checkIns = decisions.Where(d => d.EmployeeId == employee.Id && (d.Kind == DecisionKind.CheckInDue || d.Kind == DecisionKind.CheckInOverdue)).ToList();
            if (checksIn)
            {
                var next = Assert.Single(checkIns);
                Assert.NotNull(next.DueOn);
            }
            else
            {
                Assert.Empty(checkIns);
            }
        }
    }

    [Property]
    public void Evaluate_EveryExplanation_RefersToFactsOfTheSnapshot(OrganizationCase org)
    {
        var snapshot = org.Build();
        var employees = snapshot.Employees.Select(e => e.Id.Value).ToHashSet();
        var reviews = snapshot.Reviews.ToDictionary(r => r.Id.Value);
        var cycles = snapshot.Cycles.Select(c => c.Id.Value).ToHashSet();
        var keyResults = snapshot.GoalSets.SelectMany(g => g.Objectives).SelectMany(o => o.KeyResults).Select(k => k.Id.Value).ToHashSet();
        var records = snapshot.CycleRecords.Select(r => $"{r.EmployeeId.Value}/{r.CycleId.Value}").ToHashSet();
        var improvementPlans = snapshot.ImprovementPlans.Select(p => p.Id.Value).ToHashSet();
        var developmentPlans = snapshot.DevelopmentPlans.Select(p => p.Id.Value).ToHashSet();
        var recognitions = snapshot.Recognitions.Select(r => r.Id.Value).ToHashSet();

        foreach (var decision in DefaultEngine.Evaluate(snapshot, org.AsOf).Decisions)
        {
            Assert.Contains(decision.EmployeeId.Value, employees);
            Assert.Equal(org.AsOf, decision.Explanation.AsOf);
            Assert.False(string.IsNullOrWhiteSpace(decision.Explanation.Reason));
            Assert.NotEmpty(decision.Explanation.Facts);
            if (decision.CycleId is { } cycle)
            {
                Assert.Contains(cycle.Value, cycles);
            }

            Assert.Contains(decision.Explanation.Facts, f => f.Type is "Employee" or "Manager" && f.Id == decision.EmployeeId.Value || f.Values.TryGetValue("employeeId", out var e) && e == decision.EmployeeId.Value || f.Values.TryGetValue("managerId", out var m) && m == decision.EmployeeId.Value);
            foreach (var fact in decision.Explanation.Facts)
            {
                var exists = fact.Type switch
                {
                    "Employee" or "Manager" or "CheckInCadence" => employees.Contains(fact.Id),
                    "Rating" or "ManagerRating" => reviews.TryGetValue(fact.Id, out var review) && review.Role == ReviewerRole.Manager,
                    "CompetencyRating" => fact.Id.Split('/') is [var reviewId, var competency] && reviews.TryGetValue(reviewId, out var rated) && rated.CompetencyRatings.Any(c => c.CompetencyId.Value == competency),
                    "KeyResult" => keyResults.Contains(fact.Id),
                    "ReviewProgress" => records.Contains(fact.Id),
                    "ImprovementPlan" => improvementPlans.Contains(fact.Id),
                    "DevelopmentPlan" => developmentPlans.Contains(fact.Id),
                    "Recognition" => recognitions.Contains(fact.Id),
                    "Cycle" => cycles.Contains(fact.Id),
                    "CycleService" => fact.Id.Split('/') is [var served, var servedCycle] && employees.Contains(served) && cycles.Contains(servedCycle),
                    "Compensation" => snapshot.CompensationOf(new PerfDomain.Employees.EmployeeId(fact.Id)) is not null,
                    "Talent" => employees.Contains(fact.Id),
                    "Potential" => snapshot.PotentialAssessments.Any(a => a.Id.Value == fact.Id),
                    _ => false,
                };
                Assert.True(exists, $"{decision}: {fact} does not exist in the snapshot");
                if (fact.Values.TryGetValue("employeeId", out var about))
                {
                    Assert.Contains(about, employees);
                }
            }
        }
    }

    [Property]
    public void Evaluate_RaisingOneCalibratedRating_NeverYieldsAHarsherConsequence(OrganizationCase org, NonNegativeInt pick)
    {
        var before = org.Build();
        var after = org.Build();
        var candidates = after.Reviews
            .Where(r => r.Role == ReviewerRole.Manager && r.Calibrations.Count > 0 && r.Calibrations[^1].CalibratedOn <= org.AsOf && r.OverallRating < r.Scale.Top)
            .ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var review = candidates[pick.Get % candidates.Count];
        review.Calibrate(review.OverallRating!.Value + 1, after.Employees[0].Id, "Raised on appeal", review.Calibrations[^1].CalibratedOn);
        after = Rebuild(after);

        var was = DefaultEngine.Evaluate(before, org.AsOf).For(review.EmployeeId).ToList();
        var now = DefaultEngine.Evaluate(after, org.AsOf).For(review.EmployeeId).ToList();

        Assert.True(Harshest(now) <= Harshest(was), $"raising {review.Id} to {review.OverallRating}: {string.Join("; ", was.Select(d => d.Kind))} became {string.Join("; ", now.Select(d => d.Kind))}");
        foreach (var favourable in was.Where(d => Favourable.Contains(d.Kind)))
        {
            Assert.Contains(now, d => d.Kind == favourable.Kind && d.CycleId == favourable.CycleId);
        }
    }

    [Property(MaxTest = 40)]
    public void Partition_AnySequenceOfAdvancesAndChanges_AgreesWithBatch(PartitionCase test)
    {
        var snapshot = test.Organization.Build();
        var partition = DefaultEngine.CreatePartition(snapshot, test.Organization.AsOf);
        Assert.Equal(DefaultEngine.Evaluate(snapshot, test.Organization.AsOf).Decisions, partition.Decisions);

        foreach (var step in test.Steps)
        {
            var previous = partition.Decisions.ToDictionary(Key);
            var changes = step.Kind == 0 ? partition.AdvanceTo(partition.AsOf.PlusDays(step.Days - 20)) : partition.Apply(Change(partition.Snapshot, partition.AsOf, step));

            var batch = DefaultEngine.Evaluate(partition.Snapshot, partition.AsOf).Decisions;
            Assert.Equal(batch, partition.Decisions);

            // The reported changes turn the previous decisions into the current ones.
            foreach (var withdrawn in changes.Withdrawn)
            {
                Assert.True(previous.Remove(Key(withdrawn)), $"withdrawn but not there before: {withdrawn}");
            }

            foreach (var added in changes.Added)
            {
                Assert.True(previous.TryAdd(Key(added), added), $"added but there before: {added}");
            }

            foreach (var changed in changes.Changed)
            {
                Assert.True(previous.ContainsKey(Key(changed)), $"changed but not there before: {changed}");
                previous[Key(changed)] = changed;
            }

            Assert.Equal(batch.Select(Material).Order(StringComparer.Ordinal), previous.Values.Select(d => Material(d.SeenOn(partition.AsOf))).Order(StringComparer.Ordinal));
        }
    }

    internal static OrganizationSnapshot Rebuild(OrganizationSnapshot s, IEnumerable<CheckIn>? checkIns = null, IEnumerable<FeedbackNote>? notes = null) =>
        new(s.OrganizationName, s.Employees, s.Cycles, s.ReferenceDate, s.OrgUnits, s.CycleRecords, s.GoalSets, checkIns ?? s.CheckIns, notes ?? s.FeedbackNotes, s.Reviews, s.DevelopmentPlans, s.Recognitions, s.ImprovementPlans);

    private static (DecisionKind, string, string?, string?, string) Key(Decision d) => (d.Kind, d.EmployeeId.Value, d.CycleId?.Value, d.Subject, d.Explanation.Rule);

    private static string Material(Decision d) => $"{Key(d)} {d.DueOn} {d.EscalateTo} {d.RequiresApproval} {d.Explanation.Reason}";

    private static int Harshest(IEnumerable<Decision> decisions) => decisions.Select(d => Harshness.GetValueOrDefault(d.Kind)).DefaultIfEmpty(0).Max();

    private static OrganizationSnapshot Change(OrganizationSnapshot snapshot, LocalDate asOf, PartitionStep step)
    {
        var employee = snapshot.Employees[step.Pick % snapshot.Employees.Count];
        switch (step.Kind)
        {
            case 1 when employee.HireDate <= asOf && employee.ManagerOn(asOf) is { } manager:
                return Rebuild(snapshot, checkIns: snapshot.CheckIns.Append(CheckIn.Record(new CheckInId($"prop-ci-{snapshot.CheckIns.Count}-{step.Pick}"), employee.Id, asOf, [manager])));
            case 2 when employee.HireDate <= asOf && employee.ManagerOn(asOf) is { } giver && snapshot.Employee(giver).HireDate <= asOf:
                return Rebuild(snapshot, notes: snapshot.FeedbackNotes.Append(FeedbackNote.Give(new FeedbackNoteId($"prop-fb-{snapshot.FeedbackNotes.Count}-{step.Pick}"), giver, employee.Id, FeedbackDirection.Downward, asOf, "Specific feedback")));
            case 3 when snapshot.CheckIns.Count > 0:
                var removed = step.Pick % snapshot.CheckIns.Count;
                return Rebuild(snapshot, checkIns: snapshot.CheckIns.Where((_, i) => i != removed));
            case 4 when asOf >= employee.LatestChangeOn && employee.Status is EmploymentStatus.Active or EmploymentStatus.Probation:
                employee.StartLeave(asOf);
                return Rebuild(snapshot);
            case 4 when asOf >= employee.LatestChangeOn && employee.Status == EmploymentStatus.OnLeave:
                employee.ReturnFromLeave(asOf);
                return Rebuild(snapshot);
            case 5:
                var submitted = snapshot.Reviews.Where(r => r.Role == ReviewerRole.Manager && r.SubmittedOn is not null).ToList();
                if (submitted.Count == 0)
                {
                    return snapshot;
                }

                var review = submitted[step.Pick % submitted.Count];
                var rating = Math.Clamp(review.OverallRating!.Value + (step.Days % 3) - 1, 1, review.Scale.Top);
                var latest = review.Calibrations.Count > 0 ? review.Calibrations[^1].CalibratedOn : review.SubmittedOn!.Value;
                review.Calibrate(rating, snapshot.Employees[0].Id, "Calibrated in the property test", asOf > latest ? asOf : latest);
                return Rebuild(snapshot);
            default:
                return snapshot;
        }
    }
}
