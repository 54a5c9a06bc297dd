namespace DhrTracker.Core.People;

/// <summary>Caring responsibilities matter in familial reviews (e.g. an older parent cared for by the son who killed them).</summary>
public enum CarerRole
{
    NotKnown,
    None,
    WasCarer,
    WasCaredFor,
    Both,
}
