using System.Globalization;
using PerfDomain.Rules.Fluent;
using PerfDomain.Rules.Compilation;

namespace PerfDomain.Testing.Rules;

/// <summary>
/// A test fixture in the spirit of NRules.Testing, independent of the test framework: compiles only the rules
/// under test, records every firing, and checks "rule R fired N times, matching facts like these". A failed
/// check throws <see cref="RuleAssertionException"/> whose message includes the why-not report.
/// </summary>
/// <remarks>Not thread-safe, like the session it wraps.</remarks>
public sealed class RuleTestFixture
{
    private readonly List<IMatch> _firings = [];
    private readonly Dictionary<Type, string> _names;

    /// <summary>Initializes a new instance of the <see cref="RuleTestFixture"/> class.</summary>
    /// <param name="ruleTypes">The rule classes under test.</param>
    public RuleTestFixture(params Type[] ruleTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        var repository = new RuleRepository();
        repository.Load(x => x.From(ruleTypes));
        _names = ruleTypes.ToDictionary(t => t, t => new RuleMetadata(t).Name);
        Session = repository.Compile().CreateSession();
        Session.Events.RuleFiredEvent += (_, e) => _firings.Add(e.Match);
    }

    /// <summary>Gets the session: insert facts into it.</summary>
    public ISession Session { get; }

    /// <summary>Gets every recorded firing, in order.</summary>
    public IReadOnlyList<IMatch> Firings => _firings;

    /// <summary>Fires the session's rules.</summary>
    /// <returns>The number of rules fired.</returns>
    public int Fire() => Session.Fire();

    /// <summary>Gets the recorded firings of a rule.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    /// <returns>Its firings, in order.</returns>
    public IReadOnlyList<IMatch> FiringsOf<TRule>() => FiringsOf(NameOf(typeof(TRule)));

    /// <summary>Gets the recorded firings of a rule.</summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <returns>Its firings, in order.</returns>
    public IReadOnlyList<IMatch> FiringsOf(string ruleName) => _firings.Where(m => m.Rule.Name == ruleName).ToArray();

    /// <summary>Checks that a rule fired exactly <paramref name="times"/> times, and that each listed fact was part of some firing.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    /// <param name="times">The expected number of firings.</param>
    /// <param name="facts">Facts that must each appear in at least one of the firings (by reference or equality).</param>
    /// <exception cref="RuleAssertionException">The check failed.</exception>
    public void AssertFired<TRule>(int times, params object[] facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var name = NameOf(typeof(TRule));
        var firings = FiringsOf(name);
        if (firings.Count != times)
        {
            Fail(name, string.Create(CultureInfo.InvariantCulture, $"expected {times} firing(s) of rule '{name}', got {firings.Count}"));
        }

        foreach (var fact in facts)
        {
            if (!firings.Any(m => m.Facts.Any(f => Equals(f.Value, fact))))
            {
                Fail(name, $"rule '{name}' never fired with fact '{fact}'");
            }
        }
    }

    /// <summary>Checks that a rule never fired.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    /// <exception cref="RuleAssertionException">It fired.</exception>
    public void AssertDidNotFire<TRule>() => AssertFired<TRule>(0);

    private string NameOf(Type ruleType) => _names.TryGetValue(ruleType, out var name) ? name : new RuleMetadata(ruleType).Name;

    private void Fail(string ruleName, string what)
    {
        var recorded = _firings.Count == 0 ? "no rule fired" : "fired: " + string.Join("; ", _firings.Select(m => m.ToString()));
        throw new RuleAssertionException($"{what}.{Environment.NewLine}{recorded}{Environment.NewLine}{Session.WhyNot(ruleName)}");
    }
}
