namespace PerfDomain.Rules.Sessions;

/// <summary>Orders the agenda by the configured comparer, then by activation id so that the order is total.</summary>
internal sealed class AgendaComparer(IComparer<IActivation> order) : IComparer<ActivationState>
{
    public int Compare(ActivationState? x, ActivationState? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        var result = order.Compare(x, y);
        return result != 0 ? result : x!.Id.CompareTo(y!.Id);
    }
}
