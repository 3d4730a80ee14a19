using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PerfDomain.Fuzz.Fuzzing;

/// <summary>What a run does: how many cases, from which seed, on how many threads.</summary>
public sealed record FuzzOptions
{
    /// <summary>Gets how many cases to run.</summary>
    public long Cases { get; init; } = 10_000;

    /// <summary>Gets the seed every case's choices derive from: case <c>i</c> of seed <c>s</c> is the same input on any machine.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Gets the first case's index (to run one case again, or a range).</summary>
    public long First { get; init; }

    /// <summary>Gets how many threads run cases; each case is independent of the others.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Gets the percentage of cases that mutate the 650 KB sample (the rest: the format's example and small synthetic organisations).</summary>
    public int SamplePercent { get; init; } = 8;

    /// <summary>Gets the percentage of cases that mutate a parameter file.</summary>
    public int ParametersPercent { get; init; } = 10;

    /// <summary>Gets after how many findings the run stops.</summary>
    public int MaxFindings { get; init; } = 20;

    /// <summary>Gets how long one case may run before the run reports it as hung (0: never).</summary>
    public int HangSeconds { get; init; }
}

/// <summary>One input: where it came from and what was done to it.</summary>
/// <param name="Index">The case's index in its run.</param>
/// <param name="Seed">The seed it mutates.</param>
/// <param name="Mutations">What was done, one line each.</param>
/// <param name="Base">The bytes it was made from (the seed, compact or as written).</param>
/// <param name="Input">The bytes read.</param>
public sealed record FuzzCase(long Index, Seed Seed, IReadOnlyList<string> Mutations, byte[] Base, byte[] Input)
{
    /// <summary>The changed part of the input, with some context: what to look at first.</summary>
    /// <param name="maxChars">The most characters to show.</param>
    /// <returns>The excerpt.</returns>
    public string Excerpt(int maxChars = 1200)
    {
        var first = 0;
        while (first < Base.Length && first < Input.Length && Base[first] == Input[first])
        {
            first++;
        }

        var last = 0;
        while (last < Base.Length - first && last < Input.Length - first && Base[^(last + 1)] == Input[^(last + 1)])
        {
            last++;
        }

        var from = Math.Max(0, first - 120);
        var to = Math.Min(Input.Length, Input.Length - last + 120);
        var text = Encoding.UTF8.GetString(Input, from, Math.Max(0, to - from));
        if (text.Length > maxChars)
        {
            text = text[..(maxChars / 2)] + $" …[{text.Length - maxChars:N0} characters]… " + text[^(maxChars / 2)..];
        }

        return $"bytes {from:N0}..{to:N0} of {Input.Length:N0}: {text}";
    }
}

/// <summary>A case whose outcome the contract does not allow.</summary>
/// <param name="Case">The case.</param>
/// <param name="Outcome">What happened.</param>
public sealed record Finding(FuzzCase Case, CaseOutcome Outcome)
{
    /// <summary>The finding in a few lines: the case, how to run it again, what was done, what happened, the input's changed part.</summary>
    /// <param name="seed">The run's seed.</param>
    /// <returns>The text.</returns>
    public string Describe(int seed)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"case {Case.Index} of seed {seed} ({Case.Seed.Name}; again: dotnet run -c Release --project tools/PerfDomain.Fuzz -- --seed {seed} --case {Case.Index})");
        foreach (var mutation in Case.Mutations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  mutation: {mutation}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  at {Outcome.Stage}: {Outcome.Problem}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  input {Case.Excerpt()}");
        return text.ToString();
    }
}

/// <summary>What a run found, and how fast it went.</summary>
public sealed class FuzzReport
{
    /// <summary>Gets the options of the run.</summary>
    public required FuzzOptions Options { get; init; }

    /// <summary>Gets how many cases ran.</summary>
    public long Cases { get; init; }

    /// <summary>Gets how many cases were snapshots (the rest: parameter files).</summary>
    public long SnapshotCases { get; init; }

    /// <summary>Gets how many inputs were accepted and went through evaluation.</summary>
    public long Accepted { get; init; }

    /// <summary>Gets how many inputs were refused with a good message.</summary>
    public long Refused { get; init; }

    /// <summary>Gets the findings, by case index.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Gets how many times each reason was given (positions left out).</summary>
    public required IReadOnlyDictionary<string, long> Reasons { get; init; }

    /// <summary>Gets how many times each kind of reason was given (numbers and quoted values left out).</summary>
    public required IReadOnlyDictionary<string, long> Templates { get; init; }

    /// <summary>Gets how long the run took.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Gets the slowest case: its index and time.</summary>
    public (long Index, TimeSpan Time, string Seed) Slowest { get; init; }

    /// <summary>Gets cases per second.</summary>
    public double CasesPerSecond => Cases / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>A summary of the run, with the first findings in full.</summary>
    /// <param name="findingsShown">How many findings to describe.</param>
    /// <param name="templatesShown">How many of the most frequent kinds of reason to list.</param>
    /// <returns>The text.</returns>
    public string Summary(int findingsShown = 3, int templatesShown = 0)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"seed {Options.Seed}, cases {Options.First:N0}..{Options.First + Cases - 1:N0}: {Cases:N0} cases ({SnapshotCases:N0} snapshots, {Cases - SnapshotCases:N0} parameter files) in {Elapsed.TotalSeconds:N1} s, {CasesPerSecond:N0} cases/s on {Options.Threads} thread(s)");
        text.AppendLine(c, $"accepted {Accepted:N0}, refused {Refused:N0}, findings {Findings.Count:N0}");
        text.AppendLine(c, $"distinct reasons {Reasons.Count:N0}, distinct kinds of reason {Templates.Count:N0}");
        text.AppendLine(c, $"slowest case {Slowest.Index} ({Slowest.Seed}): {Slowest.Time.TotalMilliseconds:N0} ms");
        foreach (var (template, count) in Templates.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(templatesShown))
        {
            text.AppendLine(c, $"  {count,9:N0}  {(template.Length > 160 ? template[..160] + "…" : template)}");
        }

        foreach (var finding in Findings.Take(findingsShown))
        {
            text.AppendLine().Append(finding.Describe(Options.Seed));
        }

        if (Findings.Count > findingsShown)
        {
            text.AppendLine(c, $"… and {Findings.Count - findingsShown} more findings");
        }

        return text.ToString();
    }
}

/// <summary>Makes and runs cases.</summary>
public static class FuzzRunner
{
    /// <summary>Makes case <paramref name="index"/> of a run: the same bytes for the same options, corpus and index.</summary>
    /// <param name="corpus">The seeds.</param>
    /// <param name="options">The run's options.</param>
    /// <param name="index">The case's index.</param>
    /// <param name="rng">The case's random source, for the choices the oracle makes afterwards.</param>
    /// <returns>The case.</returns>
    public static FuzzCase Make(Corpus corpus, FuzzOptions options, long index, out Random rng)
    {
        rng = new Random(Mix(options.Seed, index));
        Seed seed;
        if (rng.Next(100) < options.ParametersPercent)
        {
            seed = corpus.Parameters[rng.Next(corpus.Parameters.Count)];
        }
        else
        {
            var roll = rng.Next(100);
            seed = roll < options.SamplePercent ? corpus.Sample
                : roll < options.SamplePercent + 25 ? corpus.Example
                : corpus.SyntheticSeeds[rng.Next(corpus.SyntheticSeeds.Count)];
        }

        var mutations = new List<string>();
        var draft = new Draft(seed);
        var mode = rng.Next(100);
        byte[] input;
        byte[] basis;
        if (mode < 55)
        {
            mutations.AddRange(TreeMutator.Mutate(draft, rng));
            basis = new Draft(seed).Write();
            input = draft.Write();
        }
        else if (mode < 85)
        {
            basis = rng.Next(2) == 0 ? seed.Text : draft.Write();
            input = ByteMutator.Mutate(basis, corpus.Snapshots.Contains(seed) ? [seed, .. corpus.Snapshots.Where(s => s != corpus.Sample)] : corpus.Parameters, rng, mutations);
        }
        else
        {
            mutations.AddRange(TreeMutator.Mutate(draft, rng));
            basis = new Draft(seed).Write();
            input = ByteMutator.Mutate(draft.Write(), [seed], rng, mutations);
        }

        if (input.AsSpan().SequenceEqual(basis))
        {
            // A mutation that changed nothing (a value replaced by itself, a cycle with nothing to close): a byte more.
            input = ByteMutator.Mutate(input, [seed], rng, mutations);
        }

        return new FuzzCase(index, seed, mutations, basis, input);
    }

    /// <summary>Runs cases and reports what they found.</summary>
    /// <param name="corpus">The seeds.</param>
    /// <param name="oracle">The judge.</param>
    /// <param name="options">What to run.</param>
    /// <param name="progress">Told every so often how far the run is, or <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <param name="hung">Called, from a timer, with a case that has run longer than <see cref="FuzzOptions.HangSeconds"/> (it cannot be stopped in-process).</param>
    public static FuzzReport Run(Corpus corpus, Oracle oracle, FuzzOptions options, Action<string>? progress = null, Action<long, TimeSpan>? hung = null)
    {
        var running = new ConcurrentDictionary<int, (long Index, long Started)>();
        using var watchdog = options.HangSeconds <= 0 || hung is null ? null : new Timer(
            _ =>
            {
                foreach (var (index, started) in running.Values)
                {
                    if (Stopwatch.GetElapsedTime(started) is var time && time.TotalSeconds > options.HangSeconds)
                    {
                        hung(index, time);
                    }
                }
            },
            null,
            TimeSpan.FromSeconds(5),
            TimeSpan.FromSeconds(5));
        var findings = new ConcurrentBag<Finding>();
        var reasons = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var templates = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        long accepted = 0, refused = 0, snapshots = 0, done = 0;
        var slowest = (Index: -1L, Time: TimeSpan.Zero, Seed: string.Empty);
        var gate = new object();
        var clock = Stopwatch.StartNew();
        var last = first();

        Parallel.For(options.First, options.First + options.Cases, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, (index, loop) =>
        {
            var started = Stopwatch.GetTimestamp();
            running[Environment.CurrentManagedThreadId] = (index, started);
            FuzzCase fuzzCase;
            Random rng;
            try
            {
                fuzzCase = Make(corpus, options, index, out rng);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NullReferenceException or InvalidCastException)
            {
                // A mutator's own bug: reported as a finding of the harness, never hidden.
                findings.Add(new Finding(new FuzzCase(index, corpus.Example, [$"harness: {ex.GetType().Name}: {ex.Message}"], [], []), new CaseOutcome(Verdict.Finding, null, "harness: the mutator failed: " + ex, "mutate")));
                return;
            }

            var outcome = oracle.Check(fuzzCase.Seed.Kind, fuzzCase.Input, rng);
            var time = Stopwatch.GetElapsedTime(started);
            if (fuzzCase.Seed.Kind == InputKind.Snapshot)
            {
                Interlocked.Increment(ref snapshots);
            }

            switch (outcome.Verdict)
            {
                case Verdict.Accepted:
                    Interlocked.Increment(ref accepted);
                    break;
                case Verdict.Refused:
                    Interlocked.Increment(ref refused);
                    var reason = MessageRules.WithoutPosition(outcome.Reason!);
                    reasons.AddOrUpdate(reason, 1, (_, n) => n + 1);
                    templates.AddOrUpdate(MessageRules.Template(reason), 1, (_, n) => n + 1);
                    break;
                default:
                    findings.Add(new Finding(fuzzCase, outcome));
                    progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"finding in case {index} ({fuzzCase.Seed.Name}) at {outcome.Stage}: {outcome.Problem?.Split('\n')[0]}"));
                    if (findings.Count >= options.MaxFindings)
                    {
                        loop.Stop();
                    }

                    break;
            }

            running.TryRemove(Environment.CurrentManagedThreadId, out _);
            lock (gate)
            {
                if (time > slowest.Time)
                {
                    slowest = (index, time, fuzzCase.Seed.Name);
                }

                done++;
                if (progress is not null && clock.Elapsed - last > TimeSpan.FromSeconds(30))
                {
                    last = clock.Elapsed;
                    progress(string.Create(CultureInfo.InvariantCulture, $"{done:N0} cases in {clock.Elapsed.TotalSeconds:N0} s ({done / clock.Elapsed.TotalSeconds:N0}/s): accepted {Interlocked.Read(ref accepted):N0}, findings {findings.Count}"));
                }
            }
        });

        return new FuzzReport
        {
            Options = options,
            Cases = done,
            SnapshotCases = snapshots,
            Accepted = accepted,
            Refused = refused,
            Findings = [.. findings.OrderBy(f => f.Case.Index)],
            Reasons = reasons,
            Templates = templates,
            Elapsed = clock.Elapsed,
            Slowest = slowest,
        };

        static TimeSpan first() => TimeSpan.Zero;
    }

    // SplitMix64 of the seed and the index: independent, reproducible streams per case.
    private static int Mix(int seed, long index)
    {
        var z = ((ulong)(uint)seed << 32) + (ulong)index + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
    }
}
