using DhrTracker.Core.Data;
using DhrTracker.Core.Files;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace DhrTracker.UnitTests.Files;

public sealed class FileStoreTests : IAsyncLifetime
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly FileStore store = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)));
    private AppDbContext db = default!;

    public async ValueTask InitializeAsync()
    {
        await connection.OpenAsync();
        db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await db.DisposeAsync();
        await connection.DisposeAsync();
    }

    [Fact]
    public async Task A_good_file_is_added_with_its_hash_and_bytes_apart()
    {
        var result = await store.AddAsync(db, Upload("imr.pdf", SampleFiles.Pdf), "user-1", "FileName", TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded);
        Assert.Equal("application/pdf", result.Value!.ContentType);
        Assert.Equal(SampleFiles.Pdf.Length, result.Value.Length);
        Assert.Equal(64, result.Value.Sha256.Length);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var read = await FileStore.ReadAsync(db, result.Value.Id, TestContext.Current.CancellationToken);
        Assert.Equal(SampleFiles.Pdf, read!.Bytes);
    }

    [Fact]
    public async Task A_file_longer_than_it_claims_is_refused_after_reading_just_past_the_limit()
    {
        var content = new byte[FileRules.MaxBytes + 5000];
        SampleFiles.Pdf.CopyTo(content, 0);
        var stream = new MemoryStream(content);
        var result = await store.AddAsync(db, new FileUpload("big.pdf", 100, stream), "user-1", "FileName", TestContext.Current.CancellationToken);
        Assert.Equal([new("FileName", "The file must be 20 MB or smaller.")], result.Errors);
        Assert.Equal(FileRules.MaxBytes + 1, stream.Position);
        Assert.Empty(db.ChangeTracker.Entries());
    }

    [Fact]
    public async Task A_claimed_size_over_the_limit_is_refused_without_reading()
    {
        var stream = new MemoryStream(SampleFiles.Pdf);
        var result = await store.AddAsync(db, new FileUpload("big.pdf", FileRules.MaxBytes + 1, stream), "u", "FileName",
            TestContext.Current.CancellationToken);
        Assert.False(result.Succeeded);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task A_mismatched_file_is_refused_naming_the_field_and_nothing_is_added()
    {
        var result = await store.AddAsync(db, Upload("report.pdf", SampleFiles.Exe), "user-1", "FileName", TestContext.Current.CancellationToken);
        var error = Assert.Single(result.Errors);
        Assert.Equal("FileName", error.Field);
        Assert.Empty(db.ChangeTracker.Entries());
    }

    private static FileUpload Upload(string name, byte[] bytes) => new(name, bytes.Length, new MemoryStream(bytes));
}
