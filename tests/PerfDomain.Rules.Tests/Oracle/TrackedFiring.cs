namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>One rule firing: the match as text, and the priority and epoch it was queued with.</summary>
internal sealed record TrackedFiring(string Text, int Priority, int Epoch)
{
    public override string ToString() => $"p{Priority}e{Epoch}:{Text}";
}
