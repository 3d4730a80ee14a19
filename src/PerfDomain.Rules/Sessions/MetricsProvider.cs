using NRules.Diagnostics;

namespace PerfDomain.Rules.Sessions;

/// <summary>
/// Per-node counts of the facts and partial matches each node of the network received: for the nodes that take facts
/// (patterns, negations, queries), inserts, updates and retracts in. Durations are not measured (always 0).
/// </summary>
internal sealed class MetricsProvider(int nodeCount) : IMetricsProvider
{
    private readonly NodeMetrics[] _nodes = Enumerable.Range(0, nodeCount).Select(i => new NodeMetrics(i)).ToArray();

    public INodeMetrics FindByNodeId(int nodeId) =>
        nodeId >= 0 && nodeId < _nodes.Length ? _nodes[nodeId] : throw new ArgumentOutOfRangeException(nameof(nodeId), nodeId, "No node has this id.");

    public IReadOnlyCollection<INodeMetrics> GetAll() => _nodes;

    public void Reset()
    {
        foreach (var node in _nodes)
        {
            node.Reset();
        }
    }

    public void Count(int nodeId, FactOperation operation)
    {
        var node = _nodes[nodeId];
        switch (operation)
        {
            case FactOperation.Insert:
                node.InsertInputCount++;
                break;
            case FactOperation.Update:
                node.UpdateInputCount++;
                break;
            default:
                node.RetractInputCount++;
                break;
        }
    }

    private sealed class NodeMetrics(int nodeId) : INodeMetrics
    {
        public int NodeId { get; } = nodeId;

        public int? ElementCount => null;

        public int InsertInputCount { get; set; }

        public int UpdateInputCount { get; set; }

        public int RetractInputCount { get; set; }

        public int InsertOutputCount => 0;

        public int UpdateOutputCount => 0;

        public int RetractOutputCount => 0;

        public long InsertDurationMilliseconds => 0;

        public long UpdateDurationMilliseconds => 0;

        public long RetractDurationMilliseconds => 0;

        public void Reset()
        {
            InsertInputCount = 0;
            UpdateInputCount = 0;
            RetractInputCount = 0;
        }
    }
}
