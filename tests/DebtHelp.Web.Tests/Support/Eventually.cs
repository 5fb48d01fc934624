using DebtHelp.Web.KnowledgeBase;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DebtHelp.Web.Tests.Support;

public static class Eventually
{
    /// <summary>Polls until the condition holds (background rebuilds take a moment), failing after 30 s.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("timed out waiting for " + what);
    }

    /// <summary>Any host of the site (including ones derived with WithWebHostBuilder), once its first index is loaded.</summary>
    public static async Task<KnowledgeBaseHolder> ReadyAsync(this WebApplicationFactory<Program> factory)
    {
        var holder = (KnowledgeBaseHolder)factory.Services.GetService(typeof(KnowledgeBaseHolder))!;
        await holder.WhenReady.WaitAsync(TimeSpan.FromSeconds(60));
        return holder;
    }

    /// <summary>
    /// Waits, swap by swap, for the first snapshot that satisfies <paramref name="until"/> (the current one counts),
    /// failing after 30 s. No polling: a test that causes a rebuild waits for exactly that rebuild.
    /// </summary>
    public static async Task<KnowledgeBaseSnapshot> SwapAsync(this KnowledgeBaseHolder holder, Func<KnowledgeBaseSnapshot, bool> until, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            // Taken before looking at Current, so a swap between the two is never missed.
            var next = holder.NextSwap;
            if (holder.Current is { } current && until(current))
            {
                return current;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(next, Task.Delay(left)) != next)
            {
                Assert.Fail("timed out waiting for " + what);
            }
        }
    }
}
