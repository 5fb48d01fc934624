using System.Net;
using System.Net.Sockets;

namespace DebtHelp.Web.Tests.Operations;

/// <summary>Idle connections beyond every limit (reliability probe D1): the process must live and readers must get pages again.</summary>
public sealed class FloodTests
{
    private const int OpenFileLimit = 512;
    private const int IdleConnections = 900;

    [Fact]
    public async Task More_idle_connections_than_the_limit_leave_the_site_alive_and_a_normal_reader_still_gets_200()
    {
        // Before the fix about 800 idle connections at a limit of 1,024 ended the process ("Out of memory.", 134).
        using var app = new PublishedApp(
            new Dictionary<string, string> { ["Server__KeepAliveTimeoutSeconds"] = "3" },
            openFileLimit: OpenFileLimit);
        await app.WaitReadyAsync();
        var idle = new List<Socket>();
        try
        {
            for (var i = 0; i < IdleConnections; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                idle.Add(socket);
                try
                {
                    // From many source addresses, as many clients would; nothing is ever sent.
                    socket.Bind(new IPEndPoint(IPAddress.Parse($"127.0.{1 + (i / 200)}.{10 + (i % 200)}"), 0));
                    await socket.ConnectAsync(IPAddress.Loopback, app.Port);
                }
                catch (SocketException)
                {
                    // Refused or reset once the site is full: that is the point.
                }
            }

            Assert.False(app.HasExited, "the site exited under the idle connections:\n" + app.Output);
            using var reader = PublishedApp.ClientFrom("127.0.0.200", app.BaseAddress);
            reader.Timeout = TimeSpan.FromSeconds(3);
            var served = false;
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!served && DateTime.UtcNow < deadline)
            {
                try
                {
                    using var response = await reader.GetAsync(new Uri("/articles/night-visits", UriKind.Relative));
                    served = response.StatusCode == HttpStatusCode.OK;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    await Task.Delay(200);
                }
            }

            Assert.True(served, "no 200 within 30 s while the idle connections were open:\n" + app.Output[^Math.Min(4000, app.Output.Length)..]);
            Assert.False(app.HasExited, "the site exited:\n" + app.Output);
            Assert.Contains("Server:MaxConnections lowered", await app.WaitForOutputAsync("Server:MaxConnections lowered"), StringComparison.Ordinal);
        }
        finally
        {
            foreach (var socket in idle)
            {
                socket.Dispose();
            }
        }
    }
}
