namespace DhrTracker.Core.Audit;

public static class AuditActions
{
    public const string Create = "Create";
    public const string Update = "Update";
    public const string Delete = "Delete";
    public const string View = "View";
    public const string List = "List";
    public const string Upload = "Upload";
    public const string Download = "Download";
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";
    public const string LockedOut = "LockedOut";
    public const string SignOut = "SignOut";
    public const string TwoFactorEnrolled = "TwoFactorEnrolled";
    public const string TwoFactorResetBySelf = "TwoFactorResetBySelf";
    public const string RecoveryCodeUsed = "RecoveryCodeUsed";
    public const string RecoveryCodesRenewed = "RecoveryCodesRenewed";
    public const string PasswordChanged = "PasswordChanged";
    public const string Move = "Move";
    public const string Pause = "Pause";
    public const string Resume = "Resume";
    public const string LegalHoldSet = "LegalHoldSet";
    public const string LegalHoldCleared = "LegalHoldCleared";

    /// <summary>Retention removed a review's case content and documents (ADR 0305).</summary>
    public const string Purge = "Purge";

    /// <summary>One <c>dhr retention run</c>, dry or not, with what it found.</summary>
    public const string RetentionRun = "RetentionRun";

    /// <summary>A letter written from a template into the review's documents (ADR 0392), one row per letter.</summary>
    public const string WriteLetter = "WriteLetter";

    /// <summary>A file read and checked for import; nothing but this row is written.</summary>
    public const string ImportPreview = "ImportPreview";

    /// <summary>A file imported (or refused for its errors), with its name and counts; the records it created have their own rows.</summary>
    public const string Import = "Import";
}
