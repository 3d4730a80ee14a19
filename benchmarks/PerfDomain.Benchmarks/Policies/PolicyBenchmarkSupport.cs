using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NodaTime;
using PerfDomain.Feedback;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Parameters;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generation;

namespace PerfDomain.Benchmarks.Policies;

/// <summary>Inputs shared by the policy benchmarks: generated organisations (fixed seed) and engines.</summary>
public static class PolicyBenchmarkSupport
{
    /// <summary>The seed of every generated organisation.</summary>
    public const int Seed = 2026;

    public static OrganizationSnapshot Organisation(int employees) =>
        SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = employees, Seed = Seed });

    public static PolicyEngine AllDefaultPacks() => PolicyEngine.CreateBuilder().AddDefaultPacks().Build();

    /// <summary>The default packs less the rules the hand-written baseline does not reproduce.</summary>
    public static PolicyEngine BaselineSubset()
    {
        var builder = PolicyEngine.CreateBuilder().AddDefaultPacks();
        foreach (var rule in HandWrittenPolicies.RulesNotCovered)
        {
            builder.DisableRule(rule);
        }

        return builder.Build();
    }

    /// <summary>Throws unless the baseline and the engine make the same decisions of the baseline's kinds.</summary>
    public static void CheckBaselineAgrees(PolicyEngine engine, OrganizationSnapshot snapshot, LocalDate asOf)
    {
        var expected = engine.Evaluate(snapshot, asOf).Decisions
            .Where(d => HandWrittenPolicies.Kinds.Contains(d.Kind))
            .Select(d => (d.Kind, d.EmployeeId, d.CycleId, d.DueOn, d.EscalateTo))
            .ToHashSet();
        var actual = HandWrittenPolicies.Evaluate(snapshot, asOf, PolicyParameters.Default)
            .Select(d => (d.Kind, d.EmployeeId, d.CycleId, d.DueOn, d.EscalateTo))
            .ToList();
        var missing = expected.Except(actual).Take(5).ToList();
        var extra = actual.Except(expected).Take(5).ToList();
        if (missing.Count > 0 || extra.Count > 0 || actual.Count != expected.Count)
        {
            throw new InvalidOperationException(
                $"The hand-written baseline disagrees with the engine ({actual.Count} vs {expected.Count} decisions). Missing: {string.Join("; ", missing)}. Extra: {string.Join("; ", extra)}.");
        }
    }

    /// <summary>The snapshot after one domain event: a check-in recorded today for the first employee whose check-in is overdue.</summary>
    public static OrganizationSnapshot WithOneCheckIn(OrganizationSnapshot snapshot, PolicyEngine engine, LocalDate asOf)
    {
        var overdue = engine.Evaluate(snapshot, asOf).Decisions.First(d => d.Kind == DecisionKind.CheckInOverdue).EmployeeId;
        var manager = snapshot.Employee(overdue).ManagerOn(asOf)!.Value;
        var checkIn = CheckIn.Record(new CheckInId("ci-benchmark-1"), overdue, asOf, [manager]);
        checkIn.ClearDomainEvents();
        return new OrganizationSnapshot(
            snapshot.OrganizationName,
            snapshot.Employees,
            snapshot.Cycles,
            snapshot.ReferenceDate,
            snapshot.OrgUnits,
            snapshot.CycleRecords,
            snapshot.GoalSets,
            snapshot.CheckIns.Append(checkIn),
            snapshot.FeedbackNotes,
            snapshot.Reviews,
            snapshot.DevelopmentPlans,
            snapshot.Recognitions,
            snapshot.ImprovementPlans);
    }
}

/// <summary>Adds the "Alloc/employee" column: allocated bytes per operation divided by the <c>Employees</c> parameter.</summary>
public sealed class PerEmployeeConfig : ManualConfig
{
    public PerEmployeeConfig() => AddColumn(new AllocatedPerEmployeeColumn());

    private sealed class AllocatedPerEmployeeColumn : IColumn
    {
        public string Id => nameof(AllocatedPerEmployeeColumn);

        public string ColumnName => "Alloc/employee";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Metric;

        public int PriorityInCategory => 10;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Size;

        public string Legend => "Allocated bytes per operation divided by the number of employees";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var employees = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Employees")?.Value;
            if (report is null || employees is not int count || count == 0)
            {
                return "-";
            }

            var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is { } b ? (b / (double)count).ToString("N0", CultureInfo.InvariantCulture) + " B" : "-";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
