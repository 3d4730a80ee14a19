namespace PerfDomain.Hosting.Tests;

public sealed class PlaceholderTests
{
    [Fact]
    public void Nothing() => Assert.True(true);
}
