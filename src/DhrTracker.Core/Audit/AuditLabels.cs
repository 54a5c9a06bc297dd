using System.Text.RegularExpressions;
using DhrTracker.Core.Accounts;
using DhrTracker.Core.Actions;

namespace DhrTracker.Core.Audit;

/// <summary>The trail's stored names (actions, record types, outcomes, fields) in plain English, as the pages and the CSV show them.</summary>
public static partial class AuditLabels
{
    /// <summary>Entity type of the trail itself, for rows that record someone reading it.</summary>
    public const string TrailEntity = "AuditTrail";

    public const string AccountEntity = AccountAuditActions.Entity;

    /// <summary>How the <c>dhr</c> command appears where a person's name would.</summary>
    public const string CommandName = "dhr command";

    public const string ValuesRemoved = "Values removed under retention";

    /// <summary>Every action the services record, with its past-tense verb; the search offers these.</summary>
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        [AuditActions.View] = "Viewed",
        [AuditActions.List] = "Listed",
        [AuditActions.Create] = "Added",
        [AuditActions.Update] = "Changed",
        [AuditActions.Delete] = "Removed",
        [AuditActions.Upload] = "Uploaded",
        [AuditActions.Download] = "Downloaded",
        [AuditActions.WriteLetter] = "Wrote a letter into",
        [ActionAuditActions.Export] = "Exported",
        [AuditActions.Move] = "Moved the stage of",
        [AuditActions.Pause] = "Paused",
        [AuditActions.Resume] = "Resumed",
        [ActionAuditActions.Cancel] = "Cancelled",
        [ActionAuditActions.Complete] = "Marked complete",
        [ActionAuditActions.SignOff] = "Signed off",
        [ActionAuditActions.ProgressUpdate] = "Posted progress on",
        [AuditActions.SignIn] = "Signed in",
        [AuditActions.SignInFailed] = "Sign-in failed",
        [AuditActions.LockedOut] = "Locked out",
        [AuditActions.SignOut] = "Signed out",
        [AuditActions.TwoFactorEnrolled] = "Set up two-factor authentication",
        [AuditActions.TwoFactorResetBySelf] = "Reset their own two-factor authentication",
        [AuditActions.RecoveryCodeUsed] = "Used a recovery code",
        [AuditActions.RecoveryCodesRenewed] = "Renewed recovery codes",
        [AuditActions.PasswordChanged] = "Changed their password",
        [AccountAuditActions.AccountCreated] = "Created account",
        [AccountAuditActions.InvitationSent] = "Sent an invitation to",
        [AccountAuditActions.InvitationAccepted] = "Accepted an invitation",
        [AccountAuditActions.AccountChanged] = "Changed the roles or agency of",
        [AccountAuditActions.AccountDisabled] = "Disabled account",
        [AccountAuditActions.AccountEnabled] = "Enabled account",
        [AccountAuditActions.TwoFactorReset] = "Reset two-factor authentication of",
        [AccountAuditActions.SessionsEnded] = "Ended the sessions of",
    };

    // Account events by their owner read as a sentence on their own ("Signed in"), with no record after them.
    private static readonly HashSet<string> SelfEvents =
    [
        AuditActions.SignIn, AuditActions.SignInFailed, AuditActions.LockedOut, AuditActions.SignOut, AuditActions.TwoFactorEnrolled,
        AuditActions.TwoFactorResetBySelf, AuditActions.RecoveryCodeUsed, AuditActions.RecoveryCodesRenewed, AuditActions.PasswordChanged,
        AccountAuditActions.InvitationAccepted,
    ];

    private static readonly Dictionary<string, string> Records = new()
    {
        [TrailEntity] = "audit trail",
        ["ActionItem"] = "action",
        ["ReviewKeyThemes"] = "key themes",
        ["ReviewAgency"] = "agency involvement",
        ["PanelMembership"] = "panel seat",
        ["ReviewPeople"] = "people",
        [Family.FamilyService.ViewEntity] = "family and network",
        [Family.FamilyService.Entity] = "family or network member",
        ["ThemeCounts"] = "theme counts",
        ["ThemeFindings"] = "findings of a theme",
        ["Search"] = "search results",
        [Drafts.DraftService.Entity] = "unsaved draft",
        [Findings.FindingAgencyService.ListEntity] = "finding whose agency needs resolving",
    };

    public static string Action(string action) => Actions.TryGetValue(action, out var verb) ? verb : Words(action);

    public static string Record(string entityType) => Records.TryGetValue(entityType, out var name) ? name : Words(entityType).ToLowerInvariant();

    /// <summary>What happened, as a short sentence: "Changed finding", "Listed findings", "Signed in".</summary>
    public static string Describe(string action, string entityType)
    {
        if (SelfEvents.Contains(action))
        {
            return Action(action);
        }

        var record = Record(entityType);
        return action == AuditActions.List && !record.EndsWith('s') ? $"Listed {record}s" : $"{Action(action)} {record}";
    }

    public static string Outcome(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Succeeded => "Succeeded",
        AuditOutcome.Denied => "Denied (no permission)",
        AuditOutcome.Refused => "Refused (rule broken)",
        _ => outcome.ToString(),
    };

    /// <summary>A stored field name as words: "PeriodOrEvent" reads "Period or event".</summary>
    public static string Field(string name)
    {
        var words = Words(name);
        return words.Length == 0 ? words : words[..1] + words[1..].ToLowerInvariant();
    }

    /// <summary>Who did it: the account's name, the command, or "Unknown account" for a failed sign-in that matched none.</summary>
    public static string Who(string userId, string? displayName) =>
        userId == Identity.DhrCommandIdentity.UserId ? CommandName
        : displayName ?? (userId.Length == 0 ? "Unknown account" : "Removed account");

    private static string Words(string pascal) => PascalBoundary().Replace(pascal, " ");

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex PascalBoundary();
}
