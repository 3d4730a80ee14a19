namespace PerfDomain.Rules.Tests.Support;

public sealed class Order(int id, Customer customer, decimal amount, bool isOpen = true)
{
    public int Id { get; } = id;

    public Customer Customer { get; set; } = customer;

    public string CustomerName => Customer.Name;

    public decimal Amount { get; set; } = amount;

    public bool IsOpen { get; set; } = isOpen;

    public override string ToString() => $"Order({Id})";
}
