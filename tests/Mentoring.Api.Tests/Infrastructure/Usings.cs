global using System.Net;
global using Mentoring.Api.Tests.Infrastructure;
global using Mentoring.Domain.Users;
