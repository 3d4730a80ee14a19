using System.Globalization;
using System.Text;

namespace PerfDomain;

/// <summary>
/// The rules of an identifier's text, and the parsing and formatting every <see cref="IEntityId{TSelf}"/> type
/// shares: the types themselves only forward to these.
/// </summary>
internal static class EntityIdText
{
    private const int ShownCharacters = 20;

    /// <summary>What is wrong with a candidate identifier text.</summary>
    internal enum Problem
    {
        None,
        Blank,
        TooLong,
        Padded,
    }

    /// <summary>Checks a candidate text against the rules of <see cref="IEntityId{TSelf}.Create"/>.</summary>
    public static Problem Check(ReadOnlySpan<char> text)
    {
        if (text.IsWhiteSpace())
        {
            return Problem.Blank;
        }

        if (text.Length > DomainGuards.MaxIdentifierLength)
        {
            return Problem.TooLong;
        }

        return char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) ? Problem.Padded : Problem.None;
    }

    public static T Parse<T>(string s)
        where T : struct, IEntityId<T>
    {
        ArgumentNullException.ThrowIfNull(s);
        var problem = Check(s);
        return problem == Problem.None ? T.Create(s) : throw Invalid<T>(s, problem);
    }

    public static T Parse<T>(ReadOnlySpan<char> s)
        where T : struct, IEntityId<T>
    {
        var problem = Check(s);
        return problem == Problem.None ? T.Create(s.ToString()) : throw Invalid<T>(s, problem);
    }

    public static bool TryParse<T>(string? s, out T result)
        where T : struct, IEntityId<T>
    {
        if (s is not null && Check(s) == Problem.None)
        {
            result = T.Create(s);
            return true;
        }

        result = default;
        return false;
    }

    public static bool TryParse<T>(ReadOnlySpan<char> s, out T result)
        where T : struct, IEntityId<T>
    {
        if (Check(s) == Problem.None)
        {
            result = T.Create(s.ToString());
            return true;
        }

        result = default;
        return false;
    }

    public static string Format<T>(string? value, string? format)
        where T : struct, IEntityId<T>
    {
        CheckFormat<T>(format);
        return value ?? string.Empty;
    }

    public static bool TryFormat<T>(string? value, Span<char> destination, out int charsWritten, ReadOnlySpan<char> format)
        where T : struct, IEntityId<T>
    {
        CheckFormat<T>(format);
        var text = (value ?? string.Empty).AsSpan();
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Gets the domain words for an identifier type: <c>EmployeeId</c> is "employee id", <c>CheckInId</c> "check-in id".</summary>
    public static string Words<T>() => WordsOf<T>.Value;

    /// <summary>Gets the domain words with their article: "an employee id", "a cycle id".</summary>
    public static string WithArticle<T>() => $"{Article(Words<T>())} {Words<T>()}";

    /// <summary>Describes a JSON token that is not a string, for an error message.</summary>
    public static string Describe(System.Text.Json.JsonTokenType token) => token switch
    {
        System.Text.Json.JsonTokenType.Number => "a number",
        System.Text.Json.JsonTokenType.True or System.Text.Json.JsonTokenType.False => "a boolean",
        System.Text.Json.JsonTokenType.StartObject => "an object",
        System.Text.Json.JsonTokenType.StartArray => "an array",
        System.Text.Json.JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static void CheckFormat<T>(ReadOnlySpan<char> format)
    {
        if (!format.IsEmpty && !format.SequenceEqual("G"))
        {
            throw new FormatException($"'{format}' is not a format of {WithArticle<T>()}: an identifier is written as its text, with no format or 'G'.");
        }
    }

    private static FormatException Invalid<T>(ReadOnlySpan<char> text, Problem problem)
    {
        var shown = text.Length > ShownCharacters ? $"{text[..ShownCharacters]}…" : text.ToString();
        var why = problem switch
        {
            Problem.Blank => "it is blank",
            Problem.TooLong => string.Create(CultureInfo.InvariantCulture, $"it has {text.Length} characters, more than the {DomainGuards.MaxIdentifierLength} allowed"),
            _ => "it starts or ends with white space",
        };
        return new FormatException($"'{shown}' is not {WithArticle<T>()}: {why}.");
    }

    private static string Article(string words) => "aeiou".Contains(words[0], StringComparison.Ordinal) ? "an" : "a";

    /// <summary>Gets the domain words of an id type known only at run time, with their article: "an employee id".</summary>
    public static string WithArticle(Type idType)
    {
        var words = Split(idType.Name);
        return $"{Article(words)} {words}";
    }

    private static string Split(string name)
    {
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(name[i]));
        }

        // The domain's one hyphenated word.
        return words.Replace("check in", "check-in").ToString();
    }

    private static class WordsOf<T>
    {
        public static readonly string Value = Split(typeof(T).Name);
    }
}
