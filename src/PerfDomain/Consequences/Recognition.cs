using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Consequences.Events;
using PerfDomain.Cycles;
using PerfDomain.Employees;

namespace PerfDomain.Consequences;

/// <summary>A recognition or reward granted to an employee: acknowledgement, bonus eligibility or a promotion nomination.</summary>
/// <remarks>Immutable once granted; identity is <see cref="Id"/>.</remarks>
public sealed class Recognition : AggregateRoot
{
    private Recognition(RecognitionId id, EmployeeId employeeId, RecognitionKind kind, CycleId? cycleId, EmployeeId grantedBy, LocalDate grantedOn, string reason)
    {
        Id = id;
        EmployeeId = employeeId;
        Kind = kind;
        CycleId = cycleId;
        GrantedBy = grantedBy;
        GrantedOn = grantedOn;
        Reason = reason;
    }

    /// <summary>Gets the recognition's identifier.</summary>
    public RecognitionId Id { get; }

    /// <summary>Gets the employee recognised.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets the kind of recognition or reward.</summary>
    public RecognitionKind Kind { get; }

    /// <summary>Gets the cycle it rewards, if any.</summary>
    public CycleId? CycleId { get; }

    /// <summary>Gets who granted it.</summary>
    public EmployeeId GrantedBy { get; }

    /// <summary>Gets the day it was granted.</summary>
    public LocalDate GrantedOn { get; }

    /// <summary>Gets why.</summary>
    public string Reason { get; }

    /// <summary>Grants a recognition or reward.</summary>
    /// <param name="id">The recognition's identifier.</param>
    /// <param name="employeeId">The employee.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="cycleId">The cycle it rewards, if any.</param>
    /// <param name="grantedBy">Who grants it: someone other than the employee.</param>
    /// <param name="on">The day it is granted.</param>
    /// <param name="reason">Why, at most 2,000 characters.</param>
    /// <returns>The recognition, with a <see cref="RecognitionGranted"/> event recorded.</returns>
    /// <exception cref="DomainRuleViolationException">The employee would recognise themselves (<c>recognition.self</c>).</exception>
    public static Recognition Grant(RecognitionId id, EmployeeId employeeId, RecognitionKind kind, CycleId? cycleId, EmployeeId grantedBy, LocalDate on, string reason)
    {
        Guard.Against.DefaultId(id);
        Guard.Against.DefaultId(employeeId);
        Guard.Against.DefaultId(grantedBy);
        Guard.Against.DefaultId(cycleId);
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.InvalidText(reason, 2000);
        if (employeeId == grantedBy)
        {
            throw new DomainRuleViolationException("recognition.self", $"Employee '{employeeId}' cannot grant themselves recognition '{id}'.");
        }

        var recognition = new Recognition(id, employeeId, kind, cycleId, grantedBy, on, reason);
        recognition.Record(new RecognitionGranted(id, employeeId, kind, on));
        return recognition;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Kind} for {EmployeeId} on {GrantedOn:uuuu-MM-dd}";
}
