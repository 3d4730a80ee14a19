using NodaTime;

namespace PerfDomain.Policies.Facts;

/// <summary>
/// Where <see cref="EvaluationDate"/> reports the next day an answer it gave can change, while a partition listens on
/// the current thread; a no-op otherwise (batch evaluations, tests, hosts reading facts).
/// </summary>
internal static class DateHorizon
{
    [ThreadStatic]
    private static IDateHorizonListener? t_listener;

    /// <summary>Gets whether a partition listens on this thread.</summary>
    public static bool IsObserved => t_listener is not null;

    /// <summary>Reports that an answer just given may differ from <paramref name="day"/> on.</summary>
    /// <param name="day">The first day it may differ.</param>
    public static void ChangesOn(LocalDate day) => t_listener?.ChangesOn(day);

    /// <summary>A number of days after a date, or none past the end of the calendar (parameters may be very large).</summary>
    /// <param name="date">The date.</param>
    /// <param name="days">How many days after it, from 0.</param>
    /// <returns>The day, or <see langword="null"/> past <see cref="LocalDate.MaxIsoValue"/>.</returns>
    public static LocalDate? DaysAfter(LocalDate date, int days) =>
        days <= Period.DaysBetween(date, LocalDate.MaxIsoValue) ? date.PlusDays(days) : null;

    /// <summary>Listens on this thread until the returned scope is disposed.</summary>
    /// <param name="listener">The listener, or <see langword="null"/> for none.</param>
    /// <returns>The scope, which puts back the listener before it.</returns>
    public static Scope Listen(IDateHorizonListener? listener)
    {
        var previous = t_listener;
        t_listener = listener;
        return new Scope(previous);
    }

    /// <summary>Puts back the listener that was there before <see cref="Listen"/>.</summary>
    public readonly struct Scope(IDateHorizonListener? previous) : IDisposable
    {
        /// <inheritdoc/>
        public void Dispose() => t_listener = previous;
    }
}
