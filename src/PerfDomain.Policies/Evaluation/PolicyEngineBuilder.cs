using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using PerfDomain.Policies.Packs;
using PerfDomain.Policies.Parameters;
using PerfDomain.Policies.Runtime;
using PerfDomain.Rules;
using RuntimeCode = PerfDomain.Policies.Runtime.RuntimeCode;

namespace PerfDomain.Policies.Evaluation;

/// <summary>Chooses packs, parameters and disabled rules, then compiles a <see cref="PolicyEngine"/>.</summary>
/// <remarks>Not thread-safe; the engine it builds is.</remarks>
public sealed class PolicyEngineBuilder
{
    private readonly List<PolicyPack> _packs = [];
    private readonly HashSet<string> _disabledRules = new(StringComparer.Ordinal);
    private readonly HashSet<string> _disabledTags = new(StringComparer.Ordinal);
    private PolicyParameters _parameters = PolicyParameters.Default;
    private RuleRuntime _runtime = RuleRuntime.PerfDomain;
    private int _firingLimit = SessionOptions.DefaultFiringLimit;
    private int _parallelism = Environment.ProcessorCount;
    private int _sliceSize = EmployeeSlices.DefaultSize;
    private bool _continueAfterRuleFailures;

    internal PolicyEngineBuilder()
    {
    }

    /// <summary>Adds the built-in packs: review cadence, rating consequences, development triggers.</summary>
    /// <returns>This builder.</returns>
    public PolicyEngineBuilder AddDefaultPacks()
    {
        foreach (var pack in PolicyPacks.All)
        {
            AddPack(pack);
        }

        return this;
    }

    /// <summary>Adds a pack: a built-in one from <see cref="PolicyPacks"/>, or one's own.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A pack of that name is there already.</exception>
    public PolicyEngineBuilder AddPack(PolicyPack pack)
    {
        Guard.Against.Null(pack);
        if (_packs.Exists(p => p.Name == pack.Name))
        {
            throw new ArgumentException($"Pack '{pack.Name}' is added already.", nameof(pack));
        }

        _packs.Add(pack);
        return this;
    }

    /// <summary>Sets the parameters evaluations use when they give none.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidParametersException">A parameter is invalid.</exception>
    public PolicyEngineBuilder UseParameters(PolicyParameters parameters)
    {
        Guard.Against.Null(parameters).Validate();
        _parameters = parameters;
        return this;
    }

    /// <summary>Leaves a rule out, by name.</summary>
    /// <param name="ruleName">The rule's name, such as <c>cadence.check-in-overdue</c>.</param>
    /// <returns>This builder.</returns>
    public PolicyEngineBuilder DisableRule(string ruleName)
    {
        _disabledRules.Add(Guard.Against.NullOrWhiteSpace(ruleName));
        return this;
    }

    /// <summary>Leaves out every rule with a tag.</summary>
    /// <param name="tag">The tag, such as <c>check-ins</c>.</param>
    /// <returns>This builder.</returns>
    public PolicyEngineBuilder DisableTag(string tag)
    {
        _disabledTags.Add(Guard.Against.NullOrWhiteSpace(tag));
        return this;
    }

    /// <summary>Selects the runtime that executes the rules: PerfDomain.Rules (the default) or NRules' own.</summary>
    /// <param name="runtime">The runtime.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="runtime"/> is not a defined value.</exception>
    public PolicyEngineBuilder UseRuntime(RuleRuntime runtime)
    {
        _runtime = Guard.Against.EnumOutOfRange(runtime);
        return this;
    }

    /// <summary>Selects NRules' own runtime (NRules.Runtime) to execute the rules: <c>UseRuntime(RuleRuntime.NRules)</c>.</summary>
    /// <returns>This builder.</returns>
    public PolicyEngineBuilder UseNRulesRuntime() => UseRuntime(RuleRuntime.NRules);

    /// <summary>
    /// Sets how many rules one evaluation may fire before it stops with <see cref="FiringLimitExceededException"/>, which
    /// names the rules of the runaway chain; on either runtime. A batch cut into slices of employees (see
    /// <see cref="UseMaxDegreeOfParallelism"/>) applies the limit to each slice. The default,
    /// <see cref="SessionOptions.DefaultFiringLimit"/>, fits a session over some 100,000 employees.
    /// </summary>
    /// <param name="limit">The limit; at least 1.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is not positive.</exception>
    public PolicyEngineBuilder UseFiringLimit(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        _firingLimit = limit;
        return this;
    }

    /// <summary>
    /// Sets on how many threads one batch <see cref="PolicyEngine.Evaluate"/> may run. A batch over more than a few
    /// hundred employees is cut into slices of employees evaluated in sessions of their own — only when no pack's
    /// rules join facts about different employees (<see cref="PolicyPack.JoinsAcrossEmployees"/>), as the built-in
    /// packs do not — and the slices run side by side. The decisions are the same whatever the setting. The default is
    /// the number of processors; a host serving many evaluations at once may prefer 1.
    /// </summary>
    /// <param name="maxDegree">The most threads one evaluation uses; at least 1.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegree"/> is not positive.</exception>
    public PolicyEngineBuilder UseMaxDegreeOfParallelism(int maxDegree)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDegree);
        _parallelism = maxDegree;
        return this;
    }

    /// <summary>
    /// Lets a batch <see cref="PolicyEngine.Evaluate"/> carry on past rules that throw: a condition that throws counts
    /// as not holding, an action that throws makes no decision, and each failure — rule, pack, employees, exception —
    /// is reported in <see cref="EvaluationOutcome.Failures"/> instead of being thrown as a
    /// <see cref="PolicyEvaluationException"/>. Without it (the default), the first failure stops the evaluation.
    /// </summary>
    /// <remarks>
    /// Only batch evaluations carry on. <see cref="PolicyEngine.Explain"/>, <see cref="PolicyEngine.CreatePartition"/>
    /// and a partition's updates always throw: a partition would have to keep, across updates, which failures still
    /// stand (a failure ends only when its match changes or goes away, and a failing condition is evaluated again only
    /// when one of its facts changes), and an explanation that silently leaves out a rule would explain wrongly. What a
    /// failing condition inside an aggregate leaves in the aggregate may differ between the two runtimes.
    /// </remarks>
    /// <returns>This builder.</returns>
    public PolicyEngineBuilder ContinueAfterRuleFailures()
    {
        _continueAfterRuleFailures = true;
        return this;
    }

    // Tests cut small organisations into slices to compare sliced and whole evaluations.
    internal PolicyEngineBuilder UseSliceSize(int employees)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(employees);
        _sliceSize = employees;
        return this;
    }

    /// <summary>Compiles the engine.</summary>
    /// <returns>The engine.</returns>
    /// <exception cref="InvalidOperationException">No pack was added, or a disabled rule name or tag matches no rule, or two rules share a name.</exception>
    [RequiresDynamicCode(RuntimeCode.Message)]
    [RequiresUnreferencedCode(RuntimeCode.Message)]
    public PolicyEngine Build()
    {
        if (_packs.Count == 0)
        {
            throw new InvalidOperationException("Add at least one pack before building a policy engine.");
        }

        var all = _packs.SelectMany(p => p.Rules).ToList();
        var duplicate = all.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Rule name '{duplicate.Key}' is used by {duplicate.Count()} rules of the packs; names must be unique.");
        }

        var allNames = all.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = _disabledRules.FirstOrDefault(r => !allNames.Contains(r));
        if (unknown is not null)
        {
            throw new InvalidOperationException($"No rule is named '{unknown}'; the rules are {string.Join(", ", allNames.Order(StringComparer.Ordinal))}.");
        }

        var allTags = all.SelectMany(r => r.Tags).ToHashSet(StringComparer.Ordinal);
        var unknownTag = _disabledTags.FirstOrDefault(t => !allTags.Contains(t));
        if (unknownTag is not null)
        {
            throw new InvalidOperationException($"No rule has the tag '{unknownTag}'; the tags are {string.Join(", ", allTags.Order(StringComparer.Ordinal))}.");
        }

        var enabled = all.Where(r => !_disabledRules.Contains(r.Name) && !r.Tags.Any(_disabledTags.Contains)).ToList();
        var runtime = PolicyRuntime.Compile(_runtime, enabled.AsReadOnly(), _firingLimit);
        return new PolicyEngine(runtime, _packs.ToList().AsReadOnly(), _parameters, _sliceSize, _parallelism, _continueAfterRuleFailures);
    }
}
