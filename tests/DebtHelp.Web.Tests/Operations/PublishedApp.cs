using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DebtHelp.Web.Tests.Operations;

/// <summary>
/// The site as an operator runs it: the published folder (<c>dotnet publish --no-build</c> of the build under
/// test, made once per test run), started as its own process with <c>dotnet DebtHelp.Web.dll</c> on a free
/// loopback port, real sockets, settings through the environment as a service unit gives them.
/// </summary>
public sealed class PublishedApp : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly Lazy<string> PublishedFolder = new(Publish);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    /// <param name="environment">Settings, as environment variables (<c>Site__PublicBaseUrl</c>).</param>
    /// <param name="workingDirectory">Where the process starts; a fresh empty folder when null (never the app's own).</param>
    /// <param name="openFileLimit">Runs the process under <c>ulimit -n</c> of this.</param>
    /// <param name="arguments">Arguments after the dll; the listener address is added unless a command is given.</param>
    public PublishedApp(IDictionary<string, string>? environment = null, string? workingDirectory = null, int? openFileLimit = null, string[]? arguments = null)
    {
        Workspace = TempFolder.Create();
        WorkingDirectory = workingDirectory ?? Directory.CreateDirectory(Path.Combine(Workspace, "cwd")).FullName;
        Port = FreePort.Pick();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}");
        var dll = Path.Combine(Folder, "DebtHelp.Web.dll");
        var args = arguments ?? ["--urls", BaseAddress.ToString().TrimEnd('/')];
        var start = new ProcessStartInfo
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (openFileLimit is { } limit)
        {
            start.FileName = "bash";
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"ulimit -n {limit} && exec dotnet \"$@\"");
            start.ArgumentList.Add("bash");
        }
        else
        {
            start.FileName = "dotnet";
        }

        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Index__Directory"] = Path.Combine(Workspace, "index");
        start.Environment["Content__Watch"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The published site, shared by every test of the run.</summary>
    public static string Folder => PublishedFolder.Value;

    public string Workspace { get; }

    public string WorkingDirectory { get; }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Waits until <c>/healthz/ready</c> answers 200.</summary>
    public async Task WaitReadyAsync(TimeSpan? timeout = null)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        var last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the site exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                last = ex.Message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"/healthz/ready did not answer 200 ({last}); output:\n{Output}");
    }

    /// <summary>
    /// The output once it holds <paramref name="text"/>: the site's log lines go through an asynchronous sink and a
    /// pipe, so a line written before the site was ready can still be on its way (a loaded machine showed it).
    /// </summary>
    public async Task<string> WaitForOutputAsync(string text, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!Output.Contains(text, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return Output;
    }

    /// <summary>Waits for a command (build-index, check-content) to finish.</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            return false;
        }

        _process.WaitForExit(); // drains the output
        return true;
    }

    /// <summary>A client whose connections come from <paramref name="sourceAddress"/> (any 127.x.y.z), as a separate reader would.</summary>
    public static HttpClient ClientFrom(string sourceAddress, Uri baseAddress)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = async (context, token) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(sourceAddress), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, token);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public void Dispose()
    {
        ChildProcess.Stop(_process);
        TempFolder.TryDelete(Workspace);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static string Publish()
    {
        var output = Path.Combine(Path.GetTempPath(), "debthelp-tests", "published-" + Guid.NewGuid().ToString("N"));
        var project = Path.Combine(TestPaths.RepositoryRoot, "src", "DebtHelp.Web", "DebtHelp.Web.csproj");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "publish", project, "-c", Configuration, "--no-build", "--nologo", "-o", output })
        {
            start.ArgumentList.Add(arg);
        }

        using var publish = Process.Start(start)!;
        var log = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        if (!publish.WaitForExit(180_000) || publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish --no-build failed (build the solution in {Configuration} first):\n{log.Result}\n{errors.Result}");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => TempFolder.TryDelete(output);
        return output;
    }
}
