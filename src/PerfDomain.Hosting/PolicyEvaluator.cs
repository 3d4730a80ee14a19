using System.Diagnostics;
using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Snapshots;

namespace PerfDomain.Hosting;

/// <summary>Runs the engine for tenants with their parameters, measuring each call.</summary>
internal sealed class PolicyEvaluator(PolicyEngine engine, ITenantPolicyParameters parameters, PolicyInstrumentation instrumentation, HostingSettings settings)
    : IPolicyEvaluator
{
    private readonly string _runtime = PolicyInstrumentation.RuntimeName(engine.Runtime);

    public PolicyEngine Engine => engine;

    public EvaluationOutcome Evaluate(string tenantId, OrganizationSnapshot snapshot, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(tenantId);
        Guard.Against.Null(snapshot);
        cancellationToken.ThrowIfCancellationRequested();
        var context = new OperationContext(OperationKind.Evaluation, "evaluate", tenantId, _runtime, asOf);
        using var activity = PolicyInstrumentation.StartActivity("PerfDomain.Evaluate", context);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var outcome = engine.Evaluate(snapshot, asOf, parameters.GetParameters(tenantId), cancellationToken);
            instrumentation.Evaluated(context, outcome, snapshot.Employees.Count, Stopwatch.GetElapsedTime(started), activity);
            return outcome;
        }
        catch (Exception ex)
        {
            instrumentation.Failed(context, ex, Stopwatch.GetElapsedTime(started), activity);
            throw;
        }
    }

    public EmployeeExplanation Explain(string tenantId, OrganizationSnapshot snapshot, LocalDate asOf, EmployeeId employeeId, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(tenantId);
        Guard.Against.Null(snapshot);
        cancellationToken.ThrowIfCancellationRequested();
        var context = new OperationContext(OperationKind.Evaluation, "explain", tenantId, _runtime, asOf);
        using var activity = PolicyInstrumentation.StartActivity("PerfDomain.Explain", context);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var explanation = engine.Explain(snapshot, asOf, employeeId, parameters.GetParameters(tenantId), cancellationToken);
            instrumentation.Explained(context, explanation, Stopwatch.GetElapsedTime(started), activity);
            return explanation;
        }
        catch (Exception ex)
        {
            instrumentation.Failed(context, ex, Stopwatch.GetElapsedTime(started), activity);
            throw;
        }
    }

    public TenantPolicyPartition CreatePartition(string tenantId, OrganizationSnapshot snapshot, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(tenantId);
        Guard.Against.Null(snapshot);
        cancellationToken.ThrowIfCancellationRequested();
        var context = new OperationContext(OperationKind.Partition, "create", tenantId, _runtime, asOf);
        using var activity = PolicyInstrumentation.StartActivity("PerfDomain.CreatePartition", context);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var tenantParameters = parameters.GetParameters(tenantId);
            var partition = engine.CreatePartition(snapshot, asOf, tenantParameters, cancellationToken);
            instrumentation.PartitionCreated(context, partition, Stopwatch.GetElapsedTime(started), activity);
            return new TenantPolicyPartition(tenantId, partition, tenantParameters, _runtime, instrumentation);
        }
        catch (Exception ex)
        {
            instrumentation.Failed(context, ex, Stopwatch.GetElapsedTime(started), activity);
            throw;
        }
    }

    public async ValueTask<OrganizationSnapshot> ReadSnapshotAsync(string tenantId, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(tenantId);
        Guard.Against.Null(utf8Json);
        var context = new OperationContext(OperationKind.SnapshotRead, "read", tenantId, Runtime: null, AsOf: null);
        using var activity = PolicyInstrumentation.StartActivity("PerfDomain.ReadSnapshot", context);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var snapshot = await SnapshotReader.ReadAsync(utf8Json, settings.SnapshotReaderOptions, cancellationToken).ConfigureAwait(false);
            instrumentation.SnapshotRead(context, snapshot, Stopwatch.GetElapsedTime(started), activity);
            return snapshot;
        }
        catch (Exception ex)
        {
            instrumentation.Failed(context, ex, Stopwatch.GetElapsedTime(started), activity);
            throw;
        }
    }
}
