namespace PerfDomain.Rules.RuleModel;

/// <summary>The context of a firing rule: its metadata, its match, and the session operations an action may use.</summary>
/// <remarks>Valid only during the firing; not thread-safe.</remarks>
public interface IContext
{
    /// <summary>Gets the firing rule.</summary>
    IRuleDefinition Rule { get; }

    /// <summary>Gets the match the rule fires for.</summary>
    IMatch Match { get; }

    /// <summary>Gets the cancellation token passed to <c>Fire</c>.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>Stops firing after the current rule's actions complete.</summary>
    void Halt();

    /// <summary>Inserts a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="FactOperationException">The fact is already in the session.</exception>
    void Insert(object fact);

    /// <summary>Inserts facts; none is inserted if any is already in the session.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="FactOperationException">A fact is already in the session.</exception>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Inserts a fact unless it is already in the session.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="true"/> when inserted.</returns>
    bool TryInsert(object fact);

    /// <summary>Updates a fact.</summary>
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

    /// <summary>Gets the keys of the facts linked to the current match.</summary>
    /// <returns>The keys.</returns>
    IEnumerable<object> GetLinkedKeys();

    /// <summary>Gets the fact linked to the current match under a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The linked fact, or <see langword="null"/>.</returns>
    object? GetLinked(object key);

    /// <summary>Inserts a fact linked to the current match: it is retracted automatically when the match goes away.</summary>
    /// <param name="key">The key, unique within the match.</param>
    /// <param name="fact">The fact.</param>
    void InsertLinked(object key, object fact);

    /// <summary>Replaces the fact linked under a key: an update when <paramref name="fact"/> has the same identity, else a retract and an insert.</summary>
    /// <param name="key">The key.</param>
    /// <param name="fact">The new fact.</param>
    void UpdateLinked(object key, object fact);

    /// <summary>Retracts the fact linked under a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="fact">The linked fact.</param>
    void RetractLinked(object key, object fact);
}
