global using DhrTracker.Web.Tests.Infrastructure;
global using Xunit;
