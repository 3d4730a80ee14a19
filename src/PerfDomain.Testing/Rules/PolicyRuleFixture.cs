using System.Globalization;
using System.Reflection;
using System.Text;
using NodaTime;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Packs;
using PerfDomain.Policies.Parameters;
using PerfDomain.Snapshots;

namespace PerfDomain.Testing.Rules;

/// <summary>
/// Unit-tests policy rules in the spirit of NRules.Testing: compiles only the rules under test,
/// takes facts (your own, or a snapshot projected as of a date), fires, and asserts what each rule
/// decided, with failure messages that list what did fire and why the rule did not match.
/// </summary>
/// <remarks>
/// <para>Framework-independent: a failed assertion throws <see cref="PolicyRuleAssertionException"/>,
/// which every test framework reports as a failure.</para>
/// <code>
/// var fixture = PolicyRuleFixture.For&lt;RecognitionRule&gt;().InsertSnapshot(snapshot, asOf);
/// fixture.AssertDecided&lt;RecognitionRule&gt;(1, DecisionKind.RecognitionRecommended, d =&gt; d.EmployeeId == ada, "for Ada");
/// </code>
/// <para>A fixture fires once: the first assertion (or <see cref="Fire"/>) fires the rules; insert every fact before.</para>
/// </remarks>
public sealed class PolicyRuleFixture
{
    private readonly RuleTestFixture _rules;
    private readonly Dictionary<Type, string> _names;
    private List<Decision>? _decisions;

    /// <summary>Initialises a new instance of the <see cref="PolicyRuleFixture"/> class with the rules under test, on PerfDomain.Rules.</summary>
    /// <param name="ruleTypes">The rule classes: concrete <see cref="PolicyRule"/> types with a parameterless constructor.</param>
    /// <exception cref="ArgumentException">No rule was given, or a type is not a concrete policy rule.</exception>
    public PolicyRuleFixture(params Type[] ruleTypes)
        : this(RuleRuntime.PerfDomain, ruleTypes)
    {
    }

    /// <summary>Initialises a new instance of the <see cref="PolicyRuleFixture"/> class with the rules under test, on the given runtime.</summary>
    /// <param name="runtime">The runtime that runs the rules: a rule should decide alike on both.</param>
    /// <param name="ruleTypes">The rule classes: concrete <see cref="PolicyRule"/> types with a parameterless constructor.</param>
    /// <exception cref="ArgumentException">No rule was given, or a type is not a concrete policy rule.</exception>
    public PolicyRuleFixture(RuleRuntime runtime, params Type[] ruleTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        if (ruleTypes.Length == 0)
        {
            throw new ArgumentException("Give at least one rule under test.", nameof(ruleTypes));
        }

        foreach (var type in ruleTypes)
        {
            if (type is null || !typeof(PolicyRule).IsAssignableFrom(type) || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
            {
                throw new ArgumentException($"'{type?.FullName ?? "null"}' is not a concrete policy rule with a parameterless constructor.", nameof(ruleTypes));
            }
        }

        _names = ruleTypes.Distinct().ToDictionary(t => t, NameOf);
        _rules = new RuleTestFixture(runtime, _names.Keys);
        Runtime = runtime;
    }

    /// <summary>Gets the runtime the rules run on.</summary>
    public RuleRuntime Runtime { get; }

    /// <summary>Gets the decisions made, once fired (firing now if not yet).</summary>
    public IReadOnlyList<Decision> Decisions => Fired();

    /// <summary>Gets every rule firing, with the facts matched, once fired (firing now if not yet).</summary>
    public IReadOnlyList<IMatch> Firings
    {
        get
        {
            Fired();
            return _rules.Firings;
        }
    }

    /// <summary>Makes a fixture for one rule under test.</summary>
    /// <typeparam name="TRule">The rule.</typeparam>
    /// <returns>The fixture.</returns>
    public static PolicyRuleFixture For<TRule>()
        where TRule : PolicyRule, new() => new(typeof(TRule));

    /// <summary>Makes a fixture for one rule under test, on the given runtime.</summary>
    /// <typeparam name="TRule">The rule.</typeparam>
    /// <param name="runtime">The runtime that runs the rule.</param>
    /// <returns>The fixture.</returns>
    public static PolicyRuleFixture For<TRule>(RuleRuntime runtime)
        where TRule : PolicyRule, new() => new(runtime, typeof(TRule));

    /// <summary>Gets the name a rule class is known by (its <see cref="NameAttribute"/>, else its full type name), as in <see cref="Explanation.Rule"/>.</summary>
    /// <param name="ruleType">The rule class.</param>
    /// <returns>The name.</returns>
    public static string NameOf(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        var repository = new RuleRepository();
        repository.Load(x => x.From(ruleType));
        return repository.GetRules().FirstOrDefault()?.Name
            ?? throw new ArgumentException($"'{ruleType.FullName}' is not an NRules rule class.", nameof(ruleType));
    }

    /// <summary>Inserts facts (for instance <see cref="EvaluationDate"/>, parameter records, <see cref="EmployeeFact"/>, <see cref="RatingFact"/>).</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="InvalidOperationException">The rules were fired already.</exception>
    /// <remarks>Policy rules make decisions only when they match the <see cref="EvaluationDate"/> fact: insert one.</remarks>
    public PolicyRuleFixture Insert(params object[] facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        NotFired();
        _rules.Session.InsertAll(facts);
        return this;
    }

    /// <summary>Inserts the facts a policy engine would project from a snapshot as of a date: the evaluation date, the parameters, and the facts about cycles, employees, ratings and plans.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="parameters">The parameters; <see langword="null"/> for <see cref="PolicyParameters.Default"/>.</param>
    /// <returns>This fixture.</returns>
    /// <exception cref="InvalidOperationException">The rules were fired already.</exception>
    public PolicyRuleFixture InsertSnapshot(OrganizationSnapshot snapshot, LocalDate asOf, PolicyParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        NotFired();
        _rules.Session.InsertAll(FactProjection.Project(snapshot, asOf, parameters ?? PolicyParameters.Default));
        return this;
    }

    /// <summary>Fires the rules under test (once; later calls do nothing).</summary>
    /// <returns>This fixture.</returns>
    public PolicyRuleFixture Fire()
    {
        Fired();
        return this;
    }

    /// <summary>Gets the decisions one rule made.</summary>
    /// <typeparam name="TRule">The rule.</typeparam>
    /// <returns>Its decisions, in canonical order.</returns>
    public IReadOnlyList<Decision> DecisionsOf<TRule>()
        where TRule : PolicyRule => DecisionsOf(RuleName(typeof(TRule)));

    /// <summary>Gets the decisions the rule of that name made.</summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <returns>Its decisions, in canonical order.</returns>
    public IReadOnlyList<Decision> DecisionsOf(string ruleName) => Fired().Where(d => d.Explanation.Rule == ruleName).ToList();

    /// <summary>
    /// Asserts that a rule made exactly <paramref name="times"/> decisions of a kind that satisfy
    /// <paramref name="matching"/> (other decisions are not counted).
    /// </summary>
    /// <typeparam name="TRule">The rule.</typeparam>
    /// <param name="times">How many decisions.</param>
    /// <param name="kind">Their kind.</param>
    /// <param name="matching">What each must satisfy; <see langword="null"/> for any.</param>
    /// <param name="matchingDescription">What <paramref name="matching"/> means, for the failure message.</param>
    /// <returns>This fixture, for more assertions.</returns>
    /// <exception cref="PolicyRuleAssertionException">The rule decided otherwise.</exception>
    public PolicyRuleFixture AssertDecided<TRule>(int times, DecisionKind kind, Func<Decision, bool>? matching = null, string? matchingDescription = null)
        where TRule : PolicyRule
    {
        ArgumentOutOfRangeException.ThrowIfNegative(times);
        var name = RuleName(typeof(TRule));
        var ofKind = DecisionsOf(name).Where(d => d.Kind == kind).ToList();
        var matched = matching is null ? ofKind : ofKind.Where(matching).ToList();
        var what = matching is null ? string.Empty : $" {matchingDescription ?? "matching the condition"}";
        if (matched.Count != times)
        {
            Fail(name, string.Create(CultureInfo.InvariantCulture, $"expected rule '{name}' to make {times} {kind} decision(s){what}, but it made {matched.Count}"));
        }

        return this;
    }

    /// <summary>Asserts that a rule made exactly one decision of a kind for an employee, and returns it.</summary>
    /// <typeparam name="TRule">The rule.</typeparam>
    /// <param name="kind">The kind.</param>
    /// <param name="employeeId">The employee.</param>
    /// <returns>The decision, for further checks.</returns>
    /// <exception cref="PolicyRuleAssertionException">The rule made none, or several.</exception>
    public Decision AssertSingleDecision<TRule>(DecisionKind kind, Employees.EmployeeId employeeId)
        where TRule : PolicyRule
    {
        AssertDecided<TRule>(1, kind, d => d.EmployeeId == employeeId, $"for {employeeId}");
        return DecisionsOf<TRule>().Single(d => d.Kind == kind && d.EmployeeId == employeeId);
    }

    /// <summary>Asserts that a rule made no decision at all.</summary>
    /// <typeparam name="TRule">The rule.</typeparam>
    /// <returns>This fixture, for more assertions.</returns>
    /// <exception cref="PolicyRuleAssertionException">The rule made a decision.</exception>
    public PolicyRuleFixture AssertNoDecision<TRule>()
        where TRule : PolicyRule
    {
        var name = RuleName(typeof(TRule));
        var made = DecisionsOf(name);
        if (made.Count > 0)
        {
            Fail(name, string.Create(CultureInfo.InvariantCulture, $"expected rule '{name}' to make no decision, but it made {made.Count}"));
        }

        return this;
    }

    /// <summary>Asserts that a rule fired exactly <paramref name="times"/> times, and that each given fact took part in at least one firing.</summary>
    /// <typeparam name="TRule">The rule.</typeparam>
    /// <param name="times">How many firings.</param>
    /// <param name="facts">Facts (compared with <see cref="object.Equals(object?)"/>) that must appear in its firings.</param>
    /// <returns>This fixture, for more assertions.</returns>
    /// <exception cref="PolicyRuleAssertionException">The rule fired otherwise.</exception>
    public PolicyRuleFixture AssertFired<TRule>(int times, params object[] facts)
        where TRule : PolicyRule
    {
        ArgumentOutOfRangeException.ThrowIfNegative(times);
        ArgumentNullException.ThrowIfNull(facts);
        var name = RuleName(typeof(TRule));
        var firings = Firings.Where(m => m.Rule.Name == name).ToList();
        if (firings.Count != times)
        {
            Fail(name, string.Create(CultureInfo.InvariantCulture, $"expected rule '{name}' to fire {times} time(s), but it fired {firings.Count}"));
        }

        foreach (var fact in facts)
        {
            if (!firings.Any(m => m.Facts.Any(f => Equals(f.Value, fact))))
            {
                Fail(name, $"rule '{name}' never fired with the fact {fact}");
            }
        }

        return this;
    }

    private static string Describe(IMatch match) =>
        $"{match.Rule.Name}({string.Join(", ", match.Facts.Select(f => f.Value is IExplainableFact e ? $"{e.Describe().Type} {e.Describe().Id}" : f.Value?.ToString() ?? "null"))})";

    private string RuleName(Type ruleType) =>
        _names.TryGetValue(ruleType, out var name) ? name : throw new ArgumentException($"'{ruleType.FullName}' is not a rule under test in this fixture (the rules are: {string.Join(", ", _names.Values)}).", nameof(ruleType));

    private List<Decision> Fired()
    {
        if (_decisions is null)
        {
            _rules.Fire();
            _decisions = [.. _rules.Session.Query<Decision>()];
            _decisions.Sort(PerfDomain.Policies.Evaluation.DecisionOrder.Instance);
        }

        return _decisions;
    }

    private void NotFired()
    {
        if (_decisions is not null)
        {
            throw new InvalidOperationException("The rules were fired already: insert every fact before the first assertion.");
        }
    }

    private void Fail(string ruleName, string what)
    {
        var text = new StringBuilder().Append(what).Append('.').AppendLine();
        var decisions = Fired();
        if (decisions.Count == 0)
        {
            text.AppendLine("No decision was made.");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"Decisions made ({decisions.Count}):").AppendLine();
            foreach (var decision in decisions)
            {
                text.Append("  - ").Append(decision).Append(" [rule ").Append(decision.Explanation.Rule).AppendLine("]");
            }
        }

        var firings = _rules.Firings;
        if (firings.Count == 0)
        {
            text.AppendLine("No rule fired.");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"Rules fired ({firings.Count}):").AppendLine();
            foreach (var match in firings)
            {
                text.Append("  - ").AppendLine(Describe(match));
            }
        }

        text.Append(_rules.WhyNot(ruleName));
        throw new PolicyRuleAssertionException(text.ToString());
    }
}
