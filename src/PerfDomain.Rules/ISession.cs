using PerfDomain.Rules.Diagnostics;

namespace PerfDomain.Rules;

/// <summary>A working memory of facts, matched incrementally against the factory's rules, and the agenda of rules to fire.</summary>
/// <remarks>Not thread-safe: use one session from one thread at a time. Sessions are cheap to create.</remarks>
public interface ISession
{
    /// <summary>Gets the events raised by this session.</summary>
    IEventProvider Events { get; }

    /// <summary>Gets or sets the maximum number of rule firings in one call to <c>Fire</c>.</summary>
    int FiringLimit { get; set; }

    /// <summary>Gets the pending activations, in the order they would fire.</summary>
    IReadOnlyList<IActivation> Agenda { get; }

    /// <summary>Inserts a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="FactOperationException">The fact is already in the session.</exception>
    void Insert(object fact);

    /// <summary>Inserts facts; none is inserted if any is already in the session.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="FactOperationException">A fact is already in the session (or appears twice).</exception>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Inserts a fact unless it is already in the session.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="true"/> when inserted.</returns>
    bool TryInsert(object fact);

    /// <summary>Updates a fact: re-matches it, replacing the stored object by <paramref name="fact"/>.</summary>
    /// <param name="fact">The fact, or a new object with the same identity.</param>
    /// <exception cref="FactOperationException">The fact is not in the session.</exception>
    void Update(object fact);

    /// <summary>Updates facts; none is updated if any is missing.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="FactOperationException">A fact is not in the session.</exception>
    void UpdateAll(IEnumerable<object> facts);

    /// <summary>Updates a fact if it is in the session.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="true"/> when updated.</returns>
    bool TryUpdate(object fact);

    /// <summary>Retracts a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="FactOperationException">The fact is not in the session.</exception>
    void Retract(object fact);

    /// <summary>Retracts facts; none is retracted if any is missing.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="FactOperationException">A fact is not in the session.</exception>
    void RetractAll(IEnumerable<object> facts);

    /// <summary>Retracts a fact if it is in the session.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="true"/> when retracted.</returns>
    bool TryRetract(object fact);

    /// <summary>Fires rules until the agenda is empty or a rule halts.</summary>
    /// <returns>The number of rules fired.</returns>
    /// <exception cref="FiringLimitExceededException">The firing limit was reached.</exception>
    /// <exception cref="RuleActionEvaluationException">An action threw and the failure was not handled.</exception>
    int Fire();

    /// <summary>Fires at most <paramref name="maxRulesNumber"/> rules.</summary>
    /// <param name="maxRulesNumber">The maximum number of rules to fire.</param>
    /// <returns>The number of rules fired.</returns>
    /// <exception cref="FiringLimitExceededException">The firing limit was reached.</exception>
    /// <exception cref="RuleActionEvaluationException">An action threw and the failure was not handled.</exception>
    int Fire(int maxRulesNumber);

    /// <summary>Fires rules until the agenda is empty, a rule halts, or <paramref name="cancellationToken"/> is cancelled (checked before each rule; no exception is thrown).</summary>
    /// <param name="cancellationToken">The token.</param>
    /// <returns>The number of rules fired.</returns>
    /// <exception cref="FiringLimitExceededException">The firing limit was reached.</exception>
    /// <exception cref="RuleActionEvaluationException">An action threw and the failure was not handled.</exception>
    int Fire(CancellationToken cancellationToken);

    /// <summary>Fires at most <paramref name="maxRulesNumber"/> rules, stopping early when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="maxRulesNumber">The maximum number of rules to fire.</param>
    /// <param name="cancellationToken">The token.</param>
    /// <returns>The number of rules fired.</returns>
    /// <exception cref="FiringLimitExceededException">The firing limit was reached.</exception>
    /// <exception cref="RuleActionEvaluationException">An action threw and the failure was not handled.</exception>
    int Fire(int maxRulesNumber, CancellationToken cancellationToken);

    /// <summary>Queries the facts of a type in working memory, in insertion order.</summary>
    /// <typeparam name="TFact">The type of fact.</typeparam>
    /// <returns>The facts.</returns>
    IQueryable<TFact> Query<TFact>();

    /// <summary>Explains why a rule has no match: which element of each alternative blocks it, and the facts closest to matching.</summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">No rule has that name.</exception>
    WhyNotReport WhyNot(string ruleName);
}
