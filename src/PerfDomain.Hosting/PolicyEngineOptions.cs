using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Packs;
using PerfDomain.Rules;

namespace PerfDomain.Hosting;

/// <summary>
/// How the one <see cref="PolicyEngine"/> of a service provider is built: its packs, the rules left out, the runtime,
/// the firing limit and the parallelism of a batch. Set through <see cref="PerfDomainPoliciesBuilder"/>, or bound from
/// the configuration section <c>PerfDomain:Engine</c> (<c>Runtime</c>, <c>FiringLimit</c>,
/// <c>MaxDegreeOfParallelism</c>, <c>UseDefaultPacks</c>, <c>DisabledRules</c>, <c>DisabledTags</c>).
/// </summary>
/// <remarks>
/// Read once, when the engine is first resolved: the engine is compiled then and does not follow later configuration
/// changes (parameters do: see <see cref="PolicyParametersOptions"/>). What the builder sets is applied after the
/// configuration, so code wins. Validated at start-up. Not thread-safe while being configured.
/// </remarks>
public sealed class PolicyEngineOptions
{
    /// <summary>Gets or sets a value indicating whether the built-in packs (<see cref="PolicyPacks.All"/>) come first; <see langword="true"/> by default.</summary>
    public bool UseDefaultPacks { get; set; } = true;

    /// <summary>Gets the host's own packs, added after the built-in ones, in this order.</summary>
    public IList<PolicyPack> Packs { get; } = [];

    /// <summary>Gets or sets the runtime that executes the rules; <see cref="RuleRuntime.PerfDomain"/> by default.</summary>
    public RuleRuntime Runtime { get; set; } = RuleRuntime.PerfDomain;

    /// <summary>Gets or sets how many rules one evaluation may fire before it stops; <see cref="SessionOptions.DefaultFiringLimit"/> by default.</summary>
    public int FiringLimit { get; set; } = SessionOptions.DefaultFiringLimit;

    /// <summary>
    /// Gets or sets on how many threads one batch evaluation may run; <see langword="null"/> (the default) for the
    /// number of processors. A service evaluating for many tenants at once may prefer 1.
    /// </summary>
    public int? MaxDegreeOfParallelism { get; set; }

    /// <summary>Gets the names of rules left out, such as <c>cadence.check-in-overdue</c>.</summary>
    public ISet<string> DisabledRules { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Gets the tags whose rules are left out, such as <c>check-ins</c>.</summary>
    public ISet<string> DisabledTags { get; } = new HashSet<string>(StringComparer.Ordinal);

    // Problems found while binding configuration (unknown keys, values of the wrong type), each at its configuration path.
    internal List<string> ConfigurationErrors { get; } = [];
}
