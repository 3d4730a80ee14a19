using System.Globalization;
using FsCheck;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using NodaTime;
using PerfDomain.Snapshots;

namespace PerfDomain.Testing.Laws;

/// <summary>How a law's run ended.</summary>
public enum PolicyLawStatus
{
    /// <summary>Every test passed.</summary>
    Passed = 0,

    /// <summary>A test failed; the result holds the shrunk counterexample and the replay seed.</summary>
    Failed = 1,

    /// <summary>Too many generated values were rejected (discarded) before enough tests passed.</summary>
    Exhausted = 2,
}

/// <summary>
/// The seed and size that reproduce one generated example exactly: pass it to
/// <see cref="PolicyLawRunner.Replay(PolicyLaw, PolicyLawReplay)"/>. Its text form is
/// <c>"seed,gamma,size"</c> (see <see cref="Parse(string)"/>).
/// </summary>
/// <param name="Seed">FsCheck's random seed.</param>
/// <param name="Gamma">FsCheck's random gamma.</param>
/// <param name="Size">FsCheck's size.</param>
public sealed record PolicyLawReplay(ulong Seed, ulong Gamma, int Size)
{
    /// <summary>Reads the text form <c>"seed,gamma,size"</c> (brackets and spaces allowed).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The replay.</returns>
    /// <exception cref="FormatException">The text is not of that form.</exception>
    public static PolicyLawReplay Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Trim('(', ')').Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 3
            || !ulong.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            || !ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var gamma)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            throw new FormatException($"'{text}' is not a replay seed of the form 'seed,gamma,size'.");
        }

        return new PolicyLawReplay(seed, gamma, size);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Seed},{Gamma},{Size}");
}

/// <summary>What running one law found.</summary>
/// <param name="Law">The law.</param>
/// <param name="Status">How the run ended.</param>
/// <param name="Tests">How many tests ran.</param>
/// <param name="Shrinks">How many times a failing example was shrunk.</param>
/// <param name="Message">Why it failed (the exception's message), or <see langword="null"/>.</param>
/// <param name="Arguments">The shrunk failing arguments, or empty.</param>
/// <param name="Replay">The seed and size that reproduce the failure (before shrinking), or <see langword="null"/>.</param>
public sealed record PolicyLawResult(
    PolicyLaw Law,
    PolicyLawStatus Status,
    int Tests,
    int Shrinks,
    string? Message,
    IReadOnlyList<object> Arguments,
    PolicyLawReplay? Replay)
{
    /// <summary>Gets a value indicating whether the law held.</summary>
    public bool Passed => Status == PolicyLawStatus.Passed;

    /// <summary>Gets the shrunk counterexample organisation: the first snapshot among <see cref="Arguments"/>, or <see langword="null"/>.</summary>
    public OrganizationSnapshot? Counterexample => Arguments.OfType<OrganizationSnapshot>().FirstOrDefault();

    /// <summary>Gets the as-of date of the counterexample, for laws made with <see cref="PolicyLaws.Law(string, string, FsCheck.Arbitrary{OrganizationSnapshot}?, Action{OrganizationSnapshot, LocalDate})"/> and the built-in laws (the second argument is the offset from the reference date), or <see langword="null"/>.</summary>
    public LocalDate? CounterexampleAsOf =>
        Counterexample is { } snapshot && Arguments.Count > 1 && Arguments[1] is int offset ? PolicyLaws.ReferenceOf(snapshot).PlusDays(offset) : null;

    /// <inheritdoc/>
    public override string ToString()
    {
        var head = string.Create(CultureInfo.InvariantCulture, $"{Law.Name}: {Status} after {Tests} test(s)");
        if (Status != PolicyLawStatus.Failed)
        {
            return head;
        }

        var example = Counterexample is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"{s.OrganizationName} ({s.Employees.Count} employees, {s.Cycles.Count} cycles){(CounterexampleAsOf is { } d ? $" as of {d:uuuu-MM-dd}" : string.Empty)}")
            : string.Join(", ", Arguments);
        return string.Create(CultureInfo.InvariantCulture, $"{head} and {Shrinks} shrink(s): {Message}{Environment.NewLine}  counterexample: {example}{Environment.NewLine}  replay: {Replay}");
    }
}

/// <summary>
/// Runs policy laws with FsCheck and reports each result, without throwing: for a command-line
/// check, or a test that asserts on the results.
/// </summary>
public static class PolicyLawRunner
{
    /// <summary>Runs each law.</summary>
    /// <param name="laws">The laws, e.g. <see cref="PolicyLaws.All(PerfDomain.Policies.Evaluation.PolicyEngine)"/>.</param>
    /// <param name="maxTest">How many tests per law; at least 1.</param>
    /// <param name="seed">The seed to start from, for a reproducible run; <see langword="null"/> for a random one.</param>
    /// <returns>One result per law, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxTest"/> is less than 1.</exception>
    public static IReadOnlyList<PolicyLawResult> Check(IEnumerable<PolicyLaw> laws, int maxTest, int? seed)
    {
        ArgumentNullException.ThrowIfNull(laws);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTest, 1);
        var replay = seed is { } s ? FSharpOption<Replay>.Some(new Replay(new Rnd(unchecked((ulong)s)), FSharpOption<int>.None)) : FSharpOption<Replay>.None;
        return laws.Select(law => Run(law, Config.Quick.WithMaxTest(maxTest).WithReplay(replay))).ToList();
    }

    /// <summary>Runs one law on exactly the example a failed run reported (<see cref="PolicyLawResult.Replay"/>), then shrinks it again.</summary>
    /// <param name="law">The law.</param>
    /// <param name="replay">The seed and size to replay.</param>
    /// <returns>The result.</returns>
    public static PolicyLawResult Replay(PolicyLaw law, PolicyLawReplay replay)
    {
        ArgumentNullException.ThrowIfNull(law);
        ArgumentNullException.ThrowIfNull(replay);
        var config = Config.Quick.WithMaxTest(1).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(replay.Seed, replay.Gamma), FSharpOption<int>.Some(replay.Size))));
        return Run(law, config);
    }

    private static PolicyLawResult Run(PolicyLaw law, Config config)
    {
        ArgumentNullException.ThrowIfNull(law);
        var runner = new CollectingRunner();
        try
        {
            FsCheck.Check.One(config.WithName(law.Name).WithRunner(runner), law.Property());
        }
#pragma warning disable CA1031 // The runner reports every failure as a result, never throws.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new PolicyLawResult(law, PolicyLawStatus.Failed, 0, 0, $"the law could not run: {e.Message}", [], null);
        }

        return runner.Result switch
        {
            TestResult.Passed p => new PolicyLawResult(law, PolicyLawStatus.Passed, p.Item1.NumberOfTests, 0, null, [], null),
            TestResult.Exhausted x => new PolicyLawResult(law, PolicyLawStatus.Exhausted, x.Item.NumberOfTests, 0, "too many generated values were discarded", [], null),
            TestResult.Failed f => new PolicyLawResult(
                law,
                PolicyLawStatus.Failed,
                f.Item1.NumberOfTests,
                f.Item1.NumberOfShrinks,
                f.Item4 is Outcome.Failed { Item: { } exception } ? exception.Message : "the property was false",
                f.Item3.ToList(),
                new PolicyLawReplay(f.Item6.Seed, f.Item6.Gamma, f.Item7)),
            _ => new PolicyLawResult(law, PolicyLawStatus.Failed, 0, 0, "FsCheck reported no result", [], null),
        };
    }

    private sealed class CollectingRunner : IRunner
    {
        public TestResult? Result { get; private set; }

        public void OnStartFixture(Type t)
        {
        }

        public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every)
        {
        }

        public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink)
        {
        }

        public void OnFinished(string name, TestResult testResult) => Result = testResult;
    }
}
