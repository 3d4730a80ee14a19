using FsCheck;
using FsCheck.Fluent;

namespace PerfDomain.Tests.Properties;

/// <summary>The status changes an employee can be asked for.</summary>
public enum StatusChange
{
    CompleteProbation,
    StartLeave,
    ReturnFromLeave,
    Terminate,
}

/// <summary>A status change to attempt, some days after the latest one (possibly before it).</summary>
public sealed record StatusAttempt(StatusChange Change, int DayOffset)
{
    public override string ToString() => $"{Change}@{DayOffset:+0;-0;0}";
}

/// <summary>A hire (on probation or not) and a sequence of status changes to attempt.</summary>
public sealed record StatusScenario(bool OnProbation, StatusAttempt[] Attempts)
{
    public override string ToString() => $"{(OnProbation ? "probation" : "active")}: {string.Join(", ", Attempts.Select(a => a.ToString()))}";
}

/// <summary>A valid identifier text: not blank, not padded, at most 40 characters, any mix of cases and inner spaces.</summary>
public sealed record IdText(string Value)
{
    public override string ToString() => $"\"{Value}\"";
}

/// <summary>Generators of valid employee-area values.</summary>
public static class EmployeesArbitraries
{
    private static readonly char[] Edge = "aAbBzZ09-_é".ToCharArray();
    private static readonly char[] Inner = "aAbBzZ09-_é .".ToCharArray();

    public static Arbitrary<StatusScenario> Statuses() => Arb.From(
        Gen.Sized(size =>
            from onProbation in Gen.Elements(true, false)
            from attempts in Attempt().ListOf(Math.Clamp(size, 1, 20))
            select new StatusScenario(onProbation, [.. attempts])),
        s => ShrinkList.Smaller(s.Attempts).Select(a => s with { Attempts = a }));

    public static Arbitrary<IdText> Ids() => Arb.From(
        Gen.Sized(size =>
            from first in Gen.Elements(Edge)
            from middle in Gen.Elements(Inner).ArrayOf(Math.Clamp(size, 0, 38))
            from last in Gen.Elements(Edge)
            from single in Gen.Elements(true, false)
            select new IdText(single ? first.ToString() : first + new string(middle) + last)),
        id => id.Value.Length > 1 ? new[] { new IdText(id.Value[..1]), new IdText(id.Value[..^1].TrimEnd()) } : Array.Empty<IdText>());

    private static Gen<StatusAttempt> Attempt() =>
        from change in Gen.Elements(Enum.GetValues<StatusChange>())
        from offset in Gen.Frequency((5, Gen.Choose(0, 60)), (1, Gen.Choose(-10, -1)))
        select new StatusAttempt(change, offset);
}
