using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Evaluation;

/// <summary>The documented order of decisions: employee, kind, cycle, due date, subject, rule.</summary>
public sealed class DecisionOrder : IComparer<Decision>
{
    /// <summary>Gets the comparer.</summary>
    public static DecisionOrder Instance { get; } = new();

    /// <inheritdoc/>
    public int Compare(Decision? x, Decision? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var result = x.EmployeeId.CompareTo(y.EmployeeId);
        result = result != 0 ? result : x.Kind.CompareTo(y.Kind);
        result = result != 0 ? result : string.CompareOrdinal(x.CycleId?.Value, y.CycleId?.Value);
        result = result != 0 ? result : Nullable.Compare(x.DueOn, y.DueOn);
        result = result != 0 ? result : string.CompareOrdinal(x.Subject, y.Subject);
        result = result != 0 ? result : string.CompareOrdinal(x.Explanation.Rule, y.Explanation.Rule);
        return result != 0 ? result : string.CompareOrdinal(x.Explanation.Reason, y.Explanation.Reason);
    }
}
