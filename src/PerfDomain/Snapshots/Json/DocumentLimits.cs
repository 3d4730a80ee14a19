namespace PerfDomain.Snapshots.Json;

/// <summary>
/// The reader's limits on text and lists (<see cref="SnapshotReaderOptions"/>) for the <see cref="DocumentReader{T}"/>s
/// on this thread while the parser calls one: a document reader reads an element without the parser's scan of it
/// for limits first, so it gives up on anything that might go over one, and the parser's own path reports it.
/// </summary>
internal static class DocumentLimits
{
    [ThreadStatic]
    private static int t_maxStringBytes;

    [ThreadStatic]
    private static int t_maxItems;

    /// <summary>Gets the longest raw string (in bytes, escapes included) read without a closer look: every character takes at least one byte.</summary>
    public static int MaxStringBytes => t_maxStringBytes;

    /// <summary>Gets the most items a list may have.</summary>
    public static int MaxItems => t_maxItems;

    /// <summary>Sets the limits of this thread's reads.</summary>
    public static void Set(SnapshotReaderOptions options)
    {
        t_maxStringBytes = options.MaxStringLength;
        t_maxItems = options.MaxArrayLength;
    }
}
