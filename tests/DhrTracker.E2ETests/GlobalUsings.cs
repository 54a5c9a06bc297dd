global using DhrTracker.E2ETests.Infrastructure;
global using Microsoft.Playwright;
global using Xunit;
