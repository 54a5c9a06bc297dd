namespace DhrTracker.Core.Actions;

/// <summary>The one projection of actions to <see cref="ActionRow"/>, so every list shows the same fields (and no case content).</summary>
internal static class ActionRowQuery
{
    public static async Task<List<ActionRow>> ToRowsAsync(this IQueryable<ActionItem> actions, DateOnly today, CancellationToken ct)
    {
        var rows = await actions.Select(a => new
        {
            a.Id,
            a.ReviewId,
            a.Review!.Reference,
            Rec = a.Recommendation!.Number,
            a.Number,
            RecText = a.Recommendation.Text,
            a.Description,
            a.OwnerAgencyId,
            Agency = a.OwnerAgency!.Name,
            a.LeadOfficer,
            a.TargetDate,
            a.Status,
            a.Rag,
            a.SignedOffUtc,
            a.Version,
        }).ToListAsync(ct);
        return rows.Select(a =>
        {
            var shape = new ActionItem { Status = a.Status, Rag = a.Rag, TargetDate = a.TargetDate, SignedOffUtc = a.SignedOffUtc };
            return new ActionRow(a.Id, a.ReviewId, a.Reference, $"{a.Rec}.{a.Number}", a.RecText, a.Description, a.OwnerAgencyId,
                a.Agency, a.LeadOfficer, a.TargetDate, a.Status, ActionRules.ShownRag(shape, today),
                ActionRules.IsOverdue(shape, today), ActionRules.AwaitingSignOff(shape), a.SignedOffUtc is not null, a.Version, a.Rag);
        }).ToList();
    }
}
