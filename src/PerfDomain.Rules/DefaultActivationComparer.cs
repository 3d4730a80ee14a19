namespace PerfDomain.Rules;

/// <summary>
/// The default agenda order: higher <see cref="RuleModel.IRuleDefinition.Priority"/> first, then lower
/// <see cref="IActivation.Sequence"/> first (first in, first out, as NRules).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class DefaultActivationComparer : IComparer<IActivation>
{
    /// <summary>Gets the shared instance.</summary>
    public static DefaultActivationComparer Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(IActivation? x, IActivation? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var byPriority = y.Rule.Priority.CompareTo(x.Rule.Priority);
        return byPriority != 0 ? byPriority : x.Sequence.CompareTo(y.Sequence);
    }
}
