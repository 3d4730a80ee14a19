using NRules.Fluent.Dsl;

namespace PerfDomain.Benchmarks.Rules;

/// <summary>A decimal digit as a type, so that a rule's parameter can be part of its (closed generic) type.</summary>
public interface IDigit
{
    static abstract int Value { get; }
}

/// <summary>A rule parameter carried by a type.</summary>
public interface IRuleParameter
{
    static abstract int Value { get; }
}

public sealed class D0 : IDigit { public static int Value => 0; }

public sealed class D1 : IDigit { public static int Value => 1; }

public sealed class D2 : IDigit { public static int Value => 2; }

public sealed class D3 : IDigit { public static int Value => 3; }

public sealed class D4 : IDigit { public static int Value => 4; }

public sealed class D5 : IDigit { public static int Value => 5; }

public sealed class D6 : IDigit { public static int Value => 6; }

public sealed class D7 : IDigit { public static int Value => 7; }

public sealed class D8 : IDigit { public static int Value => 8; }

public sealed class D9 : IDigit { public static int Value => 9; }

/// <summary>A three-digit number 0…999 as a type.</summary>
public sealed class Number<THundreds, TTens, TUnits> : IRuleParameter
    where THundreds : IDigit
    where TTens : IDigit
    where TUnits : IDigit
{
    public static int Value => (THundreds.Value * 100) + (TTens.Value * 10) + TUnits.Value;
}

/// <summary>
/// NRules' rule-count benchmark rule <c>fact.Value % index == 0</c>, with <c>index</c> = <typeparamref name="TIndex"/>'s
/// value + 1. 1,000 distinct rules are 1,000 closed types of this one class: each is its own rule class with its own
/// name (its full type name) and its own condition, so that NRules' <c>RuleRepository</c> loads them like hand-written
/// classes and the load-and-compile path can be measured end to end. (Both runtimes also compile rule definitions built
/// any other way, for example with NRules' <c>RuleBuilder</c>.)
/// </summary>
/// <typeparam name="TIndex">The rule's parameter.</typeparam>
public sealed class ModuloRule<TIndex> : Rule
    where TIndex : IRuleParameter
{
    public override void Define()
    {
        var divisor = TIndex.Value + 1;
        OneFact fact = null!;
        When().Match(() => fact, f => f.Value % divisor == 0);
        Then().Do(_ => Sink.Nothing());
    }
}

/// <summary>Makes the closed rule types.</summary>
public static class GeneratedRules
{
    private static readonly Type[] Digits =
        [typeof(D0), typeof(D1), typeof(D2), typeof(D3), typeof(D4), typeof(D5), typeof(D6), typeof(D7), typeof(D8), typeof(D9)];

    /// <summary>Gets the rule types for divisors 1…<paramref name="count"/> (at most 1,000).</summary>
    /// <param name="count">The number of rules.</param>
    /// <returns>The types, in divisor order.</returns>
    public static Type[] ModuloRules(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 1000);
        var types = new Type[count];
        for (var i = 0; i < count; i++)
        {
            var parameter = typeof(Number<,,>).MakeGenericType(Digits[i / 100], Digits[i / 10 % 10], Digits[i % 10]);
            types[i] = typeof(ModuloRule<>).MakeGenericType(parameter);
        }

        return types;
    }

    /// <summary>Gets the divisors the rules of <see cref="ModuloRules"/> test, for hand-written baselines.</summary>
    /// <param name="count">The number of rules.</param>
    /// <returns>1…<paramref name="count"/>.</returns>
    public static int[] Divisors(int count) => Enumerable.Range(1, count).ToArray();
}
