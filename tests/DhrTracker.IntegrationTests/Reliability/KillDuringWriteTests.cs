using System.Buffers.Binary;
using System.Diagnostics;
using DhrTracker.Benchmarks;
using DhrTracker.IntegrationTests.Cli;
using DhrTracker.IntegrationTests.National;
using Microsoft.Data.Sqlite;

namespace DhrTracker.IntegrationTests.Reliability;

/// <summary>
/// Issue 15 item 4: a kill -9 during an import or a save leaves the database consistent (ADR 0399). The
/// only honest test is a real one: the built <c>dhr</c> in a child process of its own, on a real SQLite file,
/// killed with SIGKILL while its one transaction is writing; then the file is opened as the next process would
/// open it. The moment of the kill is read from the file system, not from a clock. EF Core creates SQLite files in
/// WAL mode, and a transaction's pages reach the <c>-wal</c> file only when they spill from the page cache or at the
/// commit, whose last frame is marked as one. So the kill comes once the WAL has grown, and a WAL left with frames
/// but no commit frame proves the process died mid-transaction; a child that finishes first fails the test.
/// </summary>
public sealed class KillDuringWriteTests : IDisposable
{
    private const string Partnership = "Bench";
    private const int ImportRows = 10_000;
    private const int NationalCopies = 15;

    /// <summary>Only a cap on a wait for something that comes within seconds; reaching it fails the test.</summary>
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(2);

    /// <summary>The WAL's header and its first frame at SQLite's default page size: the header alone is written before any frame.</summary>
    private const long FirstFrame = 32 + 24 + 4096;

    private readonly CliRunner cli = new();
    private readonly string files = Directory.CreateTempSubdirectory("dhr-kill-").FullName;

    private string Wal => cli.DatabasePath + "-wal";

    [Theory]
    [InlineData(0)] // as soon as the first pages spill from SQLite's page cache into the WAL
    public async Task An_import_killed_while_writing_leaves_the_register_as_it_was_and_then_imports_every_row_once(int walKb)
    {
        Assert.Equal(0, await cli.RunAsync("migrate"));
        Assert.Equal(0, await cli.RunAsync("create-partnership", "--name", Partnership, "--prefix", "Bench DHR"));
        var header = File.ReadLines(WriteReviews("big.csv")).First();
        Assert.Equal(0, await cli.RunAsync("import", "reviews", Write("earlier.csv", header,
            "Bench DHR 2019-01,2019-03-14,2019-03-20,hold,2019-04-25,,2020-11-02,Adult A,34,female,partner,2,Coercive control",
            "Bench DHR 2021-02,2021-06-01,2021-06-04,pending,,,,Adult C,45,male,ex_partner,0,"), "--partnership", Partnership));
        Assert.Equal(("wal", "4096"), (Pragma("journal_mode"), Pragma("page_size")));
        var before = await RegisterAsync();
        var big = Path.Combine(files, "big.csv");
        var reviews = File.ReadLines(big).Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).Distinct().Count();

        var kill = await KillWhileWritingAsync(cli.Start("import", "reviews", big, "--partnership", Partnership), walKb * 1024L);

        Assert.Equal("ok", IntegrityCheck());
        Assert.Equal(before, await RegisterAsync());
        Assert.Equal(0, await cli.RunAsync("audit", "verify"));
        Report($"import of {ImportRows:N0} rows ({reviews:N0} reviews), killed once its WAL passed {walKb} KB", kill);

        var (code, _, error) = await FinishAsync(cli.Start("import", "reviews", big, "--partnership", Partnership));
        Assert.True(code == 0, $"The import after the kill exited {code}: {error}");
        await using var db = cli.Open();
        Assert.Equal(before.Reviews + reviews, await db.Reviews.Select(r => r.Reference).Distinct().CountAsync());
        Assert.Equal((before.Reviews + reviews, before.Victims + ImportRows), (await db.Reviews.CountAsync(), await db.Victims.CountAsync()));
        Assert.Equal(0, await cli.RunAsync("audit", "verify"));
    }

    [Theory]
    [InlineData(0)] // the first spill: the previous set deleted, part of the new one inserted
    public async Task A_national_load_killed_while_writing_leaves_the_previous_set_whole_and_then_loads_the_new_one(int walKb)
    {
        Assert.Equal(0, await cli.RunAsync("migrate"));
        Assert.Equal(0, await cli.RunAsync("import", "national", DhrdFolder.Shipped));
        var shipped = await NationalAsync();
        Assert.Equal((647, 619, 647, 1), shipped);
        Assert.Equal("wal", Pragma("journal_mode"));
        using var bigger = Multiplied(NationalCopies);

        var kill = await KillWhileWritingAsync(cli.Start("import", "national", bigger.Path), walKb * 1024L);

        Assert.Equal("ok", IntegrityCheck());
        Assert.Equal(shipped, await NationalAsync());
        Report($"national load of {NationalCopies} x the shipped set, killed once its WAL passed {walKb} KB", kill);

        var (code, _, error) = await FinishAsync(cli.Start("import", "national", bigger.Path));
        Assert.True(code == 0, $"The load after the kill exited {code}: {error}");
        Assert.Equal((647 * NationalCopies, 619 * NationalCopies, 647 * NationalCopies, 1), await NationalAsync());
    }

    /// <summary>Where the kill landed: time from starting the child, and the WAL's size on disk and frames written.</summary>
    private sealed record Kill(TimeSpan After, long WalBytes, int Frames);

    /// <summary>
    /// Waits until the child's transaction has spilled a frame and <paramref name="walBytes"/> more into the WAL, kills it
    /// with SIGKILL, and checks from the WAL it left that it had not committed.
    /// </summary>
    private async Task<Kill> KillWhileWritingAsync(Process child, long walBytes)
    {
        using var _ = child;
        var clock = Stopwatch.StartNew();
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        Assert.Equal(0, Length(Wal));
        // The file's size runs ahead of what is written (SQLite extends the WAL before it fills it), so the frames are counted.
        while (Length(Wal) < FirstFrame + walBytes || WalFrames().Frames * (FirstFrame - 32) < FirstFrame - 32 + walBytes)
        {
            if (child.HasExited)
            {
                Assert.Fail($"dhr exited ({child.ExitCode}) before its WAL reached {(FirstFrame + walBytes) / 1024} KB: make its input bigger. {await error}");
            }

            Assert.True(clock.Elapsed < Cap, $"dhr had not begun writing after {Cap}.");
            await Task.Delay(1);
        }

        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync();
        var (frames, commits) = WalFrames();
        Assert.True(frames > 0 && commits == 0, $"The WAL left by the kill holds {frames} frames and {commits} commits: the kill missed the transaction.");
        return new Kill(clock.Elapsed, Length(Wal), frames);
    }

    /// <summary>
    /// Reads the WAL as SQLite's file format describes it (sqlite.org/fileformat.html, section 4): a 32-byte header
    /// giving the page size and the salts, then frames of a 24-byte header and a page; a frame whose bytes 4-7 are
    /// not zero ends a committed transaction. Frames count only while their salts match the header's.
    /// </summary>
    private (int Frames, int Commits) WalFrames()
    {
        var wal = File.ReadAllBytes(Wal);
        if (wal.Length < 32)
        {
            return (0, 0);
        }

        var pageSize = BinaryPrimitives.ReadInt32BigEndian(wal.AsSpan(8));
        var (frames, commits) = (0, 0);
        for (var at = 32; at + 24 + pageSize <= wal.Length; at += 24 + pageSize, frames++)
        {
            if (!wal.AsSpan(at + 8, 8).SequenceEqual(wal.AsSpan(16, 8)))
            {
                break;
            }

            commits += BinaryPrimitives.ReadInt32BigEndian(wal.AsSpan(at + 4)) != 0 ? 1 : 0;
        }

        return (frames, commits);
    }

    private static async Task<(int Code, string Output, string Error)> FinishAsync(Process child)
    {
        using var _ = child;
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        using var cap = new CancellationTokenSource(Cap);
        await child.WaitForExitAsync(cap.Token);
        return (child.ExitCode, await output, await error);
    }

    private static void Report(string what, Kill kill) => TestContext.Current.TestOutputHelper?.WriteLine(
        $"{what}: killed {kill.After.TotalMilliseconds:N0} ms after start, WAL {kill.WalBytes / 1024:N0} KB ({kill.Frames:N0} frames, no commit)");

    private static long Length(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (FileNotFoundException)
        {
            return 0;
        }
    }

    /// <summary>Opens the file as the next process would, which ignores the uncommitted frames a killed one left in the WAL.</summary>
    private string IntegrityCheck() => Pragma("integrity_check");

    private string Pragma(string name)
    {
        using var connection = new SqliteConnection($"Data Source={cli.DatabasePath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private async Task<(int Reviews, int Victims, int AuditEntries)> RegisterAsync()
    {
        await using var db = cli.Open();
        return (await db.Reviews.CountAsync(), await db.Victims.CountAsync(), await db.AuditEntries.CountAsync());
    }

    private async Task<(int Incidents, int Victims, int Perpetrators, int Sets)> NationalAsync()
    {
        await using var db = cli.Open();
        return (await db.NationalIncidents.CountAsync(), await db.NationalVictims.CountAsync(), await db.NationalPerpetrators.CountAsync(),
            await db.NationalDataSets.CountAsync());
    }

    /// <summary>The shipped DHRD files repeated, each copy's ids (and the incident ids pointing at them) prefixed to keep them unique.</summary>
    private static DhrdFolder Multiplied(int copies)
    {
        var folder = new DhrdFolder();
        foreach (var (file, keys) in new[] { ("incidents.csv", 1), ("victims.csv", 2), ("perpetrators.csv", 2) })
        {
            folder.Change(file, rows =>
            {
                var data = rows.Skip(1).ToList();
                rows.RemoveRange(1, data.Count);
                for (var copy = 0; copy < copies; copy++)
                {
                    rows.AddRange(data.Select(r => r.Select((cell, i) => i < keys ? $"K{copy:00}-{cell}" : cell).ToArray()));
                }
            });
        }

        return folder;
    }

    private string WriteReviews(string name)
    {
        var path = Path.Combine(files, name);
        File.WriteAllBytes(path, BenchImportFile.Reviews(ImportRows));
        return path;
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(files, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    public void Dispose()
    {
        cli.Dispose();
        Directory.Delete(files, recursive: true);
    }
}
