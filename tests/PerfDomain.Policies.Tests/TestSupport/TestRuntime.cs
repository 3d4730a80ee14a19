using PerfDomain.Policies.Evaluation;

namespace PerfDomain.Policies.Tests.TestSupport;

/// <summary>
/// The rule runtime this build of the suite runs on. The same sources compile into PerfDomain.Policies.Tests (our
/// runtime) and PerfDomain.Policies.Tests.NRulesRuntime (NRules' own, NRULES_RUNTIME defined): every policy test
/// holds on both, which is what lets a host switch runtime with one line.
/// </summary>
internal static class TestRuntime
{
#if NRULES_RUNTIME
    public const RuleRuntime Current = RuleRuntime.NRules;
#else
    public const RuleRuntime Current = RuleRuntime.PerfDomain;
#endif

    /// <summary>A policy engine builder on the runtime under test.</summary>
    public static PolicyEngineBuilder CreateBuilder() => PolicyEngine.CreateBuilder().UseRuntime(Current);
}
