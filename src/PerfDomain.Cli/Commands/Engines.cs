using PerfDomain.Policies.Evaluation;

namespace PerfDomain.Cli.Commands;

/// <summary>The compiled engines of the built-in packs, one per rule runtime, shared by every command of the process.</summary>
/// <remarks>
/// An engine is immutable and thread-safe, and its parameters can be given per evaluation; compiling
/// it once keeps repeated in-process runs (the tests) fast.
/// </remarks>
internal static class Engines
{
    private static readonly Lazy<PolicyEngine> Ours = new(() => Create(RuleRuntime.PerfDomain));
    private static readonly Lazy<PolicyEngine> Theirs = new(() => Create(RuleRuntime.NRules));

    /// <summary>Gets the engine with the default packs and default parameters, on PerfDomain.Rules.</summary>
    public static PolicyEngine Default => Ours.Value;

    /// <summary>Gets the engine with the default packs and default parameters, on the given runtime.</summary>
    /// <param name="runtime">The rule runtime.</param>
    /// <returns>The engine.</returns>
    public static PolicyEngine For(RuleRuntime runtime) => runtime == RuleRuntime.NRules ? Theirs.Value : Ours.Value;

    private static PolicyEngine Create(RuleRuntime runtime) => PolicyEngine.CreateBuilder().UseRuntime(runtime).AddDefaultPacks().Build();
}
