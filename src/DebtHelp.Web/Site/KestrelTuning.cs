using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Options;

namespace DebtHelp.Web.Site;

public static class KestrelTuning
{
    public static WebApplicationBuilder AddKestrelTuning(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<KestrelTuningOptions>().BindConfiguration(KestrelTuningOptions.SectionName).ValidateOnStart();
        builder.Services.AddOptions<SocketTransportOptions>().Configure<IOptions<KestrelTuningOptions>>((sockets, tuning) =>
        {
            sockets.UnsafePreferInlineScheduling = tuning.Value.InlineScheduling;
            // The runtime's half of it, read once when the first socket is made (after this, when the server
            // starts); an explicit setting in the environment wins.
            if (tuning.Value.InlineScheduling && Environment.GetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS") is null)
            {
                Environment.SetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
            }
        });
        builder.WebHost.UseSockets();
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.AddServerHeader = false;
            o.Limits.MaxRequestLineSize = 16 * 1024;
            o.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        return builder;
    }

    /// <summary>
    /// Moves a request that takes real CPU (a search) off the socket thread when requests run there
    /// (<see cref="KestrelTuningOptions.InlineScheduling"/>). Otherwise Kestrel already runs it on the thread pool,
    /// and one more hop would only cost (a queue, a wake-up, a colder cache).
    /// </summary>
    public static async ValueTask LeaveSocketThreadAsync(HttpContext context)
    {
        if (context.RequestServices.GetRequiredService<IOptions<KestrelTuningOptions>>().Value.InlineScheduling)
        {
            await Task.Yield();
        }
    }
}
