using System.Text;

namespace PerfDomain.Rules.Diagnostics;

/// <summary>Why a rule currently has (or has no) match: one diagnosis per alternative.</summary>
/// <remarks>A snapshot: it does not change when the session does.</remarks>
public sealed class WhyNotReport
{
    internal WhyNotReport(string ruleName, bool hasMatch, IReadOnlyList<WhyNotBranch> branches)
    {
        RuleName = ruleName;
        HasMatch = hasMatch;
        Branches = branches;
    }

    /// <summary>Gets the rule's name.</summary>
    public string RuleName { get; }

    /// <summary>Gets a value indicating whether the rule currently has at least one match.</summary>
    public bool HasMatch { get; }

    /// <summary>Gets the diagnosis of each alternative.</summary>
    public IReadOnlyList<WhyNotBranch> Branches { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("Rule '").Append(RuleName).Append("' ").Append(HasMatch ? "has a match." : "has no match.");
        foreach (var branch in Branches)
        {
            text.AppendLine().Append("  ").Append(branch.Explanation);
            foreach (var candidate in branch.ClosestFacts)
            {
                text.AppendLine().Append("    - ").Append(candidate);
            }
        }

        return text.ToString();
    }
}
