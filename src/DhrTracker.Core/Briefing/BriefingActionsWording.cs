using static DhrTracker.Core.Common.UkDates;

namespace DhrTracker.Core.Briefing;

/// <summary>"What's changed" (actions signed off, with their outcomes) and "Next steps" (open actions), by agency.</summary>
internal static class BriefingActionsWording
{
    public static BriefingSection WhatsChanged(BriefingReport r)
    {
        if (r.WhatsChanged.Count == 0)
        {
            return new(BriefingWording.ChangedHeading, [new BriefingParagraph("No actions from these reviews were signed off in this period.")]);
        }

        List<BriefingBlock> blocks = [new BriefingParagraph("Actions from these reviews signed off in this period, by agency, with what they achieved.")];
        blocks.AddRange(ByAgency(r.WhatsChanged, a =>
        {
            var text = Sentence(a.Description);
            text = string.IsNullOrWhiteSpace(a.Outcome) ? text : $"{text} Outcome: {Sentence(a.Outcome)}";
            return a.Date is { } d ? $"{text} Signed off {Format(d)}." : text;
        }));
        return new(BriefingWording.ChangedHeading, blocks);
    }

    public static BriefingSection NextSteps(BriefingReport r)
    {
        var counts = r.Actions;
        List<BriefingBlock> blocks = [new BriefingParagraph(counts.Total == 0
            ? "No actions have been agreed in these reviews yet."
            : $"Of the {BriefingWording.Counted(r, counts.Total, "action", "actions")} agreed in these reviews, " +
              $"{r.Show(counts.Complete)} {IsAre(r, counts.Complete)} complete and {r.Show(counts.Overdue)} {IsAre(r, counts.Overdue)} overdue.")];
        if (r.NextSteps.Count == 0)
        {
            blocks.Add(new BriefingParagraph("No actions are open."));
            return new(BriefingWording.NextStepsHeading, blocks);
        }

        blocks.Add(new BriefingParagraph("Open actions, by agency."));
        blocks.AddRange(ByAgency(r.NextSteps, a => a.Date is { } d ? $"{Sentence(a.Description)} Due {Format(d)}." : Sentence(a.Description)));
        return new(BriefingWording.NextStepsHeading, blocks);
    }

    private static IEnumerable<BriefingBlock> ByAgency(IEnumerable<BriefingAgencyActions> agencies, Func<BriefingAction, string> line)
    {
        foreach (var agency in agencies)
        {
            yield return new BriefingSubheading(BriefingReviewsWording.OneLine(agency.Agency));
            yield return new BriefingList(agency.Actions.Select(line).ToList());
        }
    }

    private static string IsAre(BriefingReport r, int count) => r.Show(count) == "1" ? "is" : "are";

    /// <summary>Free text as one sentence: one line, ending in a full stop unless it already ends a sentence.</summary>
    private static string Sentence(string text)
    {
        var line = BriefingReviewsWording.OneLine(text);
        return line.Length == 0 || line[^1] is '.' or '!' or '?' ? line : line + ".";
    }
}
