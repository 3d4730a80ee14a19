using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Parameters;
using PerfDomain.Snapshots;

namespace PerfDomain.Hosting;

/// <summary>
/// Evaluates snapshots for tenants: each call runs the service provider's <see cref="PolicyEngine"/> with the tenant's
/// current parameters (<see cref="ITenantPolicyParameters"/>), and reports its duration, decisions and failures through
/// the <c>PerfDomain.Policies</c> activity source, meter and logger.
/// </summary>
/// <remarks>
/// The registered implementation is a thread-safe singleton. Cancellation is checked before each operation starts; the
/// work itself runs to the end once started.
/// </remarks>
public interface IPolicyEvaluator
{
    /// <summary>Gets the engine the evaluations run on.</summary>
    PolicyEngine Engine { get; }

    /// <summary>Evaluates a tenant's snapshot as of a date, with the tenant's parameters.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="asOf">The as-of date: nothing dated later is seen.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>The decisions, in the documented order.</returns>
    /// <exception cref="ArgumentException"><paramref name="tenantId"/> is null, empty or white space.</exception>
    /// <exception cref="InvalidParametersException">The tenant's parameters do not fit the snapshot.</exception>
    /// <exception cref="PerfDomain.Rules.FiringLimitExceededException">A rule chain ran away.</exception>
    /// <exception cref="OperationCanceledException">The evaluation was cancelled.</exception>
    EvaluationOutcome Evaluate(string tenantId, OrganizationSnapshot snapshot, LocalDate asOf, CancellationToken cancellationToken = default);

    /// <summary>Explains what policy says about one employee of a tenant, with the tenant's parameters.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="employeeId">The employee.</param>
    /// <param name="cancellationToken">Cancels the explanation.</param>
    /// <returns>The employee's decisions with explanations, and why each other rule did not fire.</returns>
    /// <exception cref="ArgumentException"><paramref name="tenantId"/> is null, empty or white space.</exception>
    /// <exception cref="KeyNotFoundException">The snapshot has no such employee.</exception>
    /// <exception cref="InvalidParametersException">The tenant's parameters do not fit the snapshot.</exception>
    /// <exception cref="OperationCanceledException">The explanation was cancelled.</exception>
    EmployeeExplanation Explain(string tenantId, OrganizationSnapshot snapshot, LocalDate asOf, EmployeeId employeeId, CancellationToken cancellationToken = default);

    /// <summary>Starts an incremental evaluation of a tenant's snapshot, with the tenant's parameters as they are now.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>The partition, evaluated, whose updates are measured too.</returns>
    /// <exception cref="ArgumentException"><paramref name="tenantId"/> is null, empty or white space.</exception>
    /// <exception cref="InvalidParametersException">The tenant's parameters do not fit the snapshot.</exception>
    /// <exception cref="OperationCanceledException">The creation was cancelled.</exception>
    TenantPolicyPartition CreatePartition(string tenantId, OrganizationSnapshot snapshot, LocalDate asOf, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads a tenant's snapshot from a stream of UTF-8 JSON, asynchronously, within the limits set with
    /// <see cref="PerfDomainPoliciesBuilder.UseSnapshotReaderOptions"/>.
    /// </summary>
    /// <param name="tenantId">The tenant, for the measurements and the log.</param>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentException"><paramref name="tenantId"/> is null, empty or white space.</exception>
    /// <exception cref="InvalidSnapshotException">The content is not a valid snapshot, or goes over a limit.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    ValueTask<OrganizationSnapshot> ReadSnapshotAsync(string tenantId, Stream utf8Json, CancellationToken cancellationToken = default);
}
