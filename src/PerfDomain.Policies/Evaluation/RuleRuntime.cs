namespace PerfDomain.Policies.Evaluation;

/// <summary>The runtime that executes a policy engine's NRules rule classes.</summary>
public enum RuleRuntime
{
    /// <summary>PerfDomain.Rules (the default): hash-indexed joins, fast compilation, a firing limit and why-not reports.</summary>
    PerfDomain = 0,

    /// <summary>NRules' own runtime (NRules.Runtime), as NRules ships it; the engine adds the firing limit and why-not reports around it.</summary>
    NRules = 1,
}
