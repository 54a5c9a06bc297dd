using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace DhrTracker.Load;

/// <summary>
/// The web app as a process of its own (the Release build's DLL), so its memory is measured apart from the browser and
/// this script: Development settings for the demo accounts (password sign-in; two-factor only adds a step at sign-in,
/// not state to a session), plain HTTP on a free loopback port, and a new data folder each run.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string dataDir;

    private AppProcess(Process process, string dataDir, string baseUrl)
    {
        this.process = process;
        this.dataDir = dataDir;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static async Task<AppProcess> StartAsync(string appDll, CancellationToken ct)
    {
        var port = FreePort();
        var dataDir = Directory.CreateTempSubdirectory("dhr-load-").FullName;
        var start = new ProcessStartInfo("dotnet", [appDll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Database__DataDirectory"] = dataDir;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        // Drain the app's output so a full pipe never blocks it; keep only what says it failed.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine($"[app] {line}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, dataDir, $"http://127.0.0.1:{port}");
        await app.WaitUntilAliveAsync(ct);
        return app;
    }

    /// <summary>The app's resident memory (VmRSS) now, in KB: what the operating system gives the process.</summary>
    public long ResidentKb()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The app's live managed heap in KB after a full collection, as <c>dotnet-gcdump</c> (a tool of this repository's
    /// manifest) reports it: what the sessions really hold, unlike resident memory, which keeps what the GC has not handed back.
    /// </summary>
    public async Task<long> LiveHeapKbAsync(CancellationToken ct)
    {
        var start = new ProcessStartInfo("dotnet", ["dotnet-gcdump", "report", "-p", process.Id.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var tool = Process.Start(start) ?? throw new InvalidOperationException("dotnet-gcdump did not start.");
        var report = await tool.StandardOutput.ReadToEndAsync(ct);
        await tool.WaitForExitAsync(ct);
        var line = report.Split('\n').FirstOrDefault(l => l.TrimEnd().EndsWith("GC Heap bytes", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"dotnet-gcdump gave no heap size (run dotnet tool restore): {report}{await tool.StandardError.ReadToEndAsync(ct)}");
        return long.Parse(line.Trim().Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture) / 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(dataDir, recursive: true);
    }

    private async Task WaitUntilAliveAsync(CancellationToken ct)
    {
        using var http = new HttpClient();
        var until = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app stopped at start-up with exit code {process.ExitCode}: see the [app] lines above.");
            }

            try
            {
                // /alive answers once the host runs; the demo data is seeded before it starts listening.
                if ((await http.GetAsync($"{BaseUrl}/alive", ct)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500, ct);
        }

        throw new TimeoutException("The app did not answer /alive within 2 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
