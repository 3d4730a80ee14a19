namespace PerfDomain.Tests;

public sealed class DomainRuleViolationExceptionTests
{
    [Fact]
    public void Constructor_RuleAndMessage_KeepsBoth()
    {
        var ex = new DomainRuleViolationException("goals.weights-total", "Too heavy.");

        Assert.Equal("goals.weights-total", ex.Rule);
        Assert.Equal("Too heavy.", ex.Message);
    }

    [Fact]
    public void OtherConstructors_UseGenericRule()
    {
        var inner = new InvalidOperationException();

        Assert.Equal("domain", new DomainRuleViolationException().Rule);
        Assert.Equal("A domain rule was broken.", new DomainRuleViolationException().Message);
        Assert.Equal("domain", new DomainRuleViolationException("m").Rule);
        Assert.Equal("m", new DomainRuleViolationException("m").Message);
        var wrapped = new DomainRuleViolationException("m", inner);
        Assert.Equal("domain", wrapped.Rule);
        Assert.Same(inner, wrapped.InnerException);
    }
}
