using System.Text;

namespace PerfDomain.Snapshots.Json;

/// <summary>A read-only stream of a string's UTF-8 bytes, encoded as they are read rather than all at once.</summary>
internal sealed class Utf8TextStream(string text) : Stream
{
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();

    // Room for the bytes of one character (or surrogate pair) when the caller's buffer is smaller.
    private readonly byte[] _spill = new byte[8];
    private int _spillStart;
    private int _spillEnd;
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_spillStart < _spillEnd)
        {
            var count = Math.Min(buffer.Length, _spillEnd - _spillStart);
            _spill.AsSpan(_spillStart, count).CopyTo(buffer);
            _spillStart += count;
            return count;
        }

        if (_position >= text.Length || buffer.IsEmpty)
        {
            return 0;
        }

        if (buffer.Length >= _spill.Length)
        {
            _encoder.Convert(text.AsSpan(_position), buffer, flush: true, out var charsUsed, out var bytesUsed, out _);
            _position += charsUsed;
            return bytesUsed;
        }

        _encoder.Convert(text.AsSpan(_position), _spill, flush: true, out var used, out var produced, out _);
        _position += used;
        _spillStart = 0;
        _spillEnd = produced;
        return Read(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
