using NodaTime;
using NodaTime.Text;
using PerfDomain.Snapshots;

namespace PerfDomain.Cli.Input;

/// <summary>Works out the as-of date of an evaluation.</summary>
internal static class AsOfDate
{
    /// <summary>The option's name, used in messages.</summary>
    public const string OptionName = "--as-of";

    /// <summary>
    /// Parses <c>--as-of</c> as an ISO date (<c>uuuu-MM-dd</c>); without it, takes the snapshot's
    /// <c>organization.referenceDate</c>.
    /// </summary>
    /// <param name="text">The option's value, or <see langword="null"/>.</param>
    /// <param name="input">The snapshot.</param>
    /// <returns>The as-of date.</returns>
    /// <exception cref="CliException">The text is not a date, or there is neither an option nor a reference date.</exception>
    public static LocalDate Resolve(string? text, SnapshotInput input)
    {
        if (text is not null)
        {
            return Parse(text);
        }

        return input.Snapshot.ReferenceDate
            ?? throw CliException.Usage($"{input.Source}: the snapshot has no organization.referenceDate; give the date with {OptionName} uuuu-MM-dd.");
    }

    /// <summary>How far from the snapshot's reference date an as-of date may be before the tool warns: its records then say little about that day.</summary>
    public const int WarningYears = 2;

    /// <summary>
    /// Gets a warning when the as-of date lies more than <see cref="WarningYears"/> years before or after the
    /// snapshot's reference date, where every check-in and review reads as long overdue (or not yet begun).
    /// </summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="input">The snapshot.</param>
    /// <returns>The warning, or <see langword="null"/> when the date is near the reference date or there is none.</returns>
    public static string? FarFromReference(LocalDate asOf, SnapshotInput input)
    {
        if (input.Snapshot.ReferenceDate is not { } reference || (asOf >= reference.PlusYears(-WarningYears) && asOf <= reference.PlusYears(WarningYears)))
        {
            return null;
        }

        var years = Math.Abs(Period.Between(reference, asOf, PeriodUnits.Years).Years);
        var side = asOf > reference ? "after" : "before";
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{OptionName} {asOf:uuuu-MM-dd} is more than {years} years {side} the snapshot's reference date, {reference:uuuu-MM-dd}; its records say little about that day, so check-ins and reviews read as long overdue or not yet due.");
    }

    /// <summary>Parses an ISO date.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="CliException">The text is not a valid ISO date (a usage error), or a date outside <see cref="OrganizationSnapshot.SupportedDates"/> (an input error, as a date the snapshot holds there would be).</exception>
    public static LocalDate Parse(string text)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            var supported = OrganizationSnapshot.SupportedDates;
            return result.Value >= supported.Start && result.Value <= supported.End
                ? result.Value
                : throw CliException.Input($"{OptionName}: {text} is outside the dates PerfDomain evaluates, {supported.Start:uuuu-MM-dd} to {supported.End:uuuu-MM-dd}.");
        }

        var detail = InputFile.OneLine(result.Exception.Message);
        var cut = detail.IndexOf(" Value being parsed:", StringComparison.Ordinal);
        detail = cut >= 0 ? detail[..cut] : detail;
        throw CliException.Usage($"{OptionName}: '{text}' is not a valid date (expected uuuu-MM-dd, such as 2026-11-16): {detail}");
    }
}
