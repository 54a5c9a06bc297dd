using DhrTracker.Core.Actions;

namespace DhrTracker.Core.Import;

/// <summary>
/// Checks an action-plans file: one row per action, grouped by review and recommendation number.
/// Recommendation-level columns are read on the recommendation's first row and compared on the rest.
/// </summary>
internal sealed class ActionRowsChecker(ImportSheet sheet, DateOnly today, IReadOnlyDictionary<string, ExistingReview> reviews,
    IReadOnlyDictionary<string, (int Id, string Name)> agencies)
{
    private static readonly string[] RecommendationColumns = ["recommendation", "scope"];

    public List<PlannedRecommendation> Check(IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var planned = new List<PlannedRecommendation>();
        var keyed = new List<(ImportRow Row, ExistingReview Review, int Number)>();
        foreach (var row in sheet.Rows)
        {
            var review = Review(row);
            var number = sheet.Whole(row, "recommendation_number", 1, 9999, "The recommendation number must be a whole number, 1 or more.");
            if (review is not null && number is { } n)
            {
                keyed.Add((row, review, n));
            }
            else
            {
                // Still check the row's own cells, so one upload shows every mistake.
                CheckAction(row, 0);
            }
        }

        var done = 0;
        foreach (var group in keyed.GroupBy(k => (k.Review.Id, k.Number)))
        {
            ct.ThrowIfCancellationRequested();
            var items = group.ToList();
            if (CheckRecommendation(items[0].Review, group.Key.Number, items.Select(i => i.Row).ToList()) is { } recommendation)
            {
                planned.Add(recommendation);
            }

            done += items.Count;
            progress?.Report(new ImportProgress(ImportPhase.Checking, done, sheet.Rows.Count));
        }

        return planned;
    }

    private ExistingReview? Review(ImportRow row)
    {
        var reference = sheet.Text(row, "reference", required: true, maxLength: 60);
        if (reference is null)
        {
            return null;
        }

        if (!reviews.TryGetValue(reference, out var review))
        {
            sheet.Error(row, "reference", "This is not a review in the register. Import the review first, or check the reference.");
            return null;
        }

        return review;
    }

    private PlannedRecommendation? CheckRecommendation(ExistingReview review, int number, List<ImportRow> rows)
    {
        var errorsBefore = sheet.Errors.Count;
        var first = rows[0];
        if (review.RecommendationNumbers.Contains(number))
        {
            sheet.Error(first, "recommendation_number", $"Recommendation {number} is already on the action plan of {review.Reference}. Use a number not yet on the plan.");
        }

        var text = sheet.Text(first, "recommendation", required: true, maxLength: RecommendationConfiguration.TextMaxLength);
        var scope = sheet.Choice(first, "scope", ImportVocabulary.Scopes, "Scope must be one of single, multi_agency, regional or national.");
        foreach (var row in rows.Skip(1))
        {
            foreach (var column in RecommendationColumns.Where(c => sheet.Cell(row, c) != sheet.Cell(first, c)
                         && ImportVocabulary.Key(sheet.Cell(row, c)) != ImportVocabulary.Key(sheet.Cell(first, c))))
            {
                sheet.Error(row, column, $"This differs from row {first.Number} for the same recommendation; every action of one recommendation must agree on {column}.");
            }
        }

        var actions = new List<PlannedAction>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var action = CheckAction(row, actions.Count + 1);
            var description = sheet.Cell(row, "action");
            if (description.Length > 0 && !seen.TryAdd(description, row.Number))
            {
                sheet.Error(row, "action", $"This action appears twice in recommendation {number} (also row {seen[description]}). Keep one row per action.");
            }
            else if (action is not null)
            {
                actions.Add(action);
            }
        }

        if (sheet.Errors.Count > errorsBefore || text is null || scope is not { } s)
        {
            return null;
        }

        // A single-agency recommendation is addressed to its agency; otherwise to the partnership as a whole.
        var owners = actions.Select(a => a.OwnerAgencyId).Distinct().ToList();
        var earliestTarget = actions.Min(a => a.TargetDate);
        var madeOn = review.PublicationDate ?? review.DecisionDate ?? review.DateNotified;
        return new PlannedRecommendation(review.Id, review.Reference, number, text, s.Scope, s.MultiAgency || owners.Count > 1,
            !s.MultiAgency && owners.Count == 1 ? owners[0] : null,
            madeOn > earliestTarget ? earliestTarget : madeOn, actions);
    }

    private PlannedAction? CheckAction(ImportRow row, int number)
    {
        var errorsBefore = sheet.Errors.Count;
        var description = sheet.Text(row, "action", required: true, maxLength: ActionItemConfiguration.TextMaxLength);
        var agency = Agency(row);
        var lead = sheet.Text(row, "lead_officer", required: true, maxLength: ActionItemConfiguration.NameMaxLength);
        var target = sheet.Date(row, "target_date", required: true);
        var status = sheet.Choice(row, "status", ImportVocabulary.Statuses, "Status must be one of not_started, in_progress, complete or cancelled.");
        var complete = status == ActionStatus.Complete;
        var completedOn = sheet.Date(row, "completed_on", required: false);
        var outcome = sheet.Text(row, "outcome", required: false, maxLength: ActionItemConfiguration.TextMaxLength);
        if (complete && completedOn is null && sheet.Cell(row, "completed_on").Length == 0)
        {
            sheet.Error(row, "completed_on", "The completion date is required when the status is complete.");
        }

        if (complete && outcome is null && sheet.Cell(row, "outcome").Length == 0)
        {
            sheet.Error(row, "outcome", "The outcome (what changed) is required when the status is complete.");
        }

        if (status is not null && !complete && completedOn is not null)
        {
            sheet.Error(row, "completed_on", "Only a complete action has a completion date. Set status to complete, or leave completed_on empty.");
        }

        if (completedOn > today)
        {
            sheet.Error(row, "completed_on", $"This date is in the future (today is {UkDates.Format(today)}).");
        }

        if (sheet.Errors.Count > errorsBefore || description is null || agency is null || lead is null || target is null || status is null || number == 0)
        {
            return null;
        }

        return new PlannedAction(number, description, agency.Value.Id, agency.Value.Name, lead, target.Value, status.Value,
            complete ? completedOn : null, outcome);
    }

    private (int Id, string Name)? Agency(ImportRow row)
    {
        var name = sheet.Text(row, "owner_agency", required: true, maxLength: 200);
        if (name is null)
        {
            return null;
        }

        if (!agencies.TryGetValue(name, out var agency))
        {
            sheet.Error(row, "owner_agency", "This is not an agency in the partnership's register. Use a name from the register, or ask an Administrator to add the agency.");
            return null;
        }

        return agency;
    }
}
