namespace PerfDomain.Rules.Conformance.Facts;

public sealed class Customer(string id)
{
    public string Id { get; } = id;

    public override string ToString() => Id;
}

public sealed class Order(string id, string customerId)
{
    public string Id { get; } = id;

    public string CustomerId { get; } = customerId;

    public override string ToString() => Id;
}
