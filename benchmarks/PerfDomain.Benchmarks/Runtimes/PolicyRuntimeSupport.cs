using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;

namespace PerfDomain.Benchmarks.Runtimes;

/// <summary>Engines with the three default policy packs on either runtime, and the check that both decide alike.</summary>
public static class PolicyRuntimeSupport
{
    public static PolicyEngine AllDefaultPacks(RuleRuntime runtime) =>
        PolicyEngine.CreateBuilder().UseRuntime(runtime).AddDefaultPacks().Build();

    /// <summary>Throws unless the two lists hold the same number of decisions and the same decisions (as a multiset).</summary>
    /// <param name="what">What was evaluated, for the message.</param>
    /// <param name="perfDomain">The decisions of PerfDomain.Rules.</param>
    /// <param name="nrules">The decisions of NRules' runtime.</param>
    public static void CheckSameDecisions(string what, IReadOnlyCollection<Decision> perfDomain, IReadOnlyCollection<Decision> nrules)
    {
        var ours = perfDomain.Select(Key).Order(StringComparer.Ordinal).ToList();
        var theirs = nrules.Select(Key).Order(StringComparer.Ordinal).ToList();
        if (ours.Count != theirs.Count || !ours.SequenceEqual(theirs, StringComparer.Ordinal))
        {
            var missing = theirs.Except(ours, StringComparer.Ordinal).Take(3);
            var extra = ours.Except(theirs, StringComparer.Ordinal).Take(3);
            throw new InvalidOperationException(
                $"{what}: the runtimes disagree, PerfDomain.Rules {ours.Count} decisions, NRules {theirs.Count}. " +
                $"Only NRules: {string.Join(" | ", missing)}. Only PerfDomain.Rules: {string.Join(" | ", extra)}.");
        }
    }

    private static string Key(Decision d) =>
        $"{d.Explanation.Rule}|{d.Kind}|{d.EmployeeId}|{d.CycleId}|{d.DueOn}|{d.EscalateTo}|{d.Subject}|{d.RequiresApproval}";
}
