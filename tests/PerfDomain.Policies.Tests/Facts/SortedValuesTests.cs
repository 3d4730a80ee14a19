using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Policies.Facts;

namespace PerfDomain.Policies.Tests.Facts;

public sealed class SortedValuesTests
{
    [Property(MaxTest = 300)]
    public Property AnyNamedValues_ReadLikeASortedDictionaryWhereTheLastValueOfANameWins()
    {
        var names = Gen.Elements("a", "b", "B", "reason", "asOf", "z1", "z10", "z2");
        var pairs = Gen.Zip(names, Gen.Elements("x", "y", "none", "2026-01-01")).ArrayOf();
        return Prop.ForAll(pairs.ToArbitrary(), input =>
        {
            var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, value) in input)
            {
                expected[name] = value;
            }

            var actual = new SortedValues(input.Select(p => p.Item1).ToArray(), input.Select(p => p.Item2).ToArray());

            return actual.SequenceEqual(expected)
                && actual.Count == expected.Count
                && expected.All(p => actual.TryGetValue(p.Key, out var v) && v == p.Value && actual[p.Key] == p.Value)
                && !actual.ContainsKey("missing");
        });
    }

    [Fact]
    public void Indexer_UnknownName_ThrowsNamingIt()
    {
        var values = new SortedValues(["a"], ["1"]);

        var ex = Assert.Throws<KeyNotFoundException>(() => values["b"]);

        Assert.Contains("'b'", ex.Message, StringComparison.Ordinal);
    }
}
