using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using NodaTime;

namespace PerfDomain;

/// <summary>The domain's own guard clauses, next to Ardalis' general ones.</summary>
internal static class DomainGuards
{
    internal const int MaxIdentifierLength = 200;

    /// <summary>Rejects text that cannot be an identifier: blank, too long, or padded with white space.</summary>
    public static string InvalidIdentifier(this IGuardClause guard, string? value, string kind, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guard;
        return EntityIdText.Check(value) switch
        {
            EntityIdText.Problem.None => value!,
            EntityIdText.Problem.Blank => throw new ArgumentException($"{Article(kind)} {kind} must not be blank.", parameterName),
            EntityIdText.Problem.TooLong => throw new ArgumentException($"{Article(kind)} {kind} must be at most {MaxIdentifierLength} characters long; '{value![..20]}…' has {value.Length}.", parameterName),
            _ => throw new ArgumentException($"{Article(kind)} {kind} must not start or end with white space: '{value}'.", parameterName),
        };
    }

    /// <summary>Rejects a whole number outside a range, naming the value and the range.</summary>
    public static int OutOfRange(this IGuardClause guard, int value, int minimum, int maximum, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guard;
        if (value < minimum || value > maximum)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} is {value}; it must be between {minimum} and {maximum}.");
        }

        return value;
    }

    /// <summary>Rejects an identifier that was never initialised (<c>default(EmployeeId)</c>).</summary>
    public static T DefaultId<T>(this IGuardClause guard, T id, [CallerArgumentExpression(nameof(id))] string? parameterName = null)
        where T : struct, IEntityId<T>
    {
        _ = guard;
        if (id.Value is null || id.Value.Length == 0)
        {
            throw new ArgumentException($"The {typeof(T).Name} must be set; default({typeof(T).Name}) is not an identifier.", parameterName);
        }

        return id;
    }

    /// <summary>Rejects an optional identifier that is present but was never initialised.</summary>
    public static T? DefaultId<T>(this IGuardClause guard, T? id, [CallerArgumentExpression(nameof(id))] string? parameterName = null)
        where T : struct, IEntityId<T>
    {
        if (id is { } value)
        {
            DefaultId(guard, value, parameterName);
        }

        return id;
    }

    private static string Article(string kind) => "AEIOU".Contains(kind[0], StringComparison.Ordinal) ? "An" : "A";

    /// <summary>Rejects a date before another one.</summary>
    public static LocalDate DateBefore(this IGuardClause guard, LocalDate value, LocalDate earliest, string earliestName, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guard;
        if (value < earliest)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} ({value:uuuu-MM-dd}) must not be before {earliestName} ({earliest:uuuu-MM-dd}).");
        }

        return value;
    }

    /// <summary>Rejects text that is blank or longer than <paramref name="maxLength"/>.</summary>
    public static string InvalidText(this IGuardClause guard, string? value, int maxLength, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guard;
        if (value is null)
        {
            throw new ArgumentNullException(parameterName, $"{parameterName} is required.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{parameterName} must not be blank.", parameterName);
        }

        if (value.Length > maxLength)
        {
            throw new ArgumentException($"{parameterName} must be at most {maxLength} characters long; it has {value.Length}.", parameterName);
        }

        return value;
    }
}
