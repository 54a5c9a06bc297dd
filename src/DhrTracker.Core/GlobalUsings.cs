global using DhrTracker.Core.Common;
global using Microsoft.EntityFrameworkCore;
