using System.Text;
using DhrTracker.Core.Actions;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Import;

/// <summary>
/// The words a file may use for the product's vocabularies. Relationships are the enum's names in
/// snake case, so a value the vocabulary gains later is importable without a change here; only
/// "spouse" is shorter than its name (spouse or civil partner), as practitioners write it.
/// </summary>
public static class ImportVocabulary
{
    private static readonly Dictionary<string, RelationshipKind> Relationships = Enum.GetValues<RelationshipKind>()
        .ToDictionary(k => k == RelationshipKind.SpouseOrCivilPartner ? "spouse" : SnakeCase(k.ToString()), k => k);

    public static readonly IReadOnlyList<string> RelationshipNames = [.. Relationships.Keys];

    public static readonly IReadOnlyDictionary<string, Sex> Sexes = new Dictionary<string, Sex>
    {
        ["female"] = Sex.Female,
        ["male"] = Sex.Male,
        ["other"] = Sex.Other,
        ["unknown"] = Sex.NotKnown,
    };

    public static readonly IReadOnlyDictionary<string, ReviewDecision> Decisions = new Dictionary<string, ReviewDecision>
    {
        ["hold"] = ReviewDecision.Hold,
        ["not_hold"] = ReviewDecision.NotHold,
        ["pending"] = ReviewDecision.Pending,
    };

    public static readonly IReadOnlyDictionary<string, ActionStatus> Statuses = new Dictionary<string, ActionStatus>
    {
        ["not_started"] = ActionStatus.NotStarted,
        ["in_progress"] = ActionStatus.InProgress,
        ["complete"] = ActionStatus.Complete,
        ["cancelled"] = ActionStatus.Cancelled,
    };

    /// <summary>Scope words and what they mean for the recommendation: where it acts, and whether several agencies share it.</summary>
    public static readonly IReadOnlyDictionary<string, (RecommendationScope Scope, bool MultiAgency)> Scopes =
        new Dictionary<string, (RecommendationScope, bool)>
        {
            ["single"] = (RecommendationScope.Local, false),
            ["multi_agency"] = (RecommendationScope.Local, true),
            ["multi-agency"] = (RecommendationScope.Local, true),
            ["regional"] = (RecommendationScope.Regional, true),
            ["national"] = (RecommendationScope.National, true),
        };

    public static bool TryRelationship(string value, out RelationshipKind kind) => Relationships.TryGetValue(Key(value), out kind);

    /// <summary>A stage by the name the app shows ("Action plan monitoring"), ignoring case and spacing.</summary>
    public static bool TryStage(string value, out ReviewStage stage)
    {
        var wanted = Squash(value);
        foreach (var s in Enum.GetValues<ReviewStage>())
        {
            if (Squash(s.Display()) == wanted || Squash(s.ToString()) == wanted)
            {
                stage = s;
                return true;
            }
        }

        stage = default;
        return false;
    }

    /// <summary>Lower case with spaces as underscores, so "Not Hold" and "not_hold" read the same.</summary>
    public static string Key(string value) => value.Trim().ToLowerInvariant().Replace(' ', '_');

    public static string SnakeCase(string pascal)
    {
        var text = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static string Squash(string value) =>
        new(value.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
