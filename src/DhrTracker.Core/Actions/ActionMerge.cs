namespace DhrTracker.Core.Actions;

/// <summary>
/// An action merged fact by fact when someone saved it while a manager was editing it (R19, ADR 0408): most often an
/// agency's lead reporting progress, which sets the status and RAG, while the manager rewords the action. What only they
/// changed is taken, what only the manager changed is kept, and each fact both changed is the manager's to choose.
/// The reason for moving the target date is not merged: it is the manager's own words about their own change, kept as
/// typed, and asked for only if the date the form then holds differs from the stored one.
/// </summary>
public static class ActionMerge
{
    /// <summary>The facts, with the owner agency shown by its name on the register.</summary>
    public static IReadOnlyList<MergeField<ActionInput>> Fields(IReadOnlyDictionary<int, string> agencies) =>
    [
        Fact(nameof(ActionInput.Description), "SMART description", a => a.Description, (f, t) => t.Description = f.Description),
        new(nameof(ActionInput.OwnerAgencyId), "Owner agency", a => a.OwnerAgencyId, (f, t) => t.OwnerAgencyId = f.OwnerAgencyId,
            a => a.OwnerAgencyId is { } id ? agencies.GetValueOrDefault(id, "An agency no longer on the register") : "(blank)"),
        Fact(nameof(ActionInput.LeadOfficer), "Lead officer", a => a.LeadOfficer, (f, t) => t.LeadOfficer = f.LeadOfficer),
        Fact(nameof(ActionInput.LeadOfficerEmail), "Lead officer's email", a => a.LeadOfficerEmail ?? "", (f, t) => t.LeadOfficerEmail = f.LeadOfficerEmail),
        Fact(nameof(ActionInput.TargetDate), "Target date", a => a.TargetDate, (f, t) => t.TargetDate = f.TargetDate),
        Fact(nameof(ActionInput.Status), "Status", a => a.Status, (f, t) => t.Status = f.Status),
        Fact(nameof(ActionInput.Rag), "RAG", a => a.Rag, (f, t) => t.Rag = f.Rag),
    ];

    public static MergeResult<ActionInput> Merge(IReadOnlyList<MergeField<ActionInput>> fields, ActionInput? opened, ActionInput mine, ActionInput theirs)
    {
        var merged = mine.Copy();
        merged.Version = theirs.Version;
        return FieldMerge.Merge(fields, opened, mine, theirs, merged);
    }

    private static MergeField<ActionInput> Fact(string name, string label, Func<ActionInput, object?> read, Action<ActionInput, ActionInput> copy) =>
        new(name, label, read, copy, a => Show(read(a)));

    private static string Show(object? value) => value switch
    {
        null or "" => "(blank)",
        string s => s,
        DateOnly d => UkDates.Format(d),
        ActionStatus s => ActionNames.Display(s),
        ActionRag r => ActionNames.Display(r),
        _ => value.ToString() ?? "",
    };
}
