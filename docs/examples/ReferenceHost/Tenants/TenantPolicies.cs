using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PerfDomain.Hosting;
using ReferenceHost.Data;

namespace ReferenceHost.Tenants;

/// <summary>
/// One <see cref="TenantPolicyPartition"/> per tenant, built from the tenant's rows and kept current:
/// commands apply the aggregates they changed (after their rows and events are committed), and
/// every use moves the partition to today's date by the injected clock. The database stays the
/// source of truth: a command that fails after changing an aggregate drops the partition, and the
/// next use rebuilds it from the rows; so does a change of the tenant's parameters.
/// </summary>
/// <remarks>
/// Thread-safe: one caller at a time per tenant (a partition is not thread-safe), tenants in parallel.
/// </remarks>
internal sealed class TenantPolicies(IServiceScopeFactory scopes, IPolicyEvaluator evaluator, ITenantPolicyParameters parameters, IClock clock, ILogger<TenantPolicies> logger)
{
    private readonly ConcurrentDictionary<string, TenantState> _tenants = new(StringComparer.Ordinal);

    /// <summary>Gets today's date in the host's time zone (UTC here; a host would use each tenant's zone).</summary>
    public LocalDate Today => clock.GetCurrentInstant().InUtc().Date;

    /// <summary>Gets the current instant, for audit and outbox rows.</summary>
    public Instant Now => clock.GetCurrentInstant();

    /// <summary>Runs <paramref name="work"/> with the tenant's partition, alone for that tenant.</summary>
    public async Task<T> UseAsync<T>(string tenant, Func<TenantPolicyPartition, HrisDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        var state = _tenants.GetOrAdd(tenant, _ => new TenantState());
        await state.Gate.WaitAsync(cancellationToken);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<HrisDbContext>();
            var partition = await CurrentAsync(state, tenant, db, cancellationToken);
            try
            {
                return await work(partition, db);
            }
            catch
            {
                // The aggregates in memory may be ahead of the rows: rebuild from the rows next time.
                state.Partition = null;
                throw;
            }
        }
        finally
        {
            state.Gate.Release();
        }
    }

    /// <summary>Builds the partition of every tenant that has rows, as the host starts.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        List<string> tenants;
        using (var scope = scopes.CreateScope())
        {
            tenants = await scope.ServiceProvider.GetRequiredService<HrisDbContext>().Employees.Select(e => e.TenantId).Distinct().ToListAsync(cancellationToken);
        }

        foreach (var tenant in tenants.Order(StringComparer.Ordinal))
        {
            await UseAsync(tenant, (p, _) => Task.FromResult(p), cancellationToken);
        }
    }

    private async Task<TenantPolicyPartition> CurrentAsync(TenantState state, string tenant, HrisDbContext db, CancellationToken cancellationToken)
    {
        var today = Today;
        if (state.Partition is { } partition && ReferenceEquals(partition.Parameters, parameters.GetParameters(tenant)))
        {
            if (partition.AsOf != today)
            {
                partition.AdvanceTo(today, cancellationToken);
            }

            return partition;
        }

        var snapshot = await SnapshotRowLoader.LoadAsync(db, tenant, cancellationToken);
        state.Partition = evaluator.CreatePartition(tenant, snapshot, today, cancellationToken);
        logger.LogInformation("Built the policy partition of tenant {Tenant} from its rows: {Partition}, {Decisions} decisions.", tenant, state.Partition, state.Partition.Decisions.Count);
        return state.Partition;
    }

    private sealed class TenantState
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public TenantPolicyPartition? Partition { get; set; }
    }
}
