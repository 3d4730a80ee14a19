using System.Collections;
using System.Diagnostics.CodeAnalysis;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Policies.Decisions;

/// <summary>The parameters an explanation cites, formatted on first read (see <see cref="DeferredFactReferences"/> for why).</summary>
internal sealed class DeferredParameterValues(DecisionParameter[] parameters) : IReadOnlyDictionary<string, string>
{
    private IReadOnlyDictionary<string, string>? _formatted;

    public int Count => Formatted.Count;

    public IEnumerable<string> Keys => Formatted.Keys;

    public IEnumerable<string> Values => Formatted.Values;

    public string this[string key] => Formatted[key];

    public bool ContainsKey(string key) => Formatted.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => Formatted.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => Formatted.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IReadOnlyDictionary<string, string> Formatted
    {
        get
        {
            if (Volatile.Read(ref _formatted) is { } formatted)
            {
                return formatted;
            }

            var fresh = FactFormat.Values(Array.ConvertAll(parameters, p => (p.Name, p.Value)));
            return Interlocked.CompareExchange(ref _formatted, fresh, null) ?? fresh;
        }
    }
}
