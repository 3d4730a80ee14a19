namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>
/// One operation on the session. <see cref="Target"/> picks a live fact (modulo their number); <see cref="Count"/> is
/// the batch size of InsertAll and UpdateAll and the most rules Fire may fire (0: all).
/// </summary>
public sealed record Step(StepKind Kind, bool IsA, int Target, int Key, int Val, int Count)
{
    public override string ToString() => Kind switch
    {
        StepKind.Insert => $"Insert {(IsA ? "A" : "B")}(key={Key}, val={Val})",
        StepKind.InsertAll => $"InsertAll {Count} x {(IsA ? "A" : "B")}(key={Key}, val={Val}+i)",
        StepKind.Update => $"Update #{Target} to (key={Key}, val={Val})",
        StepKind.UpdateAll => $"UpdateAll {Count} from #{Target} to (key={Key}, val={Val})",
        StepKind.Retract => $"Retract #{Target}",
        _ => Count == 0 ? "Fire()" : $"Fire({Count})",
    };
}
