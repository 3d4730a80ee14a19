using System.Text;

namespace PerfDomain.Cli.Output;

/// <summary>Word wrapping and colour for table output: every line fits the width, escapes only when colour is on.</summary>
internal static class TextLayout
{
    /// <summary>Bold.</summary>
    public const string Bold = "1";

    /// <summary>Cyan, for decision kinds.</summary>
    public const string Cyan = "36";

    /// <summary>Yellow, for who acts when it is not the manager.</summary>
    public const string Yellow = "33";

    /// <summary>Dim, for secondary text.</summary>
    public const string Dim = "2";

    /// <summary>Wraps text at spaces into lines of at most <paramref name="width"/> columns, breaking a longer word.</summary>
    /// <param name="text">The text.</param>
    /// <param name="width">The width of each line (at least 1).</param>
    /// <returns>The lines (one empty line for empty text).</returns>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        width = Math.Max(1, width);
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            var rest = word;
            while (rest.Length > width)
            {
                Flush();
                lines.Add(rest[..width]);
                rest = rest[width..];
            }

            if (line.Length > 0 && line.Length + 1 + rest.Length > width)
            {
                Flush();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(rest);
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;

        void Flush()
        {
            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
        }
    }

    /// <summary>Writes text wrapped to a width, the first line after <paramref name="first"/>, the others after <paramref name="rest"/>.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="width">The width of the whole line.</param>
    /// <param name="first">The first line's prefix (plain text).</param>
    /// <param name="rest">The prefix of the following lines (plain text).</param>
    /// <param name="text">The text.</param>
    public static void WriteWrapped(TextWriter output, int width, string first, string rest, string text)
    {
        var lines = Wrap(text, width - Math.Max(first.Length, rest.Length));
        for (var i = 0; i < lines.Count; i++)
        {
            output.WriteLine(((i == 0 ? first : rest) + lines[i]).TrimEnd());
        }
    }

    /// <summary>Colours text when colour is on.</summary>
    /// <param name="terminal">The terminal.</param>
    /// <param name="text">The text (already padded: escapes take no columns).</param>
    /// <param name="code">The SGR code, such as <see cref="Cyan"/>.</param>
    /// <returns>The text, coloured or not.</returns>
    public static string Paint(Terminal terminal, string text, string code) =>
        terminal.Colour && text.Length > 0 ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
