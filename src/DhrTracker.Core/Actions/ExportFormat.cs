namespace DhrTracker.Core.Actions;

public enum ExportFormat
{
    Xlsx,
    Csv,
}
