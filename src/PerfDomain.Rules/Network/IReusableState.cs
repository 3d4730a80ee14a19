namespace PerfDomain.Rules.Network;

/// <summary>A node's extra per-token state that a reset session empties and keeps for its next batch.</summary>
internal interface IReusableState
{
    /// <summary>Empties the state as if new, keeping the capacity of its tables.</summary>
    void Clear();
}
