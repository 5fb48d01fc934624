using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Playwright;

namespace DebtHelp.Web.BrowserTests;

/// <summary>
/// One running site and one headless Chromium for the whole browser test collection; each test opens its own
/// browser context (cheap, isolated: own cookies, viewport and JavaScript setting).
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit ends a fixture through IAsyncLifetime.DisposeAsync, which disposes the site.")]
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string InstallHint =
        "Install Debian's Chromium and a Chinese font: apt-get install -y chromium fonts-wqy-microhei " +
        "(./test.sh does this by itself when run as root). Playwright's own browser download cannot work on these machines.";

    public const int PhoneWidth = 360;
    public const int PhoneHeight = 740;

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private SiteFactory? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Debian's Chromium; CHROMIUM_PATH overrides it on a machine that keeps Chromium elsewhere.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not started");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}. {InstallHint}");
        }

        if (!HasChineseFont())
        {
            throw new InvalidOperationException($"No Chinese font is installed (fc-list :lang=zh lists nothing), so every Chinese character would render as a box. {InstallHint}");
        }

        _site = SiteFactory.ForBrowser();
        BaseAddress = _site.Address;
        await _site.ReadyAsync();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    /// <summary>A fresh context: a phone-sized viewport unless told otherwise, Chinese locale, light colours.</summary>
    public async Task<IBrowserContext> NewContextAsync(bool javaScript = true, int width = PhoneWidth, int height = PhoneHeight, float scale = 1)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = scale,
            JavaScriptEnabled = javaScript,
            Locale = "zh-CN",
            ColorScheme = ColorScheme.Light,
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    private static bool HasChineseFont()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("fc-list", [":lang=zh", "family"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Trim().Length > 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
