using System.Globalization;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

/// <summary>
/// Rules that bind reference-typed values (a collection from <c>Query(…Collect())</c> joined to an earlier fact, a
/// <c>Let</c> whose value is an object or a string, a <c>Having</c> over it), run on PerfDomain's runtime and on
/// NRules' own through the same inserts, updates and retracts: both fire the same matches and neither throws.
/// </summary>
public class ReferenceBindingTests
{
    public static TheoryData<string> Rules => new()
    {
        nameof(BiggestOrderRule),
        nameof(NameJoinRule),
        nameof(NameCollectRule),
        nameof(CollectThenJoinRule),
        nameof(CustomerOfOrderRule),
        nameof(CollectOnTwoFactsRule),
        nameof(LetThenExistsRule),
        nameof(CollectWhereOuterRule),
        nameof(LetStartsWithCollectRule),
        nameof(HavingOverPatternAndLetRule),
        nameof(LetFirstRule),
        nameof(GroupByJoinRule),
        nameof(FirstOfCollectionJoinRule),
        nameof(HavingNestedLambdaRule),
        nameof(NotAfterBiggestRule),
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Script_SameFiringsAsNRules_AndNoFailure(string rule)
    {
        var type = typeof(ReferenceBindingTests).GetNestedType(rule)!;

        var nrules = Run(nrules: true, type);
        var ours = Run(nrules: false, type);

        Assert.Equal(Steps(nrules), Steps(ours));
    }

    private static List<string> Run(bool nrules, Type rule)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(s => s.Type(rule).NestedTypes()));
        var definitions = repository.GetRuleSets().SelectMany(s => s.Rules).ToList();
        var factory = nrules ? new NRules.RuleCompiler().Compile(definitions) : new RuleCompiler().Compile(definitions);
        var log = new List<string>();
        var session = factory.CreateSession();
        session.Events.RuleFiringEvent += (_, e) => log.Add(Describe(e.Match));
        Script(session, log);

        // A session used again after Reset (as batches reuse one per thread) behaves as a new one.
        if (session is IRuleSession reusable)
        {
            reusable.Reset();
        }
        else
        {
            session = factory.CreateSession();
            session.Events.RuleFiringEvent += (_, e) => log.Add(Describe(e.Match));
        }

        Script(session, log);
        return log;
    }

    private static void Script(ISession session, List<string> log)
    {
        void Step(string name, Action action)
        {
            try
            {
                action();
                log.Add($"{name}: fired {session.Fire()}");
            }
            catch (Exception ex)
            {
                log.Add($"{name}: {ex.GetType().Name} {(ex.InnerException is { } inner ? inner.GetType().Name : string.Empty)}");
            }
        }

        var ann = new Customer("Ann", isPreferred: true);
        var bob = new Customer("Bob");
        var o1 = new Order(1, ann, 50);
        var o2 = new Order(2, ann, 5);
        var o3 = new Order(3, bob, 70);
        var discount = new Discount(ann, 10);
        Step("orders first", () => session.InsertAll([o1, o2]));
        Step("customers", () => session.InsertAll([ann, bob]));
        Step("more", () => session.InsertAll([o3, discount]));
        Step("move order", () =>
        {
            o1.Customer = bob;
            session.Update(o1);
        });
        Step("rename", () =>
        {
            // Orders read their customer's name: those of the renamed customer change too, and are updated with it.
            ann.Name = "Anna";
            session.UpdateAll([ann, o2]);
        });
        Step("retract order", () => session.Retract(o2));
        Step("retract discount", () => session.Retract(discount));
        Step("retract customer", () => session.Retract(bob));
        Step("back", () => session.InsertAll([bob, discount]));
    }

    // The firings of each step in a fixed order: where one step activates several matches of equal priority, NRules
    // does not always fire them in the order they were activated (a Collect shared by several left facts).
    private static List<string> Steps(List<string> log)
    {
        var steps = new List<string>();
        var firings = new List<string>();
        foreach (var line in log)
        {
            if (line.Contains(": ", StringComparison.Ordinal) && !line.Contains('(', StringComparison.Ordinal))
            {
                steps.Add($"{line} [{string.Join("; ", firings.Order(StringComparer.Ordinal))}]");
                firings.Clear();
            }
            else
            {
                firings.Add(line);
            }
        }

        return steps;
    }

    private static string Describe(IMatch match) =>
        $"{match.Rule.Name}({string.Join(", ", match.Facts.Select(f => $"{f.Declaration.Name}={Value(f.Value)}"))})";

    private static string Value(object? value) => value switch
    {
        null => "null",
        string s => s,
        IEnumerable<Order> orders => "[" + string.Join(",", orders.Select(o => o.Id).Order()) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    public class BiggestOrderRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;
            Order? biggest = null;

            When()
                .Match(() => customer)
                .Query(() => orders, q => q.Match<Order>(o => o.Customer == customer).Collect())
                .Let(() => biggest, () => orders.OrderByDescending(o => o.Amount).FirstOrDefault())
                .Having(() => biggest != null && biggest.Amount > 10);

            Then().Do(_ => GC.KeepAlive(biggest));
        }
    }

    public class NameJoinRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            string name = null!;
            Order order = null!;

            When()
                .Match(() => customer)
                .Let(() => name, () => customer.Name)
                .Having(() => name.Length > 2)
                .Match(() => order, o => o.CustomerName == name);

            Then().Do(_ => GC.KeepAlive(order));
        }
    }

    public class NameCollectRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            string name = null!;
            IEnumerable<Order> orders = null!;

            When()
                .Match(() => customer)
                .Let(() => name, () => customer.Name)
                .Query(() => orders, q => q.Match<Order>(o => o.CustomerName == name).Collect().Where(c => c.Any()));

            Then().Do(_ => GC.KeepAlive(orders));
        }
    }

    public class CollectThenJoinRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;
            Discount discount = null!;

            When()
                .Match(() => customer)
                .Query(() => orders, q => q.Match<Order>(o => o.Customer == customer).Collect())
                .Match(() => discount, d => d.Customer == customer, d => d.Percent < orders.Count() * 20);

            Then().Do(_ => GC.KeepAlive(discount));
        }
    }

    public class CustomerOfOrderRule : Rule
    {
        public override void Define()
        {
            Order order = null!;
            Customer owner = null!;

            When()
                .Match(() => order)
                .Let(() => owner, () => order.Customer)
                .Having(() => owner.IsPreferred)
                .Exists<Customer>(c => c == owner);

            Then().Do(_ => GC.KeepAlive(owner));
        }
    }

    public class CollectOnTwoFactsRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Discount discount = null!;
            IEnumerable<Order> orders = null!;

            When()
                .Match(() => discount)
                .Match(() => customer, c => c == discount.Customer)
                .Query(() => orders, q => q.Match<Order>(o => o.Customer == customer, o => o.Amount > discount.Percent).Collect().Where(c => c.Any()));

            Then().Do(_ => GC.KeepAlive(orders));
        }
    }

    public class LetThenExistsRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            string name = null!;

            When()
                .Match(() => customer)
                .Let(() => name, () => customer.Name.ToUpperInvariant())
                .Not<Order>(o => o.CustomerName.ToUpperInvariant() == name);

            Then().Do(_ => GC.KeepAlive(name));
        }
    }

    public class CollectWhereOuterRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;

            When()
                .Match(() => customer)
                .Query(() => orders, q => q.Match<Order>(o => o.Customer == customer).Collect().Where(c => c.Count() > customer.Level));

            Then().Do(_ => GC.KeepAlive(orders));
        }
    }

    public class LetStartsWithCollectRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            string name = null!;
            IEnumerable<Order> orders = null!;

            When()
                .Match(() => customer)
                .Let(() => name, () => customer.Name)
                .Query(() => orders, q => q.Match<Order>(o => o.CustomerName.StartsWith(name, StringComparison.Ordinal)).Collect());

            Then().Do(_ => GC.KeepAlive(orders));
        }
    }

    public class HavingOverPatternAndLetRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            string name = null!;
            Order order = null!;

            When()
                .Match(() => customer)
                .Let(() => name, () => customer.Name)
                .Match(() => order, o => o.Amount > 1)
                .Having(() => order.CustomerName == name);

            Then().Do(_ => GC.KeepAlive(order));
        }
    }

    public class LetFirstRule : Rule
    {
        public override void Define()
        {
            string label = null!;
            Customer customer = null!;

            When()
                .Let(() => label, () => "B")
                .Match(() => customer, c => c.Name.StartsWith(label, StringComparison.Ordinal));

            Then().Do(_ => GC.KeepAlive(customer));
        }
    }

    public class GroupByJoinRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IGrouping<bool, Order> group = null!;

            When()
                .Match(() => customer)
                .Query(() => group, q => q.Match<Order>(o => o.Customer == customer).GroupBy(o => o.Amount > 10));

            Then().Do(_ => GC.KeepAlive(group));
        }
    }

    public class FirstOfCollectionJoinRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;
            Order first = null!;
            Discount discount = null!;

            When()
                .Match(() => customer)
                .Query(() => orders, q => q.Match<Order>(o => o.Customer == customer).Collect().Where(c => c.Any()))
                .Let(() => first, () => orders.OrderBy(o => o.Id).First())
                .Match(() => discount, d => d.Customer == first.Customer);

            Then().Do(_ => GC.KeepAlive(discount));
        }
    }

    public class HavingNestedLambdaRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            string name = null!;
            IEnumerable<Order> orders = null!;

            When()
                .Match(() => customer)
                .Let(() => name, () => customer.Name)
                .Query(() => orders, q => q.Match<Order>().Collect())
                .Having(() => orders.Any(o => o.CustomerName == name));

            Then().Do(_ => GC.KeepAlive(orders));
        }
    }

    public class NotAfterBiggestRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;
            Order biggest = null!;

            When()
                .Match(() => customer)
                .Query(() => orders, q => q.Match<Order>(o => o.Customer == customer).Collect().Where(c => c.Any()))
                .Let(() => biggest, () => orders.OrderByDescending(o => o.Amount).First())
                .Not<Order>(o => o.Customer != customer && o.Amount > biggest.Amount);

            Then().Do(_ => GC.KeepAlive(biggest));
        }
    }
}
