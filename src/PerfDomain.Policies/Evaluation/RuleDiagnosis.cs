namespace PerfDomain.Policies.Evaluation;

/// <summary>Why a rule made no decision about an employee: the condition that had no match, with the closest facts.</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Pack">The pack it belongs to.</param>
/// <param name="Description">What the rule decides.</param>
/// <param name="Reason">Which of its conditions found nothing, in the engine's words.</param>
/// <param name="ClosestFacts">The facts that came closest to matching, each with the conditions it failed.</param>
public sealed record RuleDiagnosis(string Rule, string Pack, string Description, string Reason, IReadOnlyList<string> ClosestFacts);
