using NodaTime;

namespace PerfDomain.Policies.Tests.TestSupport;

internal static class Dates
{
    public static LocalDate D(int year, int month, int day) => new(year, month, day);
}
