using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Reminders;
using DhrTracker.IntegrationTests.Actions;

namespace DhrTracker.IntegrationTests.Reminders;

/// <summary>The partnership's review-type name, not a hard-coded "DHR", in the reminder mail and the shell's label (ADR 0358).</summary>
public sealed class ReviewTypeNameTests
{
    private static async Task RenameAsync(TestDatabase db)
    {
        await using var context = db.NewContext();
        var partnership = await context.Partnerships.SingleAsync(p => p.Name == PlanSetup.Partnership);
        partnership.ReviewTypeName = "Domestic Abuse Related Death Review";
        partnership.ReviewTypeAbbreviation = "DARDR";
        await context.SaveChangesAsync();
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_DARDR_partnerships_reminder_mail_names_its_reviews_as_it_does(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        await RenameAsync(s.Db);

        Assert.Equal(1, await s.Db.Get<ReminderDigestService>().RunAsync("web-1"));

        var mail = Assert.Single(s.Db.Mail.Sent);
        Assert.Equal("DARDR actions: 1 overdue or due soon", mail.Subject);
        Assert.StartsWith("These domestic abuse related death review actions you lead are overdue or due within 14 days.", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("DHR actions", mail.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("domestic homicide", mail.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_default_partnership_still_says_DHR(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);

        await s.Db.Get<ReminderDigestService>().RunAsync("web-1");

        var mail = Assert.Single(s.Db.Mail.Sent);
        Assert.Equal("DHR actions: 1 overdue or due soon", mail.Subject);
        Assert.StartsWith("These domestic homicide review actions", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_label_is_the_signed_in_users_partnerships_and_nobody_elses()
    {
        await using var s = await PlanSetup.CreateAsync(DatabaseProvider.Sqlite);
        await RenameAsync(s.Db);
        s.Db.SignInAs(await s.Db.CreateUserAsync(Roles.Manager, PlanSetup.Partnership));

        Assert.Equal(new PartnershipLabel(PlanSetup.Partnership, "Domestic Abuse Related Death Review", "DARDR"),
            await s.Db.Get<PartnershipReader>().CurrentLabelAsync());
        s.Db.SignInAs(null);
        Assert.Null(await s.Db.Get<PartnershipReader>().CurrentLabelAsync());
    }
}
