using DhrTracker.Core.Audit;
using DhrTracker.Core.Identity;

namespace DhrTracker.UnitTests.Audit;

/// <summary>The trail's stored names in plain English, as the pages and the CSV show them.</summary>
public sealed class AuditLabelsTests
{
    [Theory]
    [InlineData(AuditActions.Update, "Finding", "Changed finding")]
    [InlineData(AuditActions.List, "Finding", "Listed findings")]
    [InlineData(AuditActions.View, AuditLabels.TrailEntity, "Viewed audit trail")]
    [InlineData(AuditActions.Create, "ActionItem", "Added action")]
    [InlineData(AuditActions.SignIn, "Account", "Signed in")]
    [InlineData("SomethingNew", "ParallelProceeding", "Something New parallel proceeding")]
    public void What_happened_reads_as_a_short_sentence(string action, string entityType, string expected) =>
        Assert.Equal(expected, AuditLabels.Describe(action, entityType));

    [Fact]
    public void Who_names_the_account_the_command_or_an_unknown_one()
    {
        Assert.Equal("Demo Coordinator", AuditLabels.Who("u1", "Demo Coordinator"));
        Assert.Equal("dhr command", AuditLabels.Who(DhrCommandIdentity.UserId, null));
        Assert.Equal("Unknown account", AuditLabels.Who("", null));
    }

    [Fact]
    public void Outcomes_say_why_in_words() =>
        Assert.Equal(["Succeeded", "Denied (no permission)", "Refused (rule broken)"], Enum.GetValues<AuditOutcome>().Select(AuditLabels.Outcome));
}
