using System.Globalization;
using NodaTime;

namespace PerfDomain.Policies.Decisions;

/// <summary>
/// A reason sentence whose <see cref="AsOfPhrase"/>s are written when it is read, for the as-of date of the
/// explanation it belongs to: "overdue by 3 days" today is "overdue by 4 days" tomorrow without the decision changing.
/// </summary>
/// <remarks>Made by <c>PolicyRule.Reason</c> from an interpolated string; every other value in it is written in invariant culture, with the format the string gives it.</remarks>
public sealed class ReasonTemplate
{
    private readonly string _format;
    private readonly object?[] _arguments;

    internal ReasonTemplate(FormattableString text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _format = text.Format;
        _arguments = text.GetArguments();
    }

    /// <summary>Writes the sentence as of a date.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The sentence.</returns>
    public string WriteAsOf(LocalDate asOf)
    {
        var arguments = new object?[_arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = _arguments[i] is AsOfPhrase phrase ? phrase.WriteAsOf(asOf) : _arguments[i];
        }

        return string.Format(CultureInfo.InvariantCulture, _format, arguments);
    }
}
