using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Reviews;

/// <summary>
/// Role x operation for the lifecycle (SECURITY.md R2/R3): who may change a review, who may only read
/// it (refused, audited), and who may not even know it exists (not found, audited).
/// </summary>
public sealed class LifecycleRoleMatrixTests
{
    public enum Expect { Allowed, Refused, NotFound }

    public enum Operation { Move, Pause, Edit, AddProceeding, ChangeSettings }

    private const string NoRole = "NoRole";

    public static TheoryData<string, Operation, Expect> Matrix()
    {
        var data = new TheoryData<string, Operation, Expect>();
        foreach (var op in new[] { Operation.Move, Operation.Pause, Operation.Edit, Operation.AddProceeding })
        {
            data.Add(Roles.Coordinator, op, Expect.Allowed);
            data.Add(Roles.Manager, op, Expect.Refused);
            data.Add(Roles.PanelMember, op, Expect.NotFound);
            data.Add(Roles.AgencyLead, op, Expect.NotFound);
            data.Add(Roles.Administrator, op, Expect.NotFound);
            data.Add(NoRole, op, Expect.NotFound);
        }

        data.Add(Roles.Administrator, Operation.ChangeSettings, Expect.Allowed);
        foreach (var role in new[] { Roles.Coordinator, Roles.Manager, Roles.PanelMember, Roles.AgencyLead, NoRole })
        {
            data.Add(role, Operation.ChangeSettings, Expect.NotFound);
        }

        return data;
    }

    [Theory, MemberData(nameof(Matrix))]
    public async Task Each_role_may_do_only_what_it_is_allowed(string role, Operation operation, Expect expected)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var partnershipId = await db.CreatePartnershipAsync("Partnership A", "A DHR");
        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, "Partnership A"));
        var reviewId = (await db.Get<ReviewService>().CreateAsync(new NewReviewInput
        {
            Reference = "A DHR1",
            DateOfDeath = new DateOnly(2026, 10, 1),
            DateNotified = new DateOnly(2026, 10, 3),
        })).Value;
        await using var read = db.NewContext();
        var review = await read.Reviews.AsNoTracking().SingleAsync(r => r.Id == reviewId);
        var settings = PartnershipSettingsInput.From(await read.Partnerships.AsNoTracking().SingleAsync(p => p.Id == partnershipId));
        settings.AmberWindowDays = 14;

        db.SignInAs(role == NoRole ? await NoRoleUserAsync(db) : await db.CreateUserAsync(role, "Partnership A"));
        var lifecycle = db.Get<ReviewLifecycleService>();
        Func<Task<bool>> act = operation switch
        {
            Operation.Move => async () => (await lifecycle.MoveAsync(reviewId, new StageMoveInput { Move = ReviewMove.StartScoping, Version = review.Version })).Succeeded,
            Operation.Pause => async () => (await lifecycle.PauseAsync(reviewId,
                new PauseReviewInput { Version = review.Version, Reason = PauseReason.Inquest, StartDate = new DateOnly(2026, 11, 1) })).Succeeded,
            Operation.Edit => async () =>
            {
                var input = ReviewRecordInput.From(review);
                input.NotifyingAgency = "Ambulance";
                return (await lifecycle.UpdateAsync(reviewId, input)).Succeeded;
            }
            ,
            Operation.AddProceeding => async () => (await lifecycle.SaveProceedingAsync(reviewId,
                new ProceedingInput { Version = review.Version, Type = ProceedingType.Inquest, Status = ProceedingStatus.NotStarted })).Succeeded,
            _ => async () => (await db.Get<PartnershipSettingsService>().UpdateAsync(settings)).Succeeded,
        };

        switch (expected)
        {
            case Expect.Allowed:
                Assert.True(await act());
                break;
            case Expect.Refused:
                Assert.False(await act());
                break;
            default:
                await Assert.ThrowsAsync<NotFoundException>(act);
                break;
        }

        await using var context = db.NewContext();
        var after = await context.Reviews.AsNoTracking().SingleAsync(r => r.Id == reviewId);
        Assert.Equal(expected == Expect.Allowed && operation != Operation.ChangeSettings, after.Version != review.Version);
        if (expected != Expect.Allowed)
        {
            Assert.True(await context.AuditEntries.AnyAsync(a => a.Outcome == AuditOutcome.Denied && a.UserId == db.User.UserId));
        }
    }

    /// <summary>An account whose only role was taken away: signed in, but entitled to nothing.</summary>
    private static async Task<string> NoRoleUserAsync(TestDatabase db)
    {
        var id = await db.CreateUserAsync(Roles.Coordinator, "Partnership A");
        var users = db.Get<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        await users.RemoveFromRoleAsync((await users.FindByIdAsync(id))!, Roles.Coordinator);
        return id;
    }
}
