using System.Diagnostics;
using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Parameters;
using PerfDomain.Snapshots;

namespace PerfDomain.Hosting;

/// <summary>
/// A tenant's <see cref="PolicyPartition"/> whose updates are measured and logged: each <see cref="Apply(OrganizationSnapshot, CancellationToken)"/>
/// and <see cref="AdvanceTo"/> records its duration and the decisions it added, withdrew and changed, by kind. Made by
/// <see cref="IPolicyEvaluator.CreatePartition"/>.
/// </summary>
/// <remarks>
/// <para>
/// The partition keeps the parameters it was created with (<see cref="Parameters"/>); after a configuration reload
/// changes the tenant's parameters, create a new partition to use them — compare <see cref="Parameters"/> with
/// <see cref="ITenantPolicyParameters.GetParameters"/> by reference to know.
/// </para>
/// <para>Not thread-safe, as <see cref="PolicyPartition"/>: one partition serves one caller at a time.</para>
/// </remarks>
public sealed class TenantPolicyPartition
{
    private readonly string _runtime;
    private readonly PolicyInstrumentation _instrumentation;

    internal TenantPolicyPartition(string tenantId, PolicyPartition partition, PolicyParameters parameters, string runtime, PolicyInstrumentation instrumentation)
    {
        TenantId = tenantId;
        Partition = partition;
        Parameters = parameters;
        _runtime = runtime;
        _instrumentation = instrumentation;
    }

    /// <summary>Gets the tenant.</summary>
    public string TenantId { get; }

    /// <summary>Gets the partition itself; calls made on it directly are not measured.</summary>
    public PolicyPartition Partition { get; }

    /// <summary>Gets the parameters the partition evaluates with: the tenant's when it was created.</summary>
    public PolicyParameters Parameters { get; }

    /// <summary>Gets the snapshot the partition reflects.</summary>
    public OrganizationSnapshot Snapshot => Partition.Snapshot;

    /// <summary>Gets the as-of date the partition reflects.</summary>
    public LocalDate AsOf => Partition.AsOf;

    /// <summary>Gets the current decisions, in the documented order.</summary>
    public IReadOnlyList<Decision> Decisions => Partition.Decisions;

    /// <summary>Brings the partition up to date with a changed snapshot (<see cref="PolicyPartition.Apply(OrganizationSnapshot)"/>).</summary>
    /// <param name="updated">The snapshot after the host applied its domain events.</param>
    /// <returns>The decisions added, withdrawn and changed.</returns>
    /// <exception cref="InvalidParametersException">A parameter does not fit the updated snapshot.</exception>
    public DecisionChanges Apply(OrganizationSnapshot updated) => Apply(updated, CancellationToken.None);

    /// <summary>Brings the partition up to date with a changed snapshot (<see cref="PolicyPartition.Apply(OrganizationSnapshot)"/>).</summary>
    /// <param name="updated">The snapshot after the host applied its domain events.</param>
    /// <param name="cancellationToken">Cancels the update; a cancelled update leaves the partition as it was.</param>
    /// <returns>The decisions added, withdrawn and changed.</returns>
    /// <exception cref="InvalidParametersException">A parameter does not fit the updated snapshot.</exception>
    /// <exception cref="OperationCanceledException">The update was cancelled.</exception>
    public DecisionChanges Apply(OrganizationSnapshot updated, CancellationToken cancellationToken)
    {
        Guard.Against.Null(updated);
        return Measure("apply", "PerfDomain.Apply", () => Partition.Apply(updated, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Brings the partition up to date with aggregates the host has just changed or created
    /// (<see cref="PolicyPartition.Apply(AggregateRoot[])"/>).
    /// </summary>
    /// <param name="changed">The changed aggregates.</param>
    /// <returns>The decisions added, withdrawn and changed.</returns>
    /// <exception cref="InvalidSnapshotException">The snapshot with these aggregates would be inconsistent.</exception>
    /// <exception cref="ArgumentException">An aggregate is of a kind a snapshot does not hold.</exception>
    public DecisionChanges Apply(params AggregateRoot[] changed) => Apply(changed, CancellationToken.None);

    /// <summary>
    /// Brings the partition up to date with aggregates the host has just changed or created
    /// (<see cref="PolicyPartition.Apply(AggregateRoot[])"/>).
    /// </summary>
    /// <param name="changed">The changed aggregates.</param>
    /// <param name="cancellationToken">Cancels the update; a cancelled update leaves the partition as it was.</param>
    /// <returns>The decisions added, withdrawn and changed.</returns>
    /// <exception cref="InvalidSnapshotException">The snapshot with these aggregates would be inconsistent.</exception>
    /// <exception cref="ArgumentException">An aggregate is of a kind a snapshot does not hold.</exception>
    /// <exception cref="OperationCanceledException">The update was cancelled.</exception>
    public DecisionChanges Apply(IEnumerable<AggregateRoot> changed, CancellationToken cancellationToken)
    {
        var aggregates = Guard.Against.Null(changed).ToArray();
        return Measure("apply", "PerfDomain.Apply", () => Partition.Apply(aggregates, cancellationToken), cancellationToken);
    }

    /// <summary>Moves the partition to another as-of date (<see cref="PolicyPartition.AdvanceTo"/>).</summary>
    /// <param name="asOf">The new as-of date.</param>
    /// <param name="cancellationToken">Cancels the move; a cancelled move leaves the partition as it was.</param>
    /// <returns>The decisions added, withdrawn and changed.</returns>
    /// <exception cref="OperationCanceledException">The move was cancelled.</exception>
    public DecisionChanges AdvanceTo(LocalDate asOf, CancellationToken cancellationToken = default) =>
        Measure("advance", "PerfDomain.AdvanceTo", () => Partition.AdvanceTo(asOf, cancellationToken), cancellationToken, asOf);

    /// <inheritdoc/>
    public override string ToString() => $"{TenantId}: {Snapshot.Employees.Count} employees as of {PolicyInstrumentation.Format(AsOf)}";

    private DecisionChanges Measure(string operation, string activityName, Func<DecisionChanges> update, CancellationToken cancellationToken, LocalDate? target = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var context = new OperationContext(OperationKind.Partition, operation, TenantId, _runtime, target ?? AsOf);
        using var activity = PolicyInstrumentation.StartActivity(activityName, context);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var changes = update();
            _instrumentation.PartitionUpdated(context, AsOf, changes, Stopwatch.GetElapsedTime(started), activity);
            return changes;
        }
        catch (Exception ex)
        {
            _instrumentation.Failed(context, ex, Stopwatch.GetElapsedTime(started), activity);
            throw;
        }
    }
}
