namespace PerfDomain.Snapshots;

/// <summary>Builds JSON paths such as <c>$.employees[3].managerId</c> for error reports.</summary>
internal readonly record struct SnapshotPath(string Value)
{
    public static SnapshotPath Root { get; } = new("$");

    public SnapshotPath this[int index] => new($"{Value}[{index}]");

    public SnapshotPath Field(string name) => new($"{Value}.{name}");

    public InvalidSnapshotException Error(string reason, Exception? inner = null) => new(Value, reason, inner);

    public override string ToString() => Value;
}
