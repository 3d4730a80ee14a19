namespace PerfDomain.Cli.Output;

/// <summary>Where table output goes: how wide it may be, and whether it may be coloured.</summary>
/// <param name="Width">The number of columns every line must fit in.</param>
/// <param name="Colour">Whether to colour with ANSI escapes (a terminal, and <c>NO_COLOR</c> not set).</param>
internal sealed record Terminal(int Width, bool Colour)
{
    /// <summary>The width when standard output is not a terminal and no <c>--width</c> is given.</summary>
    public const int DefaultWidth = 100;

    /// <summary>The narrowest width <c>--width</c> accepts.</summary>
    public const int MinimumWidth = 40;

    /// <summary>Gets output that is not a terminal: 100 columns, no colour, byte-stable.</summary>
    public static Terminal Piped { get; } = new(DefaultWidth, Colour: false);

    /// <summary>Detects the console: its window width and colour when standard output is a terminal, else <see cref="Piped"/>.</summary>
    /// <returns>The terminal.</returns>
    public static Terminal Detect()
    {
        if (Console.IsOutputRedirected)
        {
            return Piped;
        }

        int width;
        try
        {
            width = Console.WindowWidth;
        }
        catch (IOException)
        {
            width = DefaultWidth;
        }

        var noColour = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new Terminal(width >= MinimumWidth ? width : DefaultWidth, !noColour);
    }

    /// <summary>Gets this terminal with another width.</summary>
    /// <param name="width">The width, or <see langword="null"/> to keep this one.</param>
    /// <returns>The terminal.</returns>
    public Terminal WithWidth(int? width) => width is { } w ? this with { Width = w } : this;
}
