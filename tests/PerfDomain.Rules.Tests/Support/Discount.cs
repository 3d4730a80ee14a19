namespace PerfDomain.Rules.Tests.Support;

public sealed class Discount(Customer customer, decimal percent)
{
    public Customer Customer { get; } = customer;

    public decimal Percent { get; set; } = percent;

    public override string ToString() => $"Discount({Customer.Name}, {Percent})";
}
