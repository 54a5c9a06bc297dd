namespace DhrTracker.Core.Actions;

/// <summary>Audit action names for action plans, beside the shared ones in <see cref="Audit.AuditActions"/>.</summary>
public static class ActionAuditActions
{
    public const string Cancel = "Cancel";
    public const string SignOff = "SignOff";
    public const string Complete = "Complete";
    public const string ProgressUpdate = "ProgressUpdate";
    public const string Export = "Export";
}
