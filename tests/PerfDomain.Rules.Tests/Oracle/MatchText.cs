using System.Globalization;
using NRules.RuleModel;

namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>Matches and facts as text, so that the two runtimes' results compare by value, not by object.</summary>
internal static class MatchText
{
    public static string Of(IMatch match) => Of(match.Rule.Name, match.Trigger, match.Facts);

    public static string Of(string rule, MatchTrigger trigger, IEnumerable<IFactMatch> facts) => Of(rule, trigger, facts, allOrdered: false);

    /// <summary>Describes a match with every collection in its own order.</summary>
    public static string InOrder(IMatch match) => Of(match.Rule.Name, match.Trigger, match.Facts, allOrdered: true);

    private static string Of(string rule, MatchTrigger trigger, IEnumerable<IFactMatch> facts, bool allOrdered) =>
        $"{rule}{(trigger == MatchTrigger.Removed ? "-undo" : string.Empty)}({string.Join(", ", facts.Select(f => $"{f.Declaration.Name}={Of(f.Value, ordered: allOrdered || f.Declaration.Name == "sorted")}"))})";

    public static string Of(object? value) => Of(value, ordered: false);

    // An unsorted collection is compared as a set: NRules lists elements in the order they reached the aggregate, which
    // after a retract follows its hash sets' reuse of freed slots (no contract); PerfDomain lists them by insertion.
    private static string Of(object? value, bool ordered) => value switch
    {
        null => "null",
        IGrouping<int, B> group => string.Create(CultureInfo.InvariantCulture, $"G{group.Key}{Elements(group, ordered)}"),
        IEnumerable<B> list => Elements(list, ordered),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static string Elements(IEnumerable<B> list, bool ordered)
    {
        var names = list.Select(b => b.ToString());
        return $"[{string.Join(",", ordered ? names : names.Order(StringComparer.Ordinal))}]";
    }
}
