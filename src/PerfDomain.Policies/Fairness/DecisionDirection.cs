namespace PerfDomain.Policies.Fairness;

/// <summary>Whether receiving a decision is good or bad for the employee, which decides what "most favoured" means.</summary>
public enum DecisionDirection
{
    /// <summary>Neither (a check-in or review falls due): rates and ratios are reported as for a favourable kind, for information, and never flagged.</summary>
    Neutral = 0,

    /// <summary>Good for the employee (recognition, promotion readiness): the group with the highest rate is the most favoured.</summary>
    Favourable = 1,

    /// <summary>Bad for the employee (an improvement plan, an overdue review): ratios compare the rates of <em>not</em> receiving it, so the group with the lowest rate is the most favoured.</summary>
    Adverse = 2,
}
