using DhrTracker.Core.Agencies;

namespace DhrTracker.UnitTests.Agencies;

public sealed class SubmissionTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData("2026-11-25", null, true)]
    [InlineData("2026-11-26", null, false)]
    [InlineData("2026-11-27", null, false)]
    [InlineData("2026-10-01", "2026-11-20", false)]
    [InlineData(null, null, false)]
    public void Overdue_means_past_due_and_not_received(string? due, string? received, bool overdue)
    {
        var s = new Submission(SubmissionKind.Imr, new DateOnly(2026, 9, 1), Parse(due), Parse(received));
        Assert.Equal(overdue, s.IsOverdueOn(Today));
    }

    private static DateOnly? Parse(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
