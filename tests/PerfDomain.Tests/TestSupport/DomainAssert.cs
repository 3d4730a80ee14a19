namespace PerfDomain.Tests.TestSupport;

/// <summary>Assertions on the domain's one policy for invalid changes.</summary>
internal static class DomainAssert
{
    /// <summary>Asserts that <paramref name="action"/> breaks exactly the rule <paramref name="rule"/>, and that the message names every fragment given.</summary>
    public static DomainRuleViolationException Violates(string rule, Action action, params string[] messageFragments)
    {
        var ex = Assert.Throws<DomainRuleViolationException>(action);
        Assert.Equal(rule, ex.Rule);
        foreach (var fragment in messageFragments)
        {
            Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        }

        return ex;
    }

    /// <summary>Asserts an <see cref="ArgumentException"/> of exactly type <typeparamref name="T"/> for <paramref name="paramName"/>, whose message names every fragment given.</summary>
    public static T Argument<T>(string paramName, Action action, params string[] messageFragments)
        where T : ArgumentException
    {
        var ex = Assert.Throws<T>(action);
        Assert.Equal(paramName, ex.ParamName);
        foreach (var fragment in messageFragments)
        {
            Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        }

        return ex;
    }

    /// <summary>Asserts that the only event recorded is of type <typeparamref name="T"/>, and returns it.</summary>
    public static T SingleEvent<T>(AggregateRoot aggregate)
        where T : IDomainEvent
    {
        var single = Assert.Single(aggregate.DomainEvents);
        return Assert.IsType<T>(single);
    }

    /// <summary>Asserts that the latest event recorded is of type <typeparamref name="T"/>, and returns it.</summary>
    public static T LastEvent<T>(AggregateRoot aggregate)
        where T : IDomainEvent
    {
        Assert.NotEmpty(aggregate.DomainEvents);
        return Assert.IsType<T>(aggregate.DomainEvents[^1]);
    }
}
