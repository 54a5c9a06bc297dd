using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Import;

/// <summary>
/// Adds checked plans to a context with their audit rows, so they commit (or roll back) together. Each
/// review is one Create row holding the values of everything created for it (its people, relationships,
/// circumstances and key themes, field names prefixed by the record); each recommendation likewise with
/// its actions. One row per review rather than eight keeps a 10,000-row import to seconds (ADR 0308). The
/// records go to <paramref name="rows"/> untracked; only the audit rows are added to the context.
/// </summary>
internal sealed class ImportWriter(AppDbContext db, AddedRowsWriter rows, CurrentUser user, TimeProvider time, string fileName)
{
    /// <summary>
    /// The review with its victims, one perpetrator (a relationship needs one and the template names none:
    /// ADR 0308), a relationship per victim, its circumstances and its key themes.
    /// </summary>
    public void Add(PlannedReview plan, Partnership partnership)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var review = new Review
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnership.Id,
            Reference = plan.Reference,
            DateOfDeath = plan.DateOfDeath,
            DateNotified = plan.DateNotified,
            Stage = plan.Stage,
            Decision = plan.Decision,
            DecisionDate = plan.DecisionDate,
            PublicationDate = plan.PublishedOn,
            CreatedByUserId = user.UserId,
        };
        ReviewClocks.RefreshDueDate(review, ClockSettings.From(partnership, review.DateNotified));
        rows.Add(review);
        rows.Add(new ReviewEvent
        {
            ReviewId = review.Id,
            AtUtc = now,
            UserId = user.UserId,
            UserName = user.DisplayName,
            Kind = ReviewEventKind.Created,
            ToStage = plan.Stage,
            EffectiveDate = plan.DateNotified,
            Note = $"Imported from {fileName}",
        });
        var values = new Dictionary<string, object?[]>();
        rows.AddValues(values, review);

        var perpetrator = new Perpetrator { Id = Guid.NewGuid(), ReviewId = review.Id, Pseudonym = "Perpetrator" };
        rows.Add(perpetrator);
        rows.AddValues(values, perpetrator, "Perpetrator");
        foreach (var v in plan.Victims)
        {
            var victim = new Victim { Id = Guid.NewGuid(), ReviewId = review.Id, Pseudonym = v.Pseudonym, AgeAtDeath = v.Age, Sex = v.Sex };
            rows.Add(victim);
            rows.AddValues(values, victim, $"Victim {v.Pseudonym}");
            rows.Add(new Relationship { Id = Guid.NewGuid(), ReviewId = review.Id, VictimId = victim.Id, PerpetratorId = perpetrator.Id, Kind = v.Relationship });
            values[$"Victim {v.Pseudonym}: Relationship"] = [null, v.Relationship];
        }

        var circumstances = new Circumstances { ReviewId = review.Id, ChildrenInHousehold = plan.ChildrenInHousehold };
        rows.Add(circumstances);
        rows.AddValues(values, circumstances, "Circumstances");
        if (plan.Themes.Count > 0)
        {
            rows.Add(new ReviewThemeSet { ReviewId = review.Id });
            foreach (var theme in plan.Themes)
            {
                rows.Add(new ReviewKeyTheme { ReviewId = review.Id, ThemeId = theme.Id });
            }

            values["KeyThemes"] = [null, plan.Themes.Select(t => t.Id).Order().ToList()];
        }

        db.Record(time, user, AuditActions.Create, nameof(Review), review.Id.ToString(),
            detail: $"Imported from {fileName}: the review, its perpetrator, {plan.Victims.Count} victim(s), relationships, circumstances and key themes",
            changes: ChangedFields.Serialize(values));
    }

    /// <summary>
    /// A recommendation and its actions. A complete action was signed off before the partnership used
    /// DhrTracker: it is marked so, with its completion date as sign-off and no signer, so live work
    /// still needs a manager's sign-off.
    /// </summary>
    public void Add(PlannedRecommendation plan)
    {
        var recommendation = new Recommendation
        {
            Id = Guid.NewGuid(),
            ReviewId = plan.ReviewId,
            Number = plan.Number,
            Text = plan.Text,
            Scope = plan.Scope,
            MultiAgency = plan.MultiAgency,
            AddressedToAgencyId = plan.AddressedToAgencyId,
            MadeOn = plan.MadeOn,
        };
        rows.Add(recommendation);
        var values = new Dictionary<string, object?[]>();
        rows.AddValues(values, recommendation);
        foreach (var a in plan.Actions)
        {
            var complete = a.Status == ActionStatus.Complete;
            var action = new ActionItem
            {
                Id = Guid.NewGuid(),
                RecommendationId = recommendation.Id,
                ReviewId = plan.ReviewId,
                Number = a.Number,
                Description = a.Description,
                OwnerAgencyId = a.OwnerAgencyId,
                LeadOfficer = a.LeadOfficer,
                TargetDate = a.TargetDate,
                Status = a.Status,
                Outcome = complete ? a.Outcome : null,
                CancelReason = a.Status == ActionStatus.Cancelled ? a.Outcome ?? "Cancelled before DhrTracker (imported)." : null,
                CompletedOn = a.CompletedOn,
                SignedOffUtc = complete ? a.CompletedOn!.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null,
                SignedOffBeforeImport = complete,
            };
            rows.Add(action);
            rows.AddValues(values, action, $"Action {plan.Number}.{a.Number}");
        }

        db.Record(time, user, AuditActions.Create, nameof(Recommendation), recommendation.Id.ToString(),
            detail: $"Imported from {fileName}: recommendation {plan.Number} and its {plan.Actions.Count} action(s)", reviewId: plan.ReviewId,
            changes: ChangedFields.Serialize(values));
    }
}
