using System.Globalization;
using System.Text;

namespace PerfDomain.Policies.Decisions.Json;

/// <summary>The JSON path of the value being read, such as <c>$.decisions[3].explanation.facts[0].values</c>.</summary>
internal sealed class JsonPath
{
    private readonly List<object> _segments = [];

    public void Push(string member) => _segments.Add(member);

    public void Push(int index) => _segments.Add(index);

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    public DecisionFormatException Error(string reason, Exception? inner = null) => new(ToString(), reason, null, inner);

    /// <summary>An error at a member of the current object, which need not have been pushed.</summary>
    public DecisionFormatException Error(string member, string reason)
    {
        Push(member);
        var error = Error(reason);
        Pop();
        return error;
    }

    public override string ToString()
    {
        var path = new StringBuilder("$");
        foreach (var segment in _segments)
        {
            if (segment is int index)
            {
                path.Append(CultureInfo.InvariantCulture, $"[{index}]");
            }
            else if (segment is string member && IsPlain(member))
            {
                path.Append('.').Append(member);
            }
            else
            {
                path.Append("['").Append(((string)segment).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
            }
        }

        return path.ToString();
    }

    private static bool IsPlain(string member) =>
        member.Length > 0 && !char.IsAsciiDigit(member[0]) && member.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
