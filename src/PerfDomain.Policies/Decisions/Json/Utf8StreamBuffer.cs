using System.Buffers;

namespace PerfDomain.Policies.Decisions.Json;

/// <summary>
/// The bytes of a stream not yet consumed, read a buffer at a time; grows to hold one value (a decision, a line) whole,
/// up to <see cref="MaxValueBytes"/>.
/// </summary>
internal sealed class Utf8StreamBuffer : IDisposable
{
    /// <summary>The most bytes one value — a decision, the header, a line — may take: far beyond any real one.</summary>
    public const int MaxValueBytes = 16 * 1024 * 1024;

    private const int InitialBytes = 64 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBytes);
    private int _start;
    private int _end;

    public Utf8StreamBuffer(Stream stream)
    {
        _stream = stream;
    }

    /// <summary>Gets whether the stream has ended: <see cref="Pending"/> is all there is.</summary>
    public bool IsFinal { get; private set; }

    /// <summary>Gets the bytes read and not yet consumed.</summary>
    public ReadOnlySpan<byte> Pending => _buffer.AsSpan(_start, _end - _start);

    public void Advance(int count) => _start += count;

    /// <summary>Reads more of the stream after <see cref="Pending"/>, keeping it; false when the value being read would exceed <see cref="MaxValueBytes"/>.</summary>
    public async ValueTask<bool> FillAsync(bool async, CancellationToken cancellationToken)
    {
        var pending = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxValueBytes)
            {
                return false;
            }

            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, MaxValueBytes));
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = async
            ? await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false)
            : _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            IsFinal = true;
        }

        _end += read;
        return true;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
