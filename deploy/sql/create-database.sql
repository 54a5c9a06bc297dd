-- First install (and every later run, harmlessly): the database, the app's login and its database user, each made
-- only if missing. Run as a sysadmin with sqlcmd before the schema script; deploy/migrate.sh does it in compose.
-- Scripting variables: $(DbName), $(AppPassword) (from the environment, never typed on a command line).
IF DB_ID(N'$(DbName)') IS NULL
    EXEC (N'CREATE DATABASE [$(DbName)]');
GO
-- The password in the secret file is the one that counts: running again after changing it rotates it.
IF SUSER_ID(N'dhrtracker_app') IS NULL
    CREATE LOGIN dhrtracker_app WITH PASSWORD = N'$(AppPassword)', CHECK_POLICY = ON;
ELSE
    ALTER LOGIN dhrtracker_app WITH PASSWORD = N'$(AppPassword)';
GO
USE [$(DbName)];
GO
IF USER_ID(N'dhrtracker_app') IS NULL
    CREATE USER dhrtracker_app FOR LOGIN dhrtracker_app;
GO
