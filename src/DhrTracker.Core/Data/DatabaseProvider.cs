namespace DhrTracker.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
