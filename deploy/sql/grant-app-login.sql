-- Permissions for the web application's database user (run by a DBA after the schema script).
-- The app reads and writes case data, but may only ADD to the audit trail: the table's triggers
-- refuse UPDATE and DELETE for everyone, and this user is not even granted them (ADR 0304).
-- Replace dhrtracker_app with the database user mapped to the app's login.
DECLARE @app sysname = N'dhrtracker_app';

EXEC (N'GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::dbo TO ' + @app);

-- The audit trail: append and read only.
EXEC (N'DENY UPDATE, DELETE ON dbo.AuditEntries TO ' + @app);
-- Recorded values beside the trail: retention (dhr retention run) removes them; nobody rewrites them.
EXEC (N'DENY UPDATE ON dbo.AuditChanges TO ' + @app);

-- Nor may the app change the schema, drop the triggers or truncate the trail.
EXEC (N'DENY ALTER ON SCHEMA::dbo TO ' + @app);
