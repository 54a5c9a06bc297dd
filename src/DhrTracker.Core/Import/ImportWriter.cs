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
/// its actions. One row per review rather than eight keeps a 10,000-row import to seconds (ADR 0308).
/// </summary>
internal sealed class ImportWriter(AppDbContext db, CurrentUser user, TimeProvider time, string fileName)
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
        review.Events.Add(new ReviewEvent
        {
            AtUtc = now,
            UserId = user.UserId,
            UserName = user.DisplayName,
            Kind = ReviewEventKind.Created,
            ToStage = plan.Stage,
            EffectiveDate = plan.DateNotified,
            Note = $"Imported from {fileName}",
        });
        db.Reviews.Add(review);
        var values = new Dictionary<string, object?[]>();
        ChangedFields.AddValues(values, db.Entry(review));

        var perpetrator = new Perpetrator { Id = Guid.NewGuid(), ReviewId = review.Id, Pseudonym = "Perpetrator" };
        db.Perpetrators.Add(perpetrator);
        ChangedFields.AddValues(values, db.Entry(perpetrator), "Perpetrator");
        foreach (var v in plan.Victims)
        {
            var victim = new Victim { Id = Guid.NewGuid(), ReviewId = review.Id, Pseudonym = v.Pseudonym, AgeAtDeath = v.Age, Sex = v.Sex };
            db.Victims.Add(victim);
            ChangedFields.AddValues(values, db.Entry(victim), $"Victim {v.Pseudonym}");
            db.Relationships.Add(new Relationship { Id = Guid.NewGuid(), ReviewId = review.Id, VictimId = victim.Id, PerpetratorId = perpetrator.Id, Kind = v.Relationship });
            values[$"Victim {v.Pseudonym}: Relationship"] = [null, v.Relationship];
        }

        var circumstances = new Circumstances { ReviewId = review.Id, ChildrenInHousehold = plan.ChildrenInHousehold };
        db.Circumstances.Add(circumstances);
        ChangedFields.AddValues(values, db.Entry(circumstances), "Circumstances");
        if (plan.Themes.Count > 0)
        {
            db.ReviewThemeSets.Add(new ReviewThemeSet
            {
                ReviewId = review.Id,
                Themes = plan.Themes.Select(t => new ReviewKeyTheme { ReviewId = review.Id, ThemeId = t.Id }).ToList(),
            });
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
        db.Recommendations.Add(recommendation);
        var values = new Dictionary<string, object?[]>();
        ChangedFields.AddValues(values, db.Entry(recommendation));
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
            db.Actions.Add(action);
            ChangedFields.AddValues(values, db.Entry(action), $"Action {plan.Number}.{a.Number}");
        }

        db.Record(time, user, AuditActions.Create, nameof(Recommendation), recommendation.Id.ToString(),
            detail: $"Imported from {fileName}: recommendation {plan.Number} and its {plan.Actions.Count} action(s)", reviewId: plan.ReviewId,
            changes: ChangedFields.Serialize(values));
    }
}
