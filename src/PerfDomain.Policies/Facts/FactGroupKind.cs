namespace PerfDomain.Policies.Facts;

/// <summary>What a <see cref="FactGroup"/> is about.</summary>
internal enum FactGroupKind
{
    /// <summary>The evaluation date, the parameters and the cycles: they change only with the date or the cycles.</summary>
    Global = 0,

    /// <summary>One employee's facts: the employee, their ratings, review progress, plans and recognitions.</summary>
    Employee = 1,

    /// <summary>One manager's team fact: reports, first report, conversations in the window.</summary>
    Manager = 2,

    /// <summary>The key results of one cycle's goal set.</summary>
    GoalSet = 3,
}
