global using DhrTracker.Core.Data;
global using DhrTracker.IntegrationTests.Infrastructure;
global using Microsoft.EntityFrameworkCore;
global using Xunit;
