using PerfDomain.Fuzz.Fuzzing;
using PerfDomain.Snapshots;

namespace PerfDomain.Fuzz.Tests;

/// <summary>The harness itself: cases reproduce from their seed and index, and the oracle's two checks of a message.</summary>
public sealed class FuzzHarnessTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private static readonly SchemaPaths Schema = new(SnapshotSchema.Write());

    [Fact]
    public void Make_SameSeedAndIndex_GivesTheSameInput()
    {
        var options = new FuzzOptions { Seed = 5 };

        for (var index = 0; index < 200; index++)
        {
            var first = FuzzRunner.Make(fixture.Corpus, options, index, out _);
            var again = FuzzRunner.Make(fixture.Corpus, options, index, out _);

            Assert.Equal(first.Seed.Name, again.Seed.Name);
            Assert.Equal(first.Mutations, again.Mutations);
            Assert.Equal(first.Input, again.Input);
        }
    }

    [Fact]
    public void Make_ManyCases_MutatesEverySeedBothWays()
    {
        var options = new FuzzOptions { Seed = 1 };
        var cases = Enumerable.Range(0, 2_000).Select(i => FuzzRunner.Make(fixture.Corpus, options, i, out _)).ToList();

        Assert.All(fixture.Corpus.Snapshots.Concat(fixture.Corpus.Parameters), seed => Assert.Contains(cases, c => c.Seed == seed));
        Assert.Contains(cases, c => c.Mutations.Any(m => m.Contains(":=", StringComparison.Ordinal)));
        Assert.Contains(cases, c => c.Mutations.Any(m => m.StartsWith("bit ", StringComparison.Ordinal)));
        Assert.Contains(cases, c => c.Mutations.Any(m => m.Contains("reports to", StringComparison.Ordinal)));
        Assert.All(cases, c => Assert.NotEqual(c.Base, c.Input));
    }

    [Theory]
    [InlineData("$")]
    [InlineData("$.employees[3].reportingLines[0].managerId")]
    [InlineData("$.cycles[0].ratingScale.labels[2]")]
    [InlineData("$.checkIns[0].participants[1]")]
    [InlineData("$.improvementPlans[0].decisions[1].newEndsOn")]
    public void SchemaPaths_PathOfTheFormat_HasNoProblem(string path) => Assert.Null(Schema.Problem(path));

    [Theory]
    [InlineData("$.orgUnits[1].value", "$.orgUnits[1]: the format has no member 'value' here")]
    [InlineData("$.employees[0].salary", "$.employees[0]: the format has no member 'salary' here")]
    [InlineData("$.employees[0][0]", "$.employees[0][0]: not an array in the format")]
    [InlineData("$['a b']", "$: the format has no member 'a b' here")]
    [InlineData("employees", "the path does not start with $")]
    public void SchemaPaths_PathOutsideTheFormat_IsAProblem(string path, string problem) => Assert.Equal(problem, Schema.Problem(path));

    [Theory]
    [InlineData("The JSON value could not be converted to System.Int32.", "framework wording: 'System.'")]
    [InlineData("invalid value: Either the JSON value is not in a supported format, or is out of bounds for an Int32.", "framework wording: 'Int32'")]
    [InlineData("Cannot get the value of a token type 'String' as a number.", "framework wording: 'token type'")]
    [InlineData("An EmployeeId must not be blank.", "a type name: 'EmployeeId'")]
    [InlineData("expected a whole number between 1 and 100", "the reason does not end with a full stop")]
    public void MessageRules_FrameworkWording_IsAProblem(string reason, string problem) => Assert.Equal(problem, MessageRules.Problem(reason));

    [Theory]
    [InlineData("expected a whole number between 1 and 100 (the job level), found 2.5 (line 1, position 30).")]
    [InlineData("unknown member 'System.Int32'; an employee has the members id and name.")]
    public void MessageRules_DomainWords_AreNoProblem(string reason) => Assert.Null(MessageRules.Problem(reason));
}
