using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Themes;

namespace DhrTracker.Core.Import;

/// <summary>
/// Checks a reviews file: one row per victim, grouped by reference. Review-level columns are read on a
/// reference's first row and only compared on the rest, so one disagreement is one error on the row
/// that disagrees. Rules follow the template in docs/import-template.md and ADR 0308.
/// </summary>
internal sealed class ReviewRowsChecker(ImportSheet sheet, DateOnly today, IReadOnlySet<string> existingReferences,
    IReadOnlyList<Theme> themes, bool skipExisting)
{
    /// <summary>Columns that describe the review, not the victim: every row of a reference must agree on them.</summary>
    private static readonly string[] ReviewColumns =
        ["date_of_death", "date_notified", "decision", "decision_date", "stage", "published_on", "children_in_household", "themes"];

    private readonly Dictionary<string, Theme> themesByName = themes
        .GroupBy(t => t.Name.Trim(), StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    private readonly IReadOnlyDictionary<Guid, Guid> canonical = ThemeResolver.Canonical(themes.ToDictionary(t => t.Id, t => t.MergedIntoThemeId));

    public List<string> Skipped { get; } = [];

    public List<PlannedReview> Check(IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var planned = new List<PlannedReview>();
        foreach (var row in sheet.Rows.Where(r => sheet.Cell(r, "reference").Length == 0))
        {
            sheet.Error(row, "reference", "A value is required in reference.");
        }

        var groups = sheet.Rows.Where(r => sheet.Cell(r, "reference").Length > 0)
            .GroupBy(r => sheet.Cell(r, "reference"), StringComparer.OrdinalIgnoreCase);
        var done = 0;
        foreach (var group in groups)
        {
            ct.ThrowIfCancellationRequested();
            var rows = group.ToList();
            if (skipExisting && existingReferences.Contains(group.Key))
            {
                Skipped.Add(group.Key);
            }
            else if (CheckReview(rows) is { } review)
            {
                planned.Add(review);
            }

            done += rows.Count;
            progress?.Report(new ImportProgress(ImportPhase.Checking, done, sheet.Rows.Count));
        }

        return planned;
    }

    private PlannedReview? CheckReview(List<ImportRow> rows)
    {
        var errorsBefore = sheet.Errors.Count;
        var first = rows[0];
        var reference = sheet.Text(first, "reference", required: true, maxLength: 60);
        if (reference is not null && existingReferences.Contains(reference))
        {
            sheet.Error(first, "reference", "This reference is already in the register. Remove the rows, or choose \"skip existing\" to leave the existing review as it is.");
        }

        var review = ReadReviewColumns(first);
        foreach (var row in rows.Skip(1))
        {
            foreach (var column in ReviewColumns)
            {
                if (!SameValue(column, sheet.Cell(first, column), sheet.Cell(row, column)))
                {
                    sheet.Error(row, column, $"This differs from row {first.Number} for the same reference; every row of one review must agree on {column}.");
                }
            }
        }

        var victims = new List<PlannedVictim>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var pseudonym = sheet.Text(row, "victim_pseudonym", required: true, maxLength: PersonRecordConfiguration.PseudonymMaxLength);
            if (pseudonym is not null && !seen.TryAdd(pseudonym, row.Number))
            {
                sheet.Error(row, "victim_pseudonym", $"This victim appears twice for this reference (also row {seen[pseudonym]}). Keep one row per victim.");
            }

            var age = sheet.Whole(row, "victim_age", 16, 120, "Age must be a whole number from 16 to 120 (deaths under 16 are child safeguarding reviews, not DHRs).");
            var sex = sheet.Choice(row, "victim_sex", ImportVocabulary.Sexes, "Sex must be one of female, male, other or unknown.");
            var relationship = Relationship(row);
            if (pseudonym is not null && age is { } a && sex is { } s && relationship is { } k)
            {
                victims.Add(new PlannedVictim(pseudonym, a, s, k));
            }
        }

        return sheet.Errors.Count == errorsBefore && reference is not null && review is { } r
            ? r with { Reference = reference, Victims = victims }
            : null;
    }

    private PlannedReview? ReadReviewColumns(ImportRow row)
    {
        var errorsBefore = sheet.Errors.Count;
        var death = sheet.Date(row, "date_of_death", required: true);
        var notified = sheet.Date(row, "date_notified", required: true);
        var decision = sheet.Choice(row, "decision", ImportVocabulary.Decisions, "Decision must be one of hold, not_hold or pending.");
        var decided = sheet.Date(row, "decision_date", required: decision is ReviewDecision.Hold or ReviewDecision.NotHold);
        var published = sheet.Date(row, "published_on", required: false);
        var children = sheet.Whole(row, "children_in_household", 0, 99, "Children in the household must be a whole number, 0 or more.");
        var reviewThemes = Themes(row);

        NotFuture(row, "date_of_death", death);
        NotFuture(row, "date_notified", notified);
        NotFuture(row, "decision_date", decided);
        NotFuture(row, "published_on", published);
        if (death is { } d && notified is { } n && n < d)
        {
            sheet.Error(row, "date_notified", "The date notified must be on or after date_of_death.");
        }

        if (decision == ReviewDecision.Pending && decided is not null)
        {
            sheet.Error(row, "decision_date", "Leave the decision date empty while the decision is pending.");
        }
        else if (decided is { } dd && notified is { } nn && dd < nn)
        {
            sheet.Error(row, "decision_date", "The decision date must be on or after date_notified.");
        }

        if (published is { } p)
        {
            if (decision is { } dec && dec != ReviewDecision.Hold)
            {
                sheet.Error(row, "published_on", "Only a review decided to be held (decision hold) is published.");
            }
            else if (decided is { } when && p < when)
            {
                sheet.Error(row, "published_on", "The date published must be on or after decision_date.");
            }
        }

        var stage = decision is { } choice ? Stage(row, choice, published) : null;
        if (sheet.Errors.Count > errorsBefore || death is null || notified is null || decision is null || stage is null || children is null)
        {
            return null;
        }

        return new PlannedReview("", death.Value, notified.Value, decision.Value, decided, stage.Value, published, children.Value, reviewThemes, []);
    }

    private void NotFuture(ImportRow row, string column, DateOnly? date)
    {
        if (date > today)
        {
            sheet.Error(row, column, $"This date is in the future (today is {UkDates.Format(today)}).");
        }
    }

    /// <summary>The stage given, if it fits the decision; otherwise the one the decision and publication imply (ADR 0308).</summary>
    private ReviewStage? Stage(ImportRow row, ReviewDecision decision, DateOnly? published)
    {
        var text = sheet.Cell(row, "stage");
        if (text.Length == 0)
        {
            return decision switch
            {
                ReviewDecision.Pending => ReviewStage.Notified,
                ReviewDecision.NotHold => ReviewStage.NotProceeding,
                _ => published is null ? ReviewStage.Commissioning : ReviewStage.ActionPlanMonitoring,
            };
        }

        if (!ImportVocabulary.TryStage(text, out var stage))
        {
            sheet.Error(row, "stage", "This is not a stage of the review process. Use a stage name as the app shows it, e.g. "
                + string.Join(", ", Enum.GetValues<ReviewStage>().Select(s => s.Display())) + ", or leave it empty.");
            return null;
        }

        var fits = decision switch
        {
            ReviewDecision.Pending => stage is ReviewStage.Notified or ReviewStage.Scoping,
            ReviewDecision.NotHold => stage is ReviewStage.NotProceeding,
            _ => stage is not (ReviewStage.Notified or ReviewStage.Scoping or ReviewStage.NotProceeding)
                 && (published is null || stage is ReviewStage.ActionPlanMonitoring or ReviewStage.Closed),
        };
        if (!fits)
        {
            sheet.Error(row, "stage", published is not null && decision == ReviewDecision.Hold
                ? "This stage does not fit a published review: use Action plan monitoring or Closed, or leave it empty."
                : $"This stage does not fit the decision {sheet.Cell(row, "decision")}. Leave it empty to have it worked out from the decision.");
            return null;
        }

        return stage;
    }

    private RelationshipKind? Relationship(ImportRow row)
    {
        var value = sheet.Cell(row, "relationship");
        if (value.Length == 0)
        {
            sheet.Error(row, "relationship", "A value is required in relationship.");
            return null;
        }

        if (!ImportVocabulary.TryRelationship(value, out var kind))
        {
            sheet.Error(row, "relationship", "This is not a relationship in the vocabulary. Use one of " + string.Join(", ", ImportVocabulary.RelationshipNames) + ".");
            return null;
        }

        return kind;
    }

    /// <summary>Key themes by name. A merged theme counts as the theme it was merged into; a retired one cannot be given.</summary>
    private List<ImportTheme> Themes(ImportRow row)
    {
        var result = new List<ImportTheme>();
        foreach (var name in SplitThemes(sheet.Cell(row, "themes")))
        {
            if (!themesByName.TryGetValue(name, out var theme))
            {
                sheet.Errors.Add(new(row.Number, "themes", name, "This is not a theme in the partnership's taxonomy. Check the spelling, or ask an Administrator to add it."));
                continue;
            }

            if (theme.IsRetired)
            {
                sheet.Errors.Add(new(row.Number, "themes", name, "This theme is retired and cannot be given to a review. Choose an active theme."));
                continue;
            }

            var target = themes.First(t => t.Id == canonical[theme.Id]);
            if (target.Id != theme.Id)
            {
                sheet.Warnings.Add(new(row.Number, "themes", name, $"This theme was merged into \"{target.Name}\"; the review gets \"{target.Name}\"."));
            }

            if (result.All(t => t.Id != target.Id))
            {
                result.Add(new ImportTheme(target.Id, target.Name));
            }
        }

        return result;
    }

    private static IEnumerable<string> SplitThemes(string cell) =>
        cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Rows agree when they say the same thing: case and spacing aside, and themes in any order.</summary>
    private static bool SameValue(string column, string a, string b) => column == "themes"
        ? SplitThemes(a).Select(t => t.ToLowerInvariant()).Order().SequenceEqual(SplitThemes(b).Select(t => t.ToLowerInvariant()).Order())
        : ImportVocabulary.Key(a) == ImportVocabulary.Key(b);
}
