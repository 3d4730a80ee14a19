using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Tests.Support;

public sealed class Customer(string name, bool isPreferred = false)
{
    public string Name { get; set; } = name;

    public bool IsPreferred { get; set; } = isPreferred;

    public int Level { get; set; }

    public override string ToString() => $"Customer({Name})";
}

public sealed class Order(int id, Customer customer, decimal amount, bool isOpen = true)
{
    public int Id { get; } = id;

    public Customer Customer { get; set; } = customer;

    public string CustomerName => Customer.Name;

    public decimal Amount { get; set; } = amount;

    public bool IsOpen { get; set; } = isOpen;

    public override string ToString() => $"Order({Id})";
}

public sealed class Discount(Customer customer, decimal percent)
{
    public Customer Customer { get; } = customer;

    public decimal Percent { get; set; } = percent;

    public override string ToString() => $"Discount({Customer.Name}, {Percent})";
}

public sealed class Counter(string name)
{
    public string Name { get; } = name;

    public int Value { get; set; }

    public override string ToString() => $"Counter({Name}={Value})";
}

/// <summary>A fact with declared identity: two instances with the same id are the same fact.</summary>
public sealed class Employee(int id, string name) : IIdentityProvider
{
    public int Id { get; } = id;

    public string Name { get; set; } = name;

    public object GetIdentity() => Id;

    public override string ToString() => $"Employee({Id}, {Name})";
}

/// <summary>A fact with value equality.</summary>
public sealed record Tag(string Value);
