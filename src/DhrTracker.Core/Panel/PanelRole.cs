namespace DhrTracker.Core.Panel;

public enum PanelRole
{
    Member,
    Chair,
    Author,
}
