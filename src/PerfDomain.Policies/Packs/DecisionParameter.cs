namespace PerfDomain.Policies.Packs;

/// <summary>A parameter a decision used, named as in the JSON parameter file.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Value">Its value.</param>
public readonly record struct DecisionParameter(string Name, object? Value);
