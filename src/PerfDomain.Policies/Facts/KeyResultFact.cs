using NodaTime;
using NRules.RuleModel;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Goals;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Facts;

/// <summary>A key result of an employee's objective in a cycle that is under way on the as-of date.</summary>
/// <param name="KeyResultId">The key result.</param>
/// <param name="ObjectiveId">Its objective.</param>
/// <param name="OwnerId">The employee who owns the objective.</param>
/// <param name="CycleId">The cycle.</param>
/// <param name="Progress">Its progress from 0 to 1.</param>
/// <param name="CyclePeriod">The cycle's dates, for how much of it has elapsed (<see cref="EvaluationDate.HasElapsedMoreThan"/>).</param>
/// <remarks>Identity is <see cref="KeyResultId"/>.</remarks>
public sealed record KeyResultFact(KeyResultId KeyResultId, ObjectiveId ObjectiveId, EmployeeId OwnerId, CycleId CycleId, double Progress, DateInterval CyclePeriod) : IExplainableFact, IIdentityProvider
{
    /// <inheritdoc/>
    public object GetIdentity() => KeyResultId;

    /// <inheritdoc/>
    public FactReference Describe() => new("KeyResult", KeyResultId.Value, FactFormat.Values(
        ("objectiveId", ObjectiveId.Value),
        ("progress", Progress)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Employee e-040 (status=Active, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
