using DhrTracker.Core.Import;

namespace DhrTracker.UnitTests.Import;

public sealed class ImportLimitsTests
{
    [Theory]
    [InlineData(10L * 1024 * 1024 + 1, "The file is 10.1 MB, larger than the 10 MB limit.")]
    [InlineData(50L * 1024 * 1024, "The file is 50 MB, larger than the 10 MB limit.")]
    [InlineData(12_345_678L, "The file is 11.8 MB, larger than the 10 MB limit.")]
    public void A_file_over_the_limit_is_named_with_its_size_rounded_up_so_it_never_reads_as_the_limit(long bytes, string expected) =>
        Assert.StartsWith(expected, ImportLimits.TooLarge(bytes), StringComparison.Ordinal);

    [Fact]
    public void The_page_names_the_file() =>
        Assert.StartsWith("register.csv is 10.1 MB,", ImportLimits.TooLarge(ImportLimits.MaxBytes + 1, "register.csv"), StringComparison.Ordinal);
}
