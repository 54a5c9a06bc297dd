using DhrTracker.Core.Actions;
using DhrTracker.Core.Briefing;

namespace DhrTracker.Core.ReviewPrint;

/// <summary>The printed review's recommendations, each with its actions in a table as the plan export lists them.</summary>
public static class ReviewPrintPlan
{
    public static BriefingSection Section(ActionPlanView plan)
    {
        List<BriefingBlock> blocks = [];
        foreach (var rec in plan.Recommendations)
        {
            blocks.Add(new BriefingSubheading($"Recommendation {rec.Number}"));
            blocks.Add(new BriefingParagraph(rec.Text));
            blocks.Add(new BriefingParagraph($"Addressed to: {rec.AddressedTo}. Scope: {ActionNames.Display(rec.Scope)}. Made {UkDates.Format(rec.MadeOn)}."));
            blocks.Add(rec.Actions.Count == 0
                ? new BriefingParagraph("No actions yet.")
                : new BriefingTable($"Actions for recommendation {rec.Number}", ["Action no.", "Action", "Lead agency", "Target date", "Status", "RAG"],
                    [.. rec.Actions.Select(a => (IReadOnlyList<string>)[a.Number, a.Description, a.OwnerAgency, UkDates.Format(a.TargetDate),
                        ActionNames.StatusText(a), ActionNames.RagText(a)])]));
        }

        return new("Recommendations and actions", blocks.Count == 0 ? [new BriefingParagraph("No recommendations yet.")] : blocks);
    }
}
