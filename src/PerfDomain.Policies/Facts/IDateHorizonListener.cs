using NodaTime;

namespace PerfDomain.Policies.Facts;

/// <summary>Told by <see cref="DateHorizon"/> when an answer about the date can change.</summary>
internal interface IDateHorizonListener
{
    /// <summary>An answer just given, about the facts being evaluated, may differ from <paramref name="day"/> on.</summary>
    /// <param name="day">The first day it may differ.</param>
    void ChangesOn(LocalDate day);
}
