using System.Diagnostics;
using System.Text;

namespace DebtHelp.Web.Tests.Operations;

/// <summary>
/// A real nginx (Debian's package; <c>test.sh</c> installs it when missing) on a free loopback port in front of a
/// <see cref="PublishedApp"/>, with the <c>location</c> blocks of the kit's own <c>deploy/nginx/debthelp.conf</c>
/// copied verbatim, so the proxy test checks the shipped configuration rather than a look-alike. TLS is left out:
/// the test sets <c>X-Forwarded-Proto</c> the way the kit's HTTPS server would.
/// </summary>
public sealed class NginxProxy : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    public NginxProxy(int upstreamPort)
    {
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed: apt-get install -y nginx (test.sh does this as root)");
        _folder = TempFolder.Create();
        var temp = Directory.CreateDirectory(Path.Combine(_folder, "tmp")).FullName;
        // Started as root (CI), nginx's workers run as nobody: they must reach the folder and write their temp files.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_folder, (UnixFileMode)0b111_101_101);
            File.SetUnixFileMode(temp, (UnixFileMode)0b111_111_111);
        }
        Port = FreePort.Pick();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}");
        var config = new StringBuilder()
            .AppendLine("worker_processes 1;")
            .AppendLine("daemon off;")
            .AppendLine($"pid {_folder}/nginx.pid;")
            .AppendLine($"error_log {_folder}/error.log warn;")
            .AppendLine("events { worker_connections 512; }")
            .AppendLine("http {")
            .AppendLine("  access_log off;")
            .AppendLine($"  client_body_temp_path {temp}/body; proxy_temp_path {temp}/proxy; fastcgi_temp_path {temp}/fastcgi;")
            .AppendLine($"  uwsgi_temp_path {temp}/uwsgi; scgi_temp_path {temp}/scgi;")
            .AppendLine($"  upstream debthelp {{ server 127.0.0.1:{upstreamPort}; keepalive 8; }}")
            .AppendLine("  server {")
            .AppendLine($"    listen 127.0.0.1:{Port};")
            .AppendLine("    server_name _;")
            .AppendLine(ShippedLocations())
            .AppendLine("  }")
            .AppendLine("}");
        var configPath = Path.Combine(_folder, "nginx.conf");
        File.WriteAllText(configPath, config.ToString());
        var start = new ProcessStartInfo(nginx)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-c", configPath, "-p", _folder })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        WaitListening();
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>The <c>location</c> blocks of the kit's TLS server, exactly as shipped.</summary>
    public static string ShippedLocations()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "deploy", "nginx", "debthelp.conf"));
        var server = text[text.IndexOf("listen 443", StringComparison.Ordinal)..];
        var lines = server.Split('\n');
        var first = Array.FindIndex(lines, l => l.TrimStart().StartsWith("location ", StringComparison.Ordinal));
        var last = Array.FindLastIndex(lines, l => l.TrimEnd() == "}");
        return string.Join('\n', lines[first..last]);
    }

    public void Dispose()
    {
        ChildProcess.Stop(_process);
        TempFolder.TryDelete(_folder);
    }

    private void WaitListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}: {_process.StandardError.ReadToEnd()} {ReadErrorLog()}");
            }

            try
            {
                using var probe = new System.Net.Sockets.TcpClient();
                probe.Connect(System.Net.IPAddress.Loopback, Port);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new TimeoutException("nginx did not listen within 20 s: " + ReadErrorLog());
    }

    private string ReadErrorLog()
    {
        var path = Path.Combine(_folder, "error.log");
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }
}
