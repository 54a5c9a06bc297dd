using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DhrTracker.Web.Tests.ScaleOut;

/// <summary>
/// The built <c>DhrTracker.Web.dll</c> (copied beside the tests by the project reference) in a process of its own, configured
/// as an operator configures an instance: environment variables only, Production, HTTPS on a free loopback port. Its
/// console log is kept so a test can wait for a line.
/// </summary>
public sealed class WebProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private WebProcess(Process process, Uri address)
    {
        (this.process, Address) = (process, address);
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string Log => string.Join('\n', lines);

    /// <summary>Starts an instance over <paramref name="settings"/> (environment variable names, e.g. <c>ConnectionStrings__Dhr</c>).</summary>
    public static WebProcess Start(IReadOnlyDictionary<string, string> settings, ServerCertificate https)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = $"https://127.0.0.1:{port}",
                ["Kestrel__Certificates__Default__Path"] = https.Path,
                ["Kestrel__Certificates__Default__Password"] = ServerCertificate.Password,
            },
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DhrTracker.Web.dll"));
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        return new WebProcess(process, new Uri($"https://127.0.0.1:{port}"));
    }

    /// <summary>Waits until <c>/health</c> (database included) answers 200, or fails with the instance's log.</summary>
    public async Task WaitUntilReadyAsync(HttpClient client, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            Assert.False(process.HasExited, $"The instance at {Address} stopped:\n{Log}");
            try
            {
                if ((await client.GetAsync(new Uri(Address, "/health"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The instance at {Address} was not ready within {limit.TotalSeconds:N0} s:\n{Log}");
    }

    /// <summary>Waits for a console line containing <paramref name="text"/>.</summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            if (lines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The instance at {Address} logged no '{text}' within {limit.TotalSeconds:N0} s:\n{Log}");
        return "";
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }

    /// <summary>A port nobody listens on now (the instance binds it a moment later).</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A self-signed TLS certificate for 127.0.0.1, as a file Kestrel loads; clients trust exactly this one.</summary>
public sealed class ServerCertificate
{
    public const string Password = "test-only server certificate";

    public ServerCertificate(string folder)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        Path = System.IO.Path.Combine(folder, "https.pfx");
        Thumbprint = certificate.Thumbprint;
        File.WriteAllBytes(Path, certificate.Export(X509ContentType.Pkcs12, Password));
    }

    public string Path { get; }

    public string Thumbprint { get; }

    /// <summary>
    /// A browser: no redirects followed, this certificate trusted, and <paramref name="cookies"/> as its cookie jar (one jar
    /// for both instances, as behind one proxy address), or none to send a Cookie header by hand.
    /// </summary>
    public HttpClient NewClient(CookieContainer? cookies, Uri address) => new(new HttpClientHandler
    {
        UseCookies = cookies is not null,
        CookieContainer = cookies ?? new CookieContainer(),
        AllowAutoRedirect = false,
        ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == Thumbprint,
    })
    { BaseAddress = address };
}
