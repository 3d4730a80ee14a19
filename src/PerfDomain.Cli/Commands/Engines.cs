using PerfDomain.Policies.Evaluation;

namespace PerfDomain.Cli.Commands;

/// <summary>The compiled engine of the built-in packs, shared by every command of the process.</summary>
/// <remarks>
/// An engine is immutable and thread-safe, and its parameters can be given per evaluation; compiling
/// it once keeps repeated in-process runs (the tests) fast.
/// </remarks>
internal static class Engines
{
    private static readonly Lazy<PolicyEngine> Engine = new(() => PolicyEngine.CreateBuilder().AddDefaultPacks().Build());

    /// <summary>Gets the engine with the default packs and default parameters.</summary>
    public static PolicyEngine Default => Engine.Value;
}
