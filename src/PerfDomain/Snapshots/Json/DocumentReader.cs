using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// Reads one document of the snapshot format straight from UTF-8, member by member, for the common case
/// only. Every value goes through the converter the serializer's own metadata gives its member, so the
/// same values are accepted and made; anything else — an unknown or repeated member, a value of the
/// wrong kind, one a converter refuses — makes <see cref="TryRead"/> give up, and the caller reads the
/// element again with <see cref="JsonSerializer"/>, which reports the problem in the format's words at
/// its path. So this reader never decides what is an error: it only skips the serializer's per-element
/// overhead (its read stack and metadata lookups, a third of the reading time) when there is none.
/// </summary>
/// <typeparam name="T">The document.</typeparam>
/// <remarks>Built once (<see cref="Value{TValue}"/>, <see cref="Object{TChild}"/>, <see cref="List{TItem}"/>, <see cref="Texts"/>, then <see cref="Build"/>, which checks that every member of the metadata has a reader); thread-safe once built.</remarks>
internal sealed class DocumentReader<T>
    where T : class, new()
{
    private static readonly JsonSerializerOptions Options = SnapshotJsonOptions.Reading;

    private readonly JsonTypeInfo _info = Options.GetTypeInfo(typeof(T));
    private readonly List<(byte[] Name, MemberReader<T> Read)> _building = [];
    private byte[][] _names = [];
    private MemberReader<T>[] _readers = [];

    /// <summary>Adds a member read by its converter (text, id, date, number, enum, period).</summary>
    public DocumentReader<T> Value<TValue>(string name, Action<T, TValue?> set)
    {
        var converter = ConverterOf<TValue>(Property(name, typeof(TValue)));
        return Add(name, (ref Utf8JsonReader reader, T document) => set(document, converter.Read(ref reader, typeof(TValue), Options)));
    }

    /// <summary>Adds a member holding one nested document.</summary>
    public DocumentReader<T> Object<TChild>(string name, DocumentReader<TChild> child, Action<T, TChild> set)
        where TChild : class, new()
    {
        Property(name, typeof(TChild));
        return Add(name, (ref Utf8JsonReader reader, T document) => set(document, child.Read(ref reader)));
    }

    /// <summary>Adds a member holding a list of nested documents.</summary>
    public DocumentReader<T> List<TItem>(string name, DocumentReader<TItem> items, Action<T, List<TItem?>> set)
        where TItem : class, new()
    {
        Property(name, typeof(List<TItem?>));
        return Add(name, (ref Utf8JsonReader reader, T document) => set(document, items.ReadList(ref reader)));
    }

    /// <summary>Adds a member holding a list of text.</summary>
    public DocumentReader<T> Texts(string name, Action<T, List<string?>> set)
    {
        Property(name, typeof(List<string?>));
        var text = (JsonConverter<string>)Options.GetTypeInfo(typeof(string)).Converter;
        return Add(name, (ref Utf8JsonReader reader, T document) =>
        {
            Expect(ref reader, JsonTokenType.StartArray);
            var list = new List<string?>();
            while (Next(ref reader) != JsonTokenType.EndArray)
            {
                Within(ref reader, list.Count);
                list.Add(reader.TokenType == JsonTokenType.Null ? null : text.Read(ref reader, typeof(string), Options));
            }

            set(document, list);
        });
    }

    /// <summary>Completes the reader.</summary>
    /// <exception cref="InvalidOperationException">A member of the document has no reader.</exception>
    public DocumentReader<T> Build()
    {
        var missing = _info.Properties.Select(p => p.Name).Except(_building.Select(m => Encoding.UTF8.GetString(m.Name)), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"{typeof(T).Name}: no reader for {string.Join(", ", missing)}.");
        }

        _names = [.. _building.Select(m => m.Name)];
        _readers = [.. _building.Select(m => m.Read)];
        return this;
    }

    /// <summary>
    /// Reads the document the reader is on; <see langword="null"/> when the parser must read it instead: when it does not
    /// end in the buffer, holds what this reader does not read, or might go over a limit of <see cref="DocumentLimits"/>.
    /// </summary>
    /// <param name="reader">On the document's first token; on success, left on its last.</param>
    /// <returns>The document, or <see langword="null"/>.</returns>
    public T? TryRead(ref Utf8JsonReader reader)
    {
        try
        {
            return Read(ref reader);
        }
#pragma warning disable CA1031 // Whatever a converter or the reader throws here, the serializer meets again on the same element.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            // The serializer reads the element again and reports what is wrong in the format's words (it turns the
            // reader's InvalidOperationException on a lone surrogate escape into its JsonException, for example),
            // or reads what this reader does not.
            return null;
        }
    }

    /// <summary>Reads the document the reader is on; a <see cref="JsonException"/> when this reader cannot.</summary>
    public T Read(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var document = new T();
        var seen = 0UL;
        var next = 0;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueSpan.Length > DocumentLimits.MaxStringBytes)
            {
                throw GiveUp();
            }

            var member = Find(ref reader, next);
            if (member < 0 || (seen & (1UL << member)) != 0)
            {
                throw GiveUp();
            }

            seen |= 1UL << member;
            next = member + 1;

            // A member given as null is absent, as the serializer leaves it.
            if (Next(ref reader) != JsonTokenType.Null)
            {
                Within(ref reader, 0);
                _readers[member](ref reader, document);
            }
        }

        Expect(ref reader, JsonTokenType.EndObject);
        return document;
    }

    /// <summary>Reads the list of documents the reader is on; a <see cref="JsonException"/> when this reader cannot.</summary>
    public List<T?> ReadList(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var list = new List<T?>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            Within(ref reader, list.Count);
            list.Add(reader.TokenType == JsonTokenType.Null ? null : Read(ref reader));
        }

        return list;
    }

    // Gives up on a string that might be longer than the reader's limit, or an item past its limit on lists:
    // the parser's own path then decides, and reports the limit at its path.
    private static void Within(ref Utf8JsonReader reader, int itemsBefore)
    {
        if (itemsBefore >= DocumentLimits.MaxItems || (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length > DocumentLimits.MaxStringBytes))
        {
            throw GiveUp();
        }
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) => reader.Read() ? reader.TokenType : throw GiveUp();

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw GiveUp();
        }
    }

    private static JsonException GiveUp() => new("left to the serializer");

    // The converter the serializer uses for the member: its attribute's, or the options' one for the type.
    private static JsonConverter<TValue> ConverterOf<TValue>(JsonPropertyInfo property) => property.CustomConverter switch
    {
        JsonConverter<TValue> own => own,
        NullableConverter<int> whole when typeof(TValue) == typeof(int) => (JsonConverter<TValue>)(object)whole.Inner,
        NullableConverter<decimal> number when typeof(TValue) == typeof(decimal) => (JsonConverter<TValue>)(object)number.Inner,
        null => (JsonConverter<TValue>)Options.GetTypeInfo(typeof(TValue)).Converter,
        var other => throw new InvalidOperationException($"{typeof(T).Name}.{property.Name}: unexpected converter {other.GetType().Name}."),
    };

    private JsonPropertyInfo Property(string name, Type type)
    {
        var property = _info.Properties.FirstOrDefault(p => p.Name == name)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no member '{name}'.");
        if (property.PropertyType != type && Nullable.GetUnderlyingType(property.PropertyType) != type)
        {
            throw new InvalidOperationException($"{typeof(T).Name}.{name} is a {property.PropertyType.Name}, not a {type.Name}.");
        }

        return property;
    }

    private DocumentReader<T> Add(string name, MemberReader<T> read)
    {
        _building.Add((Encoding.UTF8.GetBytes(name), read));
        return this;
    }

    // Members usually come in the writer's order: the one after the last is tried first.
    private int Find(ref Utf8JsonReader reader, int next)
    {
        var names = _names;
        if (next < names.Length && reader.ValueTextEquals(names[next]))
        {
            return next;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (i != next && reader.ValueTextEquals(names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
