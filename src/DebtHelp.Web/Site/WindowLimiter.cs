using System.Threading.RateLimiting;

namespace DebtHelp.Web.Site;

/// <summary>
/// A fixed window of <c>permits</c> per <c>window</c> that starts at the client's first request and reports, on
/// refusal, the time left until it ends. The framework's FixedWindowRateLimiter always reports the whole window
/// (Retry-After: 60 even when the window reset 15 s later). No queue: a refused request is answered at once.
/// </summary>
public sealed class WindowLimiter(int permits, TimeSpan window, TimeProvider time) : RateLimiter
{
    private readonly Lock _lock = new();
    private DateTimeOffset _end = DateTimeOffset.MinValue;
    private int _used;

    /// <summary>Idle once its window is over: the partitioned limiter may then drop it, losing nothing.</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                var now = time.GetUtcNow();
                return now >= _end ? now - (_end == DateTimeOffset.MinValue ? now : _end) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            return new RateLimiterStatistics { CurrentAvailablePermits = time.GetUtcNow() >= _end ? permits : permits - _used };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (now >= _end)
            {
                _end = now + window;
                _used = 0;
            }

            if (_used + permitCount <= permits)
            {
                _used += permitCount;
                return Lease.Granted;
            }

            return new Lease(false, _end - now);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(bool acquired, TimeSpan retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, TimeSpan.Zero);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => acquired ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (!acquired && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = retryAfter;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
