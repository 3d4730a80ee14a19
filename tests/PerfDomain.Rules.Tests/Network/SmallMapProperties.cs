using FsCheck.Xunit;
using PerfDomain.Rules.Network;

namespace PerfDomain.Rules.Tests.Network;

/// <summary>
/// <see cref="SmallMap{TKey, TValue}"/> stands in for the dictionaries a partial match and an activation held: the same
/// contents and, since the order of matches decides the order of retractions, the same enumeration order.
/// </summary>
public class SmallMapProperties
{
    /// <summary>Each operation is (kind, key, value): kind 0 adds (if absent), 1 sets, 2 removes, 3 clears.</summary>
    [Property(MaxTest = 500)]
    public void Operations_LeaveTheSameEntriesInTheSameOrderAsADictionary((byte Kind, byte Key, int Value)[] operations)
    {
        var map = new SmallMap<int, int>();
        var dictionary = new Dictionary<int, int>();
        foreach (var (kind, rawKey, value) in operations)
        {
            var key = rawKey % 6;
            switch (kind % 4)
            {
                case 0 when !dictionary.ContainsKey(key):
                    map.Add(key, value);
                    dictionary.Add(key, value);
                    break;
                case 0:
                    Assert.Throws<ArgumentException>(() => map.Add(key, value));
                    break;
                case 1:
                    map[key] = value;
                    dictionary[key] = value;
                    break;
                case 2:
                    Assert.Equal(dictionary.Remove(key, out var expected), map.Remove(key, out var actual));
                    Assert.Equal(expected, actual);
                    break;
                default:
                    map.Clear();
                    dictionary.Clear();
                    break;
            }

            Assert.Equal(dictionary.Count, map.Count);
            Assert.Equal(dictionary.ToList(), map.ToList());
            Assert.Equal(dictionary.Keys, map.Keys);
            Assert.Equal(dictionary.Values, map.Values);
            Assert.Equal(dictionary.ContainsKey(key), map.ContainsKey(key));
        }
    }
}
