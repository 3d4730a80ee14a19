using System.Text;
using FsCheck;
using FsCheck.Xunit;
using PerfDomain.Snapshots.Json;

namespace PerfDomain.Tests.Snapshots;

public sealed class Utf8TextStreamTests
{
    [Property(MaxTest = 200)]
    public void Read_InReadsOfAnySize_GivesTheTextsUtf8Bytes(NonNull<string> text, PositiveInt seed)
    {
        // Characters of one to four bytes, and a lone surrogate (encoded as U+FFFD, as Encoding.UTF8 does).
        var value = text.Get + "é€😀\uD800x";
        var random = new Random(seed.Get);
        using var stream = new Utf8TextStream(value);
        using var read = new MemoryStream();
        var buffer = new byte[16];
        int count;
        while ((count = stream.Read(buffer, 0, random.Next(1, buffer.Length + 1))) > 0)
        {
            read.Write(buffer, 0, count);
        }

        Assert.Equal(Encoding.UTF8.GetBytes(value), read.ToArray());
    }
}
