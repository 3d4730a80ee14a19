using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Tests.TestSupport;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generation;

namespace PerfDomain.Policies.Tests.Evaluation;

/// <summary>
/// One engine serves many threads at once — batches (cut into slices, themselves run side by side), explanations, and
/// partitions each on its own thread — and every thread gets exactly what the same calls give one after another.
/// </summary>
public sealed class PolicyEngineConcurrencyTests
{
    private const int Threads = 8;

    [Fact]
    public async Task OneEngine_EightThreadsAtOnce_EveryResultAsInSequence()
    {
        // More than 256 employees, so batches take the sliced path (two slices); no more, as every thread runs every operation.
        var snapshot = SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = 300, Seed = 23 });
        var asOf = snapshot.ReferenceDate!.Value;
        var engine = TestRuntime.CreateBuilder().AddDefaultPacks().UseMaxDegreeOfParallelism(2).Build();
        var operations = Operations(engine, snapshot, asOf);
        var expected = operations.Select(o => o.Run()).ToList();

        // Every thread runs every operation, each starting at a different one, all released at once.
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                var results = new IReadOnlyList<object>[operations.Count];
                for (var k = 0; k < operations.Count; k++)
                {
                    var i = (t + k) % operations.Count;
                    results[i] = operations[i].Run();
                }

                return results;
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        var actual = await Task.WhenAll(threads);

        foreach (var results in actual)
        {
            for (var i = 0; i < operations.Count; i++)
            {
                Assert.True(expected[i].SequenceEqual(results[i]), $"{operations[i].Name} differs on a thread from its result in sequence.");
            }
        }
    }

    [Fact]
    public void Operations_InSequence_PartitionAgreesWithTheBatches()
    {
        // The reference the concurrent test compares with is itself right: a partition's steps equal batches.
        var snapshot = SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = 300, Seed = 23 });
        var asOf = snapshot.ReferenceDate!.Value;
        var engine = TestRuntime.CreateBuilder().AddDefaultPacks().Build();
        var partition = engine.CreatePartition(snapshot, asOf);

        partition.Apply(CheckInFor(snapshot, asOf));
        partition.AdvanceTo(asOf.PlusDays(30));

        Assert.Equal(engine.Evaluate(partition.Snapshot, partition.AsOf).Decisions, partition.Decisions);
    }

    private static List<(string Name, Func<IReadOnlyList<object>> Run)> Operations(PolicyEngine engine, OrganizationSnapshot snapshot, LocalDate asOf)
    {
        var operations = new List<(string Name, Func<IReadOnlyList<object>> Run)>();
        foreach (var date in new[] { asOf, asOf.PlusDays(1), asOf.PlusDays(30) })
        {
            operations.Add(($"Evaluate as of {date}", () => engine.Evaluate(snapshot, date).Decisions.ToList<object>()));
        }

        var employees = snapshot.Employees;
        foreach (var id in new[] { employees[1].Id, employees[^1].Id })
        {
            operations.Add(($"Explain {id.Value}", () => Render(engine.Explain(snapshot, asOf, id))));
        }

        operations.Add(("Partition: create, apply a check-in, advance a day and a month", () =>
        {
            var steps = new List<object>();
            var partition = engine.CreatePartition(snapshot, asOf);
            steps.AddRange(partition.Decisions);
            steps.Add(partition.Apply(CheckInFor(snapshot, asOf)).ToString());
            steps.AddRange(partition.Decisions);
            steps.Add(partition.AdvanceTo(asOf.PlusDays(1)).ToString());
            steps.AddRange(partition.Decisions);
            steps.Add(partition.AdvanceTo(asOf.PlusDays(30)).ToString());
            steps.AddRange(partition.Decisions);
            return steps;
        }));
        return operations;
    }

    // A check-in of the first employee with a manager, new on every call: each partition gets its own aggregate.
    private static CheckIn CheckInFor(OrganizationSnapshot snapshot, LocalDate asOf)
    {
        var employee = snapshot.Employees.First(e => e.ManagerOn(asOf) is not null && e.Status == EmploymentStatus.Active);
        return CheckIn.Record(new CheckInId("ci-concurrent"), employee.Id, asOf, [employee.ManagerOn(asOf)!.Value]);
    }

    private static List<object> Render(EmployeeExplanation explanation) =>
    [
        .. explanation.Decisions,
        .. explanation.NotFired.Select(d => $"{d.Rule} | {d.Pack} | {d.Reason} | {string.Join("; ", d.ClosestFacts)}"),
    ];
}
